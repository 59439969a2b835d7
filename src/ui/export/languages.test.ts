import { describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../core/index.ts';
import { HIGHLIGHT_LANGUAGES, highlightLanguage, mediaType } from './languages.ts';

describe('highlightLanguage', () => {
  it.each<[GeneratedFile['language'], string]>([
    ['json', 'json'],
    ['bicep', 'bicep'],
    ['bash', 'shellscript'],
    ['yaml', 'yaml'],
    ['python', 'python'],
    ['hcl', 'hcl'],
    ['markdown', 'markdown'],
  ])('highlights %s files with the %s grammar', (language, grammar) => {
    expect(highlightLanguage(language)).toBe(grammar);
    expect(HIGHLIGHT_LANGUAGES).toContain(grammar);
  });
});

describe('mediaType', () => {
  it.each<[GeneratedFile['language'], string]>([
    ['json', 'application/json;charset=utf-8'],
    ['markdown', 'text/markdown;charset=utf-8'],
    ['bash', 'text/x-shellscript;charset=utf-8'],
  ])('saves %s files as %s', (language, type) => {
    expect(mediaType(language)).toBe(type);
  });
});
