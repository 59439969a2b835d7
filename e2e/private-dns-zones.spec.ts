import type { Page } from '@playwright/test';
import { FindingsPage } from './fixtures/FindingsPage.ts';
import { GalleryPage } from './fixtures/GalleryPage.ts';
import { ReviewPage } from './fixtures/ReviewPage.ts';
import { expect, switchColorScheme, test } from './fixtures/test.ts';
import type { WizardPage } from './fixtures/WizardPage.ts';
import { scanAxe } from './fixtures/axe.ts';

const HUB_EXAMPLE = 'Hub and spoke: endpoint and DNS zones in the hub';
const NEW_VNET_EXAMPLE = 'New VNet with its own workspace private endpoint';
const ZONES =
  '/subscriptions/99999999-8888-7777-6666-555555555555/resourceGroups/dns-rg/providers/Microsoft.Network/privateDnsZones';
const NOTEBOOKS_ZONE = `${ZONES}/privatelink.notebooks.azure.net`;
const VAULT =
  '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.KeyVault/vaults/contoso-kv';
const OPEN_LISTS = 'Existing DNS zones, and endpoints for storage, key vault or registry';

interface PrivateLinkJson {
  readonly dnsZones?: readonly { readonly id: string; readonly linked?: boolean }[];
  readonly resourceEndpoints?: readonly { readonly groupId: string; readonly resourceId: string }[];
}

async function loadExample(wizard: WizardPage, title: string): Promise<void> {
  const gallery = new GalleryPage(wizard.page);
  await gallery.open();
  await gallery.load(title);
  await wizard.expectStep('Isolation & workspace');
}

async function exportedLink(wizard: WizardPage): Promise<PrivateLinkJson | undefined> {
  const { text } = await wizard.exportPlan();
  const plan = JSON.parse(text) as { workspace: { privateLink?: PrivateLinkJson } };
  return plan.workspace.privateLink;
}

/** A generated file's text as the review step downloads it; then back to the first step. */
async function bundleFile(wizard: WizardPage, name: string): Promise<string> {
  const review = new ReviewPage(wizard.page);
  await review.open();
  await review.tab(name).click();
  const { bytes } = await review.downloadFile(name);
  await wizard.stepButton('Isolation & workspace').click();
  await wizard.expectStep('Isolation & workspace');
  return bytes.toString('utf8');
}

/** The resources of azuredeploy.json, with those of its nested deployments. */
async function deployedResources(wizard: WizardPage): Promise<{ type: string; name: string }[]> {
  const template = JSON.parse(await bundleFile(wizard, 'azuredeploy.json')) as { resources: unknown[] };
  const all: { type: string; name: string }[] = [];
  const walk = (resources: unknown[]) => {
    for (const resource of resources as { type: string; name: string; properties?: unknown }[]) {
      all.push({ type: resource.type, name: resource.name });
      const nested = (resource.properties as { template?: { resources?: unknown[] } } | undefined)?.template;
      if (nested?.resources) walk(nested.resources);
    }
  };
  walk(template.resources);
  return all;
}

const zoneList = (page: Page) => page.getByRole('group', { name: 'Existing private DNS zones' });
const endpointList = (page: Page) =>
  page.getByRole('group', { name: 'Private endpoints for the workspace’s resources' });

test.describe('existing private DNS zones and resource endpoints', () => {
  test('hub and spoke: a zone taken out of the list is a finding at the list, and adding it back fixes it', async ({
    wizard,
  }) => {
    const { page } = wizard;
    const findings = new FindingsPage(page, wizard);
    await loadExample(wizard, HUB_EXAMPLE);
    // The hub's zones must be linked to this VNet, so the lists show without being asked for.
    await expect(zoneList(page)).toBeVisible();
    await expect(wizard.textbox('Zone 2 resource id')).toHaveValue(NOTEBOOKS_ZONE);
    await expect(page.getByText('privatelink.notebooks.azure.net', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Remove zone 2' }).click();
    await expect(wizard.textbox('Zone 2 resource id')).toHaveCount(0);
    // Focus goes to the neighbouring row.
    await expect(wizard.textbox('Zone 1 resource id')).toBeFocused();
    await expect(findings.finding('workspace-pe-in-compute-vnet')).toContainText(
      'privatelink.notebooks.azure.net must be linked to the compute VNet',
    );
    await expect(zoneList(page).getByText(/must be linked to the compute VNet/)).toBeVisible();
    await expect(page.getByText(/In the hub, not linked to this VNet/)).toBeVisible();
    expect((await exportedLink(wizard))?.dnsZones).toHaveLength(1);

    await page.getByRole('button', { name: 'Next', exact: true }).focus();
    await findings.goToField('workspace-pe-in-compute-vnet');
    await expect(wizard.textbox('Zone 1 resource id')).toBeFocused();

    await page.getByRole('button', { name: 'Add an existing zone' }).click();
    const added = wizard.textbox('Zone 2 resource id');
    await expect(added).toBeFocused();
    await added.fill(NOTEBOOKS_ZONE);
    await page.getByRole('checkbox', { name: 'Already linked to this VNet' }).nth(1).check();
    await expect(findings.finding('workspace-pe-in-compute-vnet')).toHaveCount(0);
    expect((await exportedLink(wizard))?.dnsZones).toEqual([
      { id: `${ZONES}/privatelink.api.azureml.ms`, linked: false },
      { id: NOTEBOOKS_ZONE, linked: true },
    ]);
    // The zones are in the hub's DNS group: the README asks their owner for the one link still missing.
    const readme = await bundleFile(wizard, 'README.md');
    expect(readme).toContain('a virtual network link ml-spoke-vnet-link from privatelink.api.azureml.ms');
    expect(readme).not.toContain(
      'a virtual network link ml-spoke-vnet-link from privatelink.notebooks.azure.net',
    );
  });

  test('a bad or repeated zone id is explained at its row, keeps its text, and never reaches the plan', async ({
    wizard,
  }) => {
    await loadExample(wizard, HUB_EXAMPLE);
    const box = wizard.textbox('Zone 2 resource id');
    await wizard.fill(box, 'privatelink.notebooks.azure.net');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription(/^Enter the full resource id, such as \/subscriptions\//);
    await expect(box).toHaveValue('privatelink.notebooks.azure.net');
    expect((await exportedLink(wizard))?.dnsZones?.[1]?.id).toBe(NOTEBOOKS_ZONE);

    await wizard.fill(box, `${ZONES}/PrivateLink.API.AzureML.ms`);
    await expect(box).toHaveAccessibleDescription(
      'The zone privatelink.api.azureml.ms is listed twice; keep one entry per zone name.',
    );
    await wizard.nextButton.click();
    await wizard.expectStep('Isolation & workspace');
    await expect(box).toHaveValue(`${ZONES}/PrivateLink.API.AzureML.ms`);
  });

  test('a zone of another cloud is a finding on its row', async ({ wizard }) => {
    const findings = new FindingsPage(wizard.page, wizard);
    await loadExample(wizard, HUB_EXAMPLE);
    const box = wizard.textbox('Zone 2 resource id');
    await wizard.fill(box, `${ZONES}/privatelink.notebooks.usgovcloudapi.net`);
    await expect(findings.finding('dns-zones-per-cloud')).toContainText(
      'Use the zone privatelink.notebooks.azure.net instead',
    );
    await expect(box).toHaveAccessibleDescription(/is a zone of Azure Government/);
  });

  test('new VNet: a key vault endpoint added in the lists reaches the plan and the bundle, with its zone', async ({
    wizard,
  }) => {
    const { page } = wizard;
    await loadExample(wizard, NEW_VNET_EXAMPLE);
    await expect(zoneList(page)).toHaveCount(0);
    await page.getByRole('button', { name: OPEN_LISTS }).click();
    await expect(endpointList(page)).toBeVisible();
    await expect(page.getByText('No endpoints for the workspace’s resources.')).toBeVisible();

    await page.getByRole('button', { name: 'Add an endpoint' }).click();
    const kind = page.getByRole('combobox', { name: 'Endpoint 1 for' });
    await expect(kind).toBeFocused();
    await kind.selectOption('vault');
    const id = wizard.textbox('Endpoint 1 resource id');
    await wizard.fill(id, 'contoso-kv');
    await expect(id).toHaveAccessibleDescription(/^Enter the full resource id/);
    expect((await exportedLink(wizard))?.resourceEndpoints ?? []).toEqual([]);

    await wizard.fill(id, VAULT);
    await expect(id).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('privatelink.vaultcore.azure.net', { exact: true })).toBeVisible();
    expect((await exportedLink(wizard))?.resourceEndpoints).toEqual([
      { groupId: 'vault', resourceId: VAULT },
    ]);
    const resources = await deployedResources(wizard);
    expect(resources).toContainEqual(
      expect.objectContaining({
        type: 'Microsoft.Network/privateDnsZones',
        name: 'privatelink.vaultcore.azure.net',
      }),
    );
    expect(resources.filter((r) => r.type === 'Microsoft.Network/privateEndpoints')).toHaveLength(2);

    // Removing the last row keeps the lists open and puts focus on the add button.
    await page.getByRole('button', { name: 'Remove endpoint 1' }).click();
    await expect(page.getByRole('button', { name: 'Add an endpoint' })).toBeFocused();
    expect((await exportedLink(wizard))?.resourceEndpoints ?? []).toEqual([]);
  });

  test('an endpoint whose id is another kind of resource is a finding on its row, fixed by choosing the kind', async ({
    wizard,
  }) => {
    const { page } = wizard;
    const findings = new FindingsPage(page, wizard);
    await loadExample(wizard, NEW_VNET_EXAMPLE);
    await page.getByRole('button', { name: OPEN_LISTS }).click();
    await page.getByRole('button', { name: 'Add an endpoint' }).click();
    const kind = page.getByRole('combobox', { name: 'Endpoint 1 for' });
    await kind.selectOption('registry');
    const id = wizard.textbox('Endpoint 1 resource id');
    await wizard.fill(id, VAULT);
    await expect(findings.finding('resource-endpoint-target')).toContainText(
      'connects to a container registry',
    );
    await expect(id).toHaveAccessibleDescription(/but this id is a Microsoft\.KeyVault\/vaults id/);

    await kind.selectOption('vault');
    await expect(findings.finding('resource-endpoint-target')).toHaveCount(0);
    await expect(id).not.toHaveAttribute('aria-invalid', 'true');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the zone and endpoint lists pass axe in ${colorScheme}`, async ({ wizard }) => {
      const { page } = wizard;
      await switchColorScheme(page, colorScheme);
      await loadExample(wizard, HUB_EXAMPLE);
      await page.getByRole('button', { name: 'Remove zone 2' }).click();
      await page.getByRole('button', { name: 'Add an endpoint' }).click();
      await wizard.fill(wizard.textbox('Endpoint 1 resource id'), 'bad');
      await expect(wizard.textbox('Endpoint 1 resource id')).toHaveAttribute('aria-invalid', 'true');
      const results = await scanAxe(page);
      expect(results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((n) => n.target) }))).toEqual(
        [],
      );
    });
  }
});
