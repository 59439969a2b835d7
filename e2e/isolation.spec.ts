import { parsePlanText, type Plan } from '../src/core/index.ts';
import { expect, test } from './fixtures/test.ts';
import type { WizardPage } from './fixtures/WizardPage.ts';

async function exportedPlan(wizard: WizardPage): Promise<Plan> {
  // The last change is in the plan once judged: right after the page opened, it may wait for the checks.
  await wizard.checked();
  const parsed = parsePlanText((await wizard.exportPlan()).text);
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  if (!parsed.ok) throw new Error('unreachable');
  return parsed.plan;
}

test.describe('isolation', () => {
  test('managed VNet asks for the mode and drops the network; customer VNet gets a network back', async ({
    wizard,
  }) => {
    await expect(wizard.radio('Allow only approved outbound')).toHaveCount(0);
    await wizard.radio('Managed virtual network').check();
    await expect(wizard.radio('Allow only approved outbound')).toBeChecked();
    await wizard.radio('Allow internet outbound').check();

    const managed = await exportedPlan(wizard);
    expect(managed.workspace).toMatchObject({
      isolation: 'managedVnet',
      managedNetworkMode: 'allowInternetOutbound',
    });
    expect(managed.network).toBeUndefined();

    await wizard.radio('Your own virtual network').check();
    await expect(wizard.radio('Allow internet outbound')).toHaveCount(0);
    const customer = await exportedPlan(wizard);
    expect(customer.workspace.isolation).toBe('customerVnet');
    expect(customer.workspace.managedNetworkMode).toBeUndefined();
    // The network planned before the switch comes back.
    expect(customer.network?.vnet.name).toBe('contoso-vnet');
    expect(customer.network?.subnet?.name).toBe('training');
  });

  test('a plan that never had a network gets a default one in the workspace region', async ({ wizard }) => {
    await wizard.radio('Managed virtual network').check();
    // Kept once the plan checks have judged it.
    await wizard.checked();
    await wizard.page.reload();
    await wizard.radio('Your own virtual network').check();
    const plan = await exportedPlan(wizard);
    expect(plan.network?.vnet).toMatchObject({ mode: 'new', region: plan.workspace.region });
    expect(plan.network?.subnet).toMatchObject({ mode: 'new', addressPrefix: '10.0.1.0/24' });
  });

  test('network steps explain that a managed VNet needs no network plan', async ({ wizard }) => {
    await wizard.radio('Managed virtual network').check();
    await wizard.next('Compute');
    await wizard.next('Virtual network');
    await expect(wizard.page.getByText('Azure Machine Learning creates and runs the network')).toBeVisible();
  });
});
