import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { failedModuleUrl, retryingLoader } from './freshImport.ts';

describe('failedModuleUrl', () => {
  it.each([
    [
      'Chromium',
      'Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/engineModule-BLAMaLo7.js',
      'http://127.0.0.1:4173/assets/engineModule-BLAMaLo7.js',
    ],
    [
      'Firefox',
      'error loading dynamically imported module: https://aml.example/assets/ComputeStep-x_1.js',
      'https://aml.example/assets/ComputeStep-x_1.js',
    ],
    ['Safari', 'Importing a module script failed.', undefined],
  ])('reads the address from %s', (_, message, url) => {
    expect(failedModuleUrl(new TypeError(message), url && new URL(url).origin)).toBe(url);
  });

  it('names no module of another origin, nor any without a page to compare with', () => {
    const message = 'Failed to fetch dynamically imported module: https://cdn.example/assets/x.js';
    expect(failedModuleUrl(new TypeError(message), 'https://aml.example')).toBeUndefined();
    expect(failedModuleUrl(new TypeError(message), 'https://cdn.example')).toBe(
      'https://cdn.example/assets/x.js',
    );
    expect(failedModuleUrl(new TypeError(message), undefined)).toBeUndefined();
    const local = 'Failed to fetch dynamically imported module: file:///tmp/part.js';
    expect(failedModuleUrl(new TypeError(local), 'https://aml.example')).toBeUndefined();
  });
});

describe('retryingLoader', () => {
  it('loads the address the failure named afresh, with a query, instead of the remembered failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fresh-import-'));
    const file = join(dir, 'part.js');
    writeFileSync(file, 'export default "the part";\n');
    const url = pathToFileURL(file).href;
    const load = vi.fn(() =>
      Promise.reject<{ default: string }>(
        new TypeError(`Failed to fetch dynamically imported module: ${url}`),
      ),
    );
    // A file: address has the opaque origin "null", which stands here for the page's.
    const loadPart = retryingLoader(load, new URL(url).origin);
    await expect(loadPart()).rejects.toThrow(url);
    const retried = await loadPart();
    expect(retried.default).toBe('the part');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps using the plain load while no failure named an address', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Importing a module script failed.'))
      .mockResolvedValueOnce('loaded');
    const loadPart = retryingLoader(load);
    await expect(loadPart()).rejects.toThrow('Importing');
    await expect(loadPart()).resolves.toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
