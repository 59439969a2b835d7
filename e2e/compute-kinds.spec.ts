import { parsePlanText } from '../src/core/index.ts';
import { expect, test } from './fixtures/test.ts';
import type { WizardPage } from './fixtures/WizardPage.ts';

/** Every kind-specific control of the compute step, found by role and label. */
const controls = {
  name: (w: WizardPage) => w.textbox('Compute name'),
  // A box with suggestions (an input with a list) is a combobox to ARIA.
  vmSize: (w: WizardPage) => w.page.getByRole('combobox', { name: 'VM size' }),
  priority: (w: WizardPage) => w.page.getByRole('radiogroup', { name: 'Priority' }),
  minNodes: (w: WizardPage) => w.numberBox('Minimum nodes'),
  maxNodes: (w: WizardPage) => w.numberBox('Maximum nodes'),
  idle: (w: WizardPage) => w.numberBox('Idle seconds before scale down'),
  publicIp: (w: WizardPage) => w.toggle('Public IP addresses on nodes'),
  ssh: (w: WizardPage) => w.toggle('SSH access'),
  resourceId: (w: WizardPage) => w.textbox('Resource id'),
  os: (w: WizardPage) => w.page.getByRole('combobox', { name: 'Operating system' }),
};
type Control = keyof typeof controls;

const kinds: { label: string; kind: string; fields: Control[] }[] = [
  {
    label: 'Compute cluster',
    kind: 'computeCluster',
    fields: ['name', 'vmSize', 'priority', 'minNodes', 'maxNodes', 'idle', 'publicIp', 'ssh'],
  },
  { label: 'Compute instance', kind: 'computeInstance', fields: ['name', 'vmSize', 'publicIp', 'ssh'] },
  { label: 'Serverless compute', kind: 'serverless', fields: ['maxNodes', 'vmSize', 'publicIp'] },
  { label: 'Azure Databricks', kind: 'databricks', fields: ['name', 'publicIp'] },
  { label: 'Attached virtual machine', kind: 'virtualMachine', fields: ['name', 'resourceId', 'os', 'ssh'] },
  { label: 'HDInsight', kind: 'hdinsight', fields: ['name', 'resourceId', 'ssh'] },
];

test.describe('compute kinds', () => {
  for (const { label, kind, fields } of kinds) {
    test(`${label} shows exactly its own fields and keeps the plan valid`, async ({ wizard }) => {
      await wizard.next('Compute');
      await wizard.radio(label).check();
      await expect(wizard.radio(label)).toBeChecked();
      for (const control of Object.keys(controls) as Control[]) {
        const locator = controls[control](wizard);
        if (fields.includes(control)) await expect(locator, `${control} is shown`).toBeVisible();
        else await expect(locator, `${control} is not shown`).toHaveCount(0);
      }
      const { text } = await wizard.exportPlan();
      const parsed = parsePlanText(text);
      expect(parsed.ok && parsed.plan.compute.kind).toBe(kind);
      if (!parsed.ok) return;
      const network = parsed.plan.network;
      expect(network?.databricks !== undefined).toBe(kind === 'databricks');
      expect(network?.subnet !== undefined).toBe(kind !== 'databricks');
    });
  }

  test('SSH settings appear only when SSH is on', async ({ wizard }) => {
    await wizard.next('Compute');
    await expect(wizard.numberBox('SSH port')).toHaveCount(0);
    await wizard.toggle('SSH access').check();
    await expect(wizard.numberBox('SSH port')).toHaveValue('22');
    await wizard.fill(wizard.textbox('Allowed SSH source'), '203.0.113.0/24');
    const { text } = await wizard.exportPlan();
    const parsed = parsePlanText(text);
    expect(parsed.ok && parsed.plan.compute).toMatchObject({
      ssh: { enabled: true, port: 22, sourceAddressPrefix: '203.0.113.0/24' },
    });
  });

  test('leaving Azure Databricks restores a compute subnet', async ({ wizard }) => {
    await wizard.next('Compute');
    await wizard.radio('Azure Databricks').check();
    await wizard.radio('Compute instance').check();
    // The name is valid for every kind on the way, so it is carried over.
    await expect(wizard.textbox('Compute name')).toHaveValue('cpu-cluster');
    const parsed = parsePlanText((await wizard.exportPlan()).text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.plan.compute.kind).toBe('computeInstance');
    expect(parsed.plan.network?.subnet?.name).toBe('training');
    expect(parsed.plan.network?.databricks).toBeUndefined();
  });
});
