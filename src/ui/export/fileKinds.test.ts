import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateBundle, parsePlanText, type GeneratedFile } from '../../core/index.ts';
import { fileKind } from './fileKinds.ts';

describe('fileKind', () => {
  it.each<[string, GeneratedFile['language'], string]>([
    ['README.md', 'markdown', 'README: what to run'],
    ['deploy.sh', 'bash', 'Azure CLI script'],
    ['azuredeploy.json', 'json', 'ARM template'],
    ['azuredeploy.parameters.json', 'json', 'ARM parameters'],
    ['main.bicep', 'bicep', 'Bicep'],
    ['main.bicepparam', 'bicep', 'Bicep parameters'],
    ['network.bicep', 'bicep', 'Bicep module'],
    ['compute.yml', 'yaml', 'CLI v2 YAML'],
    ['create_compute.py', 'python', 'Python SDK v2'],
    ['attach_compute_legacy_sdk_v1.py', 'python', 'Python SDK v1 (legacy)'],
    ['main.tf', 'hcl', 'Terraform'],
  ])('calls %s a file of kind "%s"', (name, language, kind) => {
    expect(fileKind({ name, language })).toBe(kind);
  });

  it('tells every file of a bundle apart', () => {
    const text = readFileSync(
      new URL('../../../examples/compute-cluster.plan.json', import.meta.url),
      'utf8',
    );
    const parsed = parsePlanText(text);
    if (!parsed.ok) throw new Error('the example is not a valid plan');
    const kinds = generateBundle(parsed.plan).files.map(fileKind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});
