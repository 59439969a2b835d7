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
    expect(failedModuleUrl(new TypeError(message))).toBe(url);
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
    const loadPart = retryingLoader(load);
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
