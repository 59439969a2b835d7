import { webDarkTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { loadDarkTheme, loadedDarkTheme } from './fluentTheme.ts';

describe('loadDarkTheme', () => {
  it("loads Fluent's dark theme once and keeps it", async () => {
    expect(loadedDarkTheme()).toBeUndefined();
    const theme = await loadDarkTheme();
    expect(theme).toBe(webDarkTheme);
    expect(loadedDarkTheme()).toBe(webDarkTheme);
    expect(await loadDarkTheme()).toBe(theme);
  });
});
