import { describe, expect, it } from 'vitest';
import { NOT_THIS_SCREEN, renderFirstScreen } from './prerender.tsx';
import { STORAGE_KEY } from './state/persistence.ts';
import { STEP_STORAGE_KEY } from './wizard/stepMemory.ts';

describe('renderFirstScreen', () => {
  it("renders a new visitor's first screen without a browser: the example plan on its first step", async () => {
    expect(typeof window).toBe('undefined');
    const markup = await renderFirstScreen();
    // The text a person reads: without styles, React's separators between text parts, or tags.
    const text = markup
      .replace(/<style[^>]*>[^<]*<\/style>/g, '')
      .replaceAll('<!-- -->', '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('AML Network Wizard');
    expect(text).toContain('Example plan');
    expect(text).toContain('Step 1 of 8');
    expect(text).toContain('Isolation &amp; workspace');
    // The theme the provider renders on a server, which the page needs before the app's provider runs.
    expect(markup).toMatch(
      /<style id="fui-FluentProvider[^"]*">\.fui-FluentProvider[^{]*\{[^}]*--colorNeutralForeground1:/,
    );
  });

  it('names every kept key that makes the app open on another screen', () => {
    expect(NOT_THIS_SCREEN.storageKeys).toEqual([STORAGE_KEY, STEP_STORAGE_KEY]);
  });
});
