import type { GeneratedFile } from '../../core/index.ts';
import type { ColorScheme } from '../theme/useSystemColorScheme.ts';

/** The shiki grammars the code viewer loads: one per language a generated file can have. */
export const HIGHLIGHT_LANGUAGES = [
  'json',
  'bicep',
  'shellscript',
  'yaml',
  'python',
  'hcl',
  'markdown',
] as const;
export type HighlightLanguage = (typeof HIGHLIGHT_LANGUAGES)[number];

const GRAMMAR: Readonly<Record<GeneratedFile['language'], HighlightLanguage>> = {
  json: 'json',
  bicep: 'bicep',
  bash: 'shellscript',
  yaml: 'yaml',
  python: 'python',
  hcl: 'hcl',
  markdown: 'markdown',
};

/** The grammar that highlights a generated file. */
export function highlightLanguage(language: GeneratedFile['language']): HighlightLanguage {
  return GRAMMAR[language];
}

/**
 * Code themes that sit with Fluent's light and dark themes; both keep every token at 4.5:1 or more
 * against their own background.
 */
export const CODE_THEMES: Readonly<Record<ColorScheme, string>> = {
  light: 'github-light-default',
  dark: 'github-dark-default',
};

const MEDIA_TYPE: Readonly<Record<GeneratedFile['language'], string>> = {
  json: 'application/json',
  bicep: 'text/plain',
  bash: 'text/x-shellscript',
  yaml: 'application/yaml',
  python: 'text/x-python',
  hcl: 'text/plain',
  markdown: 'text/markdown',
};

/** The media type a downloaded file is saved with (UTF-8 text). */
export function mediaType(language: GeneratedFile['language']): string {
  return `${MEDIA_TYPE[language]};charset=utf-8`;
}
