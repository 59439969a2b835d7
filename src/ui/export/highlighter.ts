import type { HighlighterCore } from 'shiki/core';
import type { ColorScheme } from '../theme/useSystemColorScheme.ts';
import { CODE_THEMES, type HighlightLanguage } from './languages.ts';

let loading: Promise<HighlighterCore> | undefined;

async function createHighlighter(): Promise<HighlighterCore> {
  // Only the grammars and themes the bundle needs, with the JavaScript regex engine (no WebAssembly).
  const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([
    import('shiki/core'),
    import('shiki/engine/javascript'),
  ]);
  return createHighlighterCore({
    engine: createJavaScriptRegexEngine(),
    themes: [import('shiki/themes/github-light-default.mjs'), import('shiki/themes/github-dark-default.mjs')],
    langs: [
      import('shiki/langs/json.mjs'),
      import('shiki/langs/bicep.mjs'),
      import('shiki/langs/shellscript.mjs'),
      import('shiki/langs/yaml.mjs'),
      import('shiki/langs/python.mjs'),
      import('shiki/langs/hcl.mjs'),
      import('shiki/langs/markdown.mjs'),
    ],
  });
}

/** The highlighter, created once on first use; a failed load is retried on the next call. */
export function loadHighlighter(): Promise<HighlighterCore> {
  loading ??= createHighlighter().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Highlighted HTML of `code` (shiki escapes the text); the viewer's region takes the focus, not the `pre`. */
export function highlightHtml(
  highlighter: HighlighterCore,
  code: string,
  language: HighlightLanguage,
  scheme: ColorScheme,
): string {
  return highlighter.codeToHtml(code, { lang: language, theme: CODE_THEMES[scheme], tabindex: false });
}
