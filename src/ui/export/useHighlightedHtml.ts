import { useEffect, useState } from 'react';
import type { ColorScheme } from '../theme/useSystemColorScheme.ts';
import { highlightHtml, loadHighlighter } from './highlighter.ts';
import type { HighlightLanguage } from './languages.ts';

interface Highlighted {
  readonly code: string;
  readonly language: HighlightLanguage;
  readonly scheme: ColorScheme;
  readonly html: string;
}

/**
 * Highlighted HTML of `code`, or `undefined` while the highlighter loads (the caller shows the plain
 * text meanwhile). A highlighter that fails to load leaves the plain text: the code stays readable.
 */
export function useHighlightedHtml(
  code: string,
  language: HighlightLanguage,
  scheme: ColorScheme,
): string | undefined {
  const [highlighted, setHighlighted] = useState<Highlighted>();
  useEffect(() => {
    let live = true;
    loadHighlighter()
      .then((highlighter) => highlightHtml(highlighter, code, language, scheme))
      .then(
        (html) => {
          if (live) setHighlighted({ code, language, scheme, html });
        },
        () => {
          // The plain text stays on screen; nothing else depends on highlighting.
        },
      );
    return () => {
      live = false;
    };
  }, [code, language, scheme]);
  const current =
    highlighted?.code === code && highlighted.language === language && highlighted.scheme === scheme;
  return current ? highlighted.html : undefined;
}
