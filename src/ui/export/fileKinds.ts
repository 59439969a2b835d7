import type { GeneratedFile } from '../../core/index.ts';

/** The bundle's own files, by name: what each one is, in the words its tool's users know it by. */
const BY_NAME: Readonly<Record<string, string>> = {
  'README.md': 'README: what to run',
  'deploy.sh': 'Azure CLI script',
  'azuredeploy.json': 'ARM template',
  'azuredeploy.parameters.json': 'ARM parameters',
  'main.bicep': 'Bicep',
  'main.bicepparam': 'Bicep parameters',
  'compute.yml': 'CLI v2 YAML',
  'create_compute.py': 'Python SDK v2',
  'attach_compute_legacy_sdk_v1.py': 'Python SDK v1 (legacy)',
  'main.tf': 'Terraform',
};

/** Any other file (Bicep's modules, for one) by its language. */
const BY_LANGUAGE: Readonly<Record<GeneratedFile['language'], string>> = {
  json: 'JSON',
  bicep: 'Bicep module',
  bash: 'Shell script',
  yaml: 'YAML',
  python: 'Python script',
  hcl: 'Terraform',
  markdown: 'Text',
};

/** What a generated file is, in a few words ("ARM template"), for the file list under its name. */
export function fileKind(file: Pick<GeneratedFile, 'name' | 'language'>): string {
  return BY_NAME[file.name] ?? BY_LANGUAGE[file.language];
}
