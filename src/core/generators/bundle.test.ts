import { describe, expect, it } from 'vitest';
import { CATALOG_REVIEWED } from '../catalog/docs.ts';
import { checkPlan } from '../rules/index.ts';
import { generateBundle } from './index.ts';
import { hostilePlan, SCENARIO_NAMES, scenarioPlan } from '../../../test/helpers/generators/scenarios.ts';

const ALLOWED_NAMES = new Set([
  'README.md',
  'deploy.sh',
  'azuredeploy.json',
  'azuredeploy.parameters.json',
  'main.bicep',
  'main.bicepparam',
  'network.bicep',
  'workspace.bicep',
  'compute.yml',
  'create_compute.py',
  'attach_compute_legacy_sdk_v1.py',
  'main.tf',
]);

describe.each(SCENARIO_NAMES.map((name) => ({ name })))('$name bundle', ({ name }) => {
  const plan = scenarioPlan(name);
  const bundle = generateBundle(plan);

  it('is a plan without error findings (a valid golden scenario)', () => {
    expect(checkPlan(plan).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('is byte-identical when generated again', () => {
    expect(generateBundle(scenarioPlan(name))).toEqual(bundle);
  });

  it('has files named as PLAN-FORMAT.md says, each once', () => {
    const names = bundle.files.map((file) => file.name);
    expect(names.filter((file) => !ALLOWED_NAMES.has(file))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('README.md');
  });

  it('uses LF, ends with one newline, and says what generated it and when the requirements were reviewed', () => {
    for (const file of bundle.files) {
      expect({ file: file.name, cr: file.content.includes('\r') }).toEqual({ file: file.name, cr: false });
      expect(file.content.endsWith('\n') && !file.content.endsWith('\n\n')).toBe(true);
      // JSON has no comments: the template carries the header in its metadata, the parameters file has none.
      if (file.name === 'azuredeploy.parameters.json') continue;
      expect(file.content).toContain('AML Network Wizard');
      expect(file.content).toContain(CATALOG_REVIEWED);
    }
  });

  it.each(bundle.files.map((file) => ({ file: file.name, content: file.content })))(
    'matches the golden $file',
    async ({ file, content }) => {
      await expect(content).toMatchFileSnapshot(`./__golden__/${name}/${file}`);
    },
  );
});

describe('README', () => {
  it('lists the findings it is given, in order', () => {
    const plan = scenarioPlan('compute-cluster');
    const findings = [
      {
        ruleId: 'custom-dns',
        severity: 'warning' as const,
        path: 'network.vnet.dnsServers',
        message: 'Forward to 168.63.129.16.',
        docUrl: 'https://learn.microsoft.com/x',
      },
    ];
    const readme = generateBundle(plan, { findings }).files[0]?.content ?? '';
    expect(readme).toContain(
      '**warning** `custom-dns` at `network.vnet.dnsServers`: Forward to 168.63.129.16.',
    );
  });

  it('checks the plan itself when no findings are given', () => {
    const plan = scenarioPlan('databricks');
    const readme = generateBundle(plan).files[0]?.content ?? '';
    for (const finding of checkPlan(plan)) expect(readme).toContain(`\`${finding.ruleId}\``);
  });
});

describe('kind coverage', () => {
  it.each([
    ['compute-cluster', ['compute.yml', 'create_compute.py', 'main.tf'], ['attach_compute_legacy_sdk_v1.py']],
    ['serverless', ['create_compute.py'], ['compute.yml', 'attach_compute_legacy_sdk_v1.py']],
    ['databricks', ['attach_compute_legacy_sdk_v1.py'], ['compute.yml', 'create_compute.py']],
    ['hdinsight', ['attach_compute_legacy_sdk_v1.py'], ['compute.yml', 'create_compute.py']],
    ['virtual-machine', ['compute.yml', 'create_compute.py'], ['attach_compute_legacy_sdk_v1.py']],
  ])('%s has %j and not %j', (name, present, absent) => {
    const names = generateBundle(scenarioPlan(name)).files.map((file) => file.name);
    expect(present.filter((file) => !names.includes(file))).toEqual([]);
    expect(absent.filter((file) => names.includes(file))).toEqual([]);
  });

  it('keeps a "*" SSH source literal: quoted for bash, a plain string in ARM', () => {
    const files = generateBundle(hostilePlan()).files;
    const text = (name: string) => files.find((file) => file.name === name)?.content ?? '';
    const arm = JSON.parse(text('azuredeploy.json')) as { resources: unknown[] };
    expect(JSON.stringify(arm.resources)).toContain('"sourceAddressPrefix":"*"');
    expect(text('deploy.sh')).toContain("--source-address-prefixes '*' ");
  });
});
