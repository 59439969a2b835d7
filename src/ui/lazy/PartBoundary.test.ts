import { describe, expect, it } from 'vitest';
import { failureText, isLoadFailure } from './PartBoundary.tsx';

describe('a part that failed', () => {
  it("recognises each browser's words for code that didn't arrive", () => {
    const chromium = new TypeError('Failed to fetch dynamically imported module: https://x/assets/Vnet-1.js');
    const firefox = new TypeError('error loading dynamically imported module: https://x/assets/Vnet-1.js');
    const safari = new TypeError('Importing a module script failed.');
    for (const error of [chromium, firefox, safari]) expect(isLoadFailure(error)).toBe(true);
    expect(isLoadFailure(new RangeError('Invalid array length'))).toBe(false);
  });

  it('says why and that the plan is kept, and says so again after a failed Retry', () => {
    const offline = new TypeError('Failed to fetch dynamically imported module: https://x/a.js');
    const first = failureText(offline, 0);
    expect(first).toContain('you may be offline');
    expect(first).toContain('Your plan is kept');
    expect(first).not.toContain('failed again');
    expect(failureText(offline, 1)).toContain('It failed again: check your connection, then Retry.');
    expect(failureText(offline, 1)).toContain('If you are online and it still fails, reload the page');
    expect(failureText(new Error('boom'), 1)).not.toContain('reload the page');
  });

  it('promises a reload keeps the plan only while the browser keeps it', () => {
    const offline = new TypeError('Failed to fetch dynamically imported module: https://x/a.js');
    expect(failureText(offline, 1, true)).toContain('Your plan stays saved in this browser.');
    const notKept = failureText(offline, 1, false);
    expect(notKept).toContain('Export the plan first: this browser is not keeping it');
    expect(notKept).not.toContain('stays saved');
  });

  it('names an error that is not about loading', () => {
    expect(failureText(new Error('boom'), 0)).toContain('it stopped with an error (boom)');
    expect(failureText('plain text', 0)).toContain('(plain text)');
  });
});
