import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../core/index.ts';
import { buildZip, bundleFolderName, zipFileName } from './zip.ts';

const files: GeneratedFile[] = [
  { name: 'README.md', language: 'markdown', content: '# Título\n' },
  { name: 'deploy.sh', language: 'bash', content: "echo 'a'\n" },
  { name: 'azuredeploy.json', language: 'json', content: '{"$schema":"x","resources":[]}\n' },
];

describe('buildZip', () => {
  it('puts every file in a folder named after the workspace, in bundle order, unchanged', () => {
    const entries = unzipSync(buildZip(files, 'contoso-ml'));
    expect(Object.keys(entries)).toEqual([
      'contoso-ml/README.md',
      'contoso-ml/deploy.sh',
      'contoso-ml/azuredeploy.json',
    ]);
    for (const file of files) {
      const data = entries[`contoso-ml/${file.name}`];
      expect(data && strFromU8(data)).toBe(file.content);
    }
  });

  it('is byte-identical for the same files', () => {
    expect(buildZip(files, 'ws')).toEqual(
      buildZip(
        files.map((file) => ({ ...file })),
        'ws',
      ),
    );
  });

  it('round-trips any text content', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (content) => {
        const entries = unzipSync(buildZip([{ name: 'main.tf', language: 'hcl', content }], 'w'));
        const data = entries['w/main.tf'];
        return data !== undefined && strFromU8(data) === content;
      }),
      { numRuns: 50 },
    );
  });
});

describe('bundleFolderName and zipFileName', () => {
  it.each([
    ['contoso-ml', 'contoso-ml', 'contoso-ml-aml-network.zip'],
    ['my ws/../x', 'my-ws-..-x', 'my-ws-..-x-aml-network.zip'],
    ['---', 'aml-network', 'aml-network-aml-network.zip'],
    ['', 'aml-network', 'aml-network-aml-network.zip'],
  ])('names %j as %s', (workspace, folder, zipName) => {
    expect(bundleFolderName(workspace)).toBe(folder);
    expect(zipFileName(workspace)).toBe(zipName);
  });
});
