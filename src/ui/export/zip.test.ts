import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../core/index.ts';
import { buildZip, bundleFolderName, planFileName, zipFileName } from './zip.ts';

const files: GeneratedFile[] = [
  { name: 'README.md', language: 'markdown', content: '# Título\n' },
  { name: 'deploy.sh', language: 'bash', content: "echo 'a'\n" },
  { name: 'azuredeploy.json', language: 'json', content: '{"$schema":"x","resources":[]}\n' },
];
const planText = '{\n  "version": 1\n}\n';
const time = new Date(2026, 11, 4, 17, 30, 10);
const contents = { planText, time };

/** The local date and time of each entry, read from the ZIP's central directory (DOS format, 2-second steps). */
function entryTimes(zip: Uint8Array): Date[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const times: Date[] = [];
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const dosTime = view.getUint16(at + 12, true);
    const dosDate = view.getUint16(at + 14, true);
    times.push(
      new Date(
        (dosDate >> 9) + 1980,
        ((dosDate >> 5) & 15) - 1,
        dosDate & 31,
        dosTime >> 11,
        (dosTime >> 5) & 63,
        (dosTime & 31) * 2,
      ),
    );
    at += 45;
  }
  return times;
}

describe('buildZip', () => {
  it('puts every file in a folder named after the workspace, in bundle order, then the plan file', () => {
    const entries = unzipSync(buildZip(files, 'contoso-ml', contents));
    expect(Object.keys(entries)).toEqual([
      'contoso-ml/README.md',
      'contoso-ml/deploy.sh',
      'contoso-ml/azuredeploy.json',
      'contoso-ml/contoso-ml.plan.json',
    ]);
    for (const file of files) {
      const data = entries[`contoso-ml/${file.name}`];
      expect(data && strFromU8(data)).toBe(file.content);
    }
    const plan = entries['contoso-ml/contoso-ml.plan.json'];
    expect(plan && strFromU8(plan)).toBe(planText);
  });

  it('stamps every entry with the time it was made', () => {
    const times = entryTimes(buildZip(files, 'ws', contents));
    expect(times).toHaveLength(4);
    for (const stamp of times) expect(stamp).toEqual(time);
  });

  it('is byte-identical for the same files, plan and time', () => {
    expect(buildZip(files, 'ws', contents)).toEqual(
      buildZip(
        files.map((file) => ({ ...file })),
        'ws',
        { planText: `${planText}`, time: new Date(time) },
      ),
    );
  });

  it('round-trips any text content', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (content) => {
        const zip = buildZip([{ name: 'main.tf', language: 'hcl', content }], 'w', contents);
        const data = unzipSync(zip)['w/main.tf'];
        return data !== undefined && strFromU8(data) === content;
      }),
      { numRuns: 50 },
    );
  });
});

describe('bundleFolderName, zipFileName and planFileName', () => {
  it.each([
    ['contoso-ml', 'contoso-ml', 'contoso-ml-aml-network.zip', 'contoso-ml.plan.json'],
    ['my ws/../x', 'my-ws-..-x', 'my-ws-..-x-aml-network.zip', 'my-ws-..-x.plan.json'],
    ['---', 'aml-network', 'aml-network-aml-network.zip', 'aml-network.plan.json'],
    ['', 'aml-network', 'aml-network-aml-network.zip', 'aml-network.plan.json'],
  ])('names %j as %s', (workspace, folder, zipName, planName) => {
    expect(bundleFolderName(workspace)).toBe(folder);
    expect(zipFileName(workspace)).toBe(zipName);
    expect(planFileName(workspace)).toBe(planName);
  });
});
