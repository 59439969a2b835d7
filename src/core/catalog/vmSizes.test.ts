import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG_REVIEWED } from './docs.ts';
import { VM_SIZES, vmSizeByName } from './vmSizes.ts';

const examplesDir = new URL('../../../examples/', import.meta.url);

/** The VM sizes of every plan under examples/ (broken ones included), by file. */
function exampleSizes(): [string, string][] {
  const files = [
    ...readdirSync(examplesDir).filter((name) => name.endsWith('.plan.json')),
    ...readdirSync(new URL('broken/', examplesDir))
      .filter((name) => name.endsWith('.plan.json'))
      .map((name) => `broken/${name}`),
  ];
  return files.flatMap((file) => {
    const plan = JSON.parse(readFileSync(new URL(file, examplesDir), 'utf8')) as {
      compute: { vmSize?: string };
    };
    return plan.compute.vmSize === undefined ? [] : [[file, plan.compute.vmSize] as [string, string]];
  });
}

describe('VM_SIZES', () => {
  it('has no size twice, in any case', () => {
    const names = VM_SIZES.map((size) => size.armName.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('spells every name as ARM does: Standard_, then letters, digits and underscores', () => {
    for (const size of VM_SIZES) expect(size.armName).toMatch(/^Standard_[A-Z][A-Za-z0-9_]+$/);
  });

  it('gives every size whole, positive vCPUs and GiB, and GPUs only to GPU sizes', () => {
    for (const size of VM_SIZES) {
      expect(Number.isInteger(size.vCpus) && size.vCpus > 0, size.armName).toBe(true);
      expect(Number.isInteger(size.memoryGiB) && size.memoryGiB > 0, size.armName).toBe(true);
      expect(size.gpus !== undefined, size.armName).toBe(size.category === 'GPU');
      if (size.gpus) {
        expect(Number.isInteger(size.gpus.count) && size.gpus.count > 0, size.armName).toBe(true);
        expect(size.gpus.model).toMatch(/^NVIDIA /);
      }
    }
  });

  it('names every series as Microsoft does ("DSv2-series")', () => {
    for (const size of VM_SIZES) expect(size.series).toMatch(/^[A-Z][A-Za-z0-9_ ]*-series$/);
  });

  it('has the vCPUs in the name where the name carries them (Standard_D4s_v5 has 4)', () => {
    for (const size of VM_SIZES) {
      // DSv2 sizes are numbered by generation (DS3_v2 has 4 vCPUs), the others by their vCPUs.
      if (size.series === 'DSv2-series') continue;
      const digits = /^Standard_[A-Z]+(\d+)/.exec(size.armName)?.[1];
      expect(Number(digits), size.armName).toBe(size.vCpus);
    }
  });

  it.each([
    ['Standard_DS3_v2', 'DSv2-series', 4, 14],
    ['Standard_DS11_v2', 'DSv2-series', 2, 14],
    ['Standard_D4s_v5', 'Dsv5-series', 4, 16],
    ['Standard_E8ds_v5', 'Edsv5-series', 8, 64],
    ['Standard_NC6s_v3', 'NCv3-series', 6, 112],
    ['Standard_NC4as_T4_v3', 'NCasT4_v3-series', 4, 28],
    ['Standard_NC24ads_A100_v4', 'NC A100 v4-series', 24, 220],
    ['Standard_ND96asr_v4', 'ND A100 v4-series', 96, 900],
  ])('%s is in the %s with %i vCPUs and %i GiB', (name, series, vCpus, memoryGiB) => {
    expect(vmSizeByName(name)).toMatchObject({ series, vCpus, memoryGiB });
  });

  it('names the GPUs of GPU sizes', () => {
    expect(vmSizeByName('Standard_NC6s_v3')?.gpus).toEqual({ count: 1, model: 'NVIDIA V100' });
    expect(vmSizeByName('Standard_NC64as_T4_v3')?.gpus).toEqual({ count: 4, model: 'NVIDIA T4' });
    expect(vmSizeByName('Standard_ND96asr_v4')?.gpus).toEqual({ count: 8, model: 'NVIDIA A100 40 GB' });
    expect(vmSizeByName('Standard_DS3_v2')?.gpus).toBeUndefined();
  });
});

describe('retired sizes', () => {
  const retired = VM_SIZES.filter((size) => size.retired);

  it('are the three NCv3 sizes the retirement guide names, not NC24rs_v3', () => {
    expect(retired.map((size) => size.armName)).toEqual([
      'Standard_NC6s_v3',
      'Standard_NC12s_v3',
      'Standard_NC24s_v3',
    ]);
  });

  it.each(retired.map((size) => [size.armName, size.retired] as const))(
    '%s retired before the catalogue was reviewed, replaced by a listed size still offered',
    (_name, retirement) => {
      expect(retirement?.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Done by the day the catalogue was last reviewed: the catalogue lists only retirements done.
      expect((retirement?.on ?? '') < CATALOG_REVIEWED).toBe(true);
      const replacement = vmSizeByName(retirement?.replacement ?? '');
      expect(replacement).toBeDefined();
      expect(replacement?.retired).toBeUndefined();
    },
  );
});

describe('vmSizeByName', () => {
  it.each(['Standard_DS3_v2', 'standard_ds3_v2', 'STANDARD_DS3_V2', ' Standard_DS3_v2 '])(
    'finds %j whatever its case, as Azure does',
    (name) => {
      expect(vmSizeByName(name)?.armName).toBe('Standard_DS3_v2');
    },
  );

  it.each(['Standard_DS3', 'DS3_v2', 'Standard_DS3_v2x', 'Standard_Mars1', ''])('knows no %j', (name) => {
    expect(vmSizeByName(name)).toBeUndefined();
  });

  it.each(exampleSizes())('knows the size of examples/%s (%s), one Azure still offers', (_file, size) => {
    expect(vmSizeByName(size)).toBeDefined();
    expect(vmSizeByName(size)?.retired).toBeUndefined();
  });

  it('finds at least one size in the examples, so the check above checks something', () => {
    expect(exampleSizes().length).toBeGreaterThan(0);
  });
});
