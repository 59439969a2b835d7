import type { Page } from '@playwright/test';
import { FindingsPage } from './fixtures/FindingsPage.ts';
import { GalleryPage } from './fixtures/GalleryPage.ts';
import { ReviewPage } from './fixtures/ReviewPage.ts';
import { expect, switchColorScheme, test } from './fixtures/test.ts';
import { OWN_WORKSPACE, type WizardPage } from './fixtures/WizardPage.ts';
import { scanAxe } from './fixtures/axe.ts';

const HUB_EXAMPLE = 'Hub and spoke: endpoint and DNS zones in the hub';
const NEW_VNET_EXAMPLE = 'New VNet with its own workspace private endpoint';
const HUB_ID =
  '/subscriptions/99999999-8888-7777-6666-555555555555/resourceGroups/hub-rg/providers/Microsoft.Network/virtualNetworks/hub-vnet';
const ENDPOINT_TYPE = '"type": "Microsoft.Network/privateEndpoints"';

interface PrivateLinkJson {
  readonly placement?: string;
  readonly hubVnetId?: string;
  readonly peering?: string;
  readonly endpointSubnet?: { readonly mode: string; readonly name: string; readonly addressPrefix: string };
  readonly dnsZones?: readonly unknown[];
}

async function loadExample(wizard: WizardPage, title: string): Promise<void> {
  const gallery = new GalleryPage(wizard.page);
  await gallery.open();
  await gallery.load(title);
  await wizard.expectStep('Isolation & workspace');
}

function placementGroup(page: Page) {
  return page.getByRole('radiogroup', { name: 'Where is the workspace’s private endpoint?' });
}

async function exportedLink(wizard: WizardPage): Promise<PrivateLinkJson | undefined> {
  const { text } = await wizard.exportPlan();
  const plan = JSON.parse(text) as { workspace: { privateLink?: PrivateLinkJson } };
  return plan.workspace.privateLink;
}

/** The text of azuredeploy.json as the review step downloads it. */
async function deployTemplate(wizard: WizardPage): Promise<string> {
  const review = new ReviewPage(wizard.page);
  await review.open();
  await review.tab('azuredeploy.json').click();
  const { bytes } = await review.downloadFile('azuredeploy.json');
  return bytes.toString('utf8');
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await scanAxe(page);
  expect(
    results.violations.map(({ id, nodes }) => ({ where, id, nodes: nodes.map((n) => n.target) })),
  ).toEqual([]);
}

test.describe('workspace private endpoint', () => {
  test('hub and spoke: the hub placement shows, and creating the endpoint instead reaches the bundle', async ({
    wizard,
  }) => {
    const { page } = wizard;
    await loadExample(wizard, HUB_EXAMPLE);
    await expect(placementGroup(page)).toBeVisible();
    await expect(wizard.radio('In a hub virtual network')).toBeChecked();
    await expect(wizard.textbox('Hub virtual network resource id')).toHaveValue(HUB_ID);
    await expect(wizard.radio('Already peered')).toBeChecked();
    await expect(wizard.radio('In a hub virtual network')).toHaveAccessibleDescription(
      /central hub network peered to this one, whose private DNS zones must be linked to this VNet/,
    );

    const before = await deployTemplate(wizard);
    expect(before).not.toContain(ENDPOINT_TYPE);
    await wizard.stepButton('Isolation & workspace').click();
    await wizard.expectStep('Isolation & workspace');

    await wizard.radio('Create one in this virtual network').check();
    await expect(wizard.textbox('Hub virtual network resource id')).toHaveCount(0);
    // The suggestion is the core's: the first free /27 after the spoke's subnets.
    const suggested = wizard.radio('Suggested: new subnet private-endpoints, 10.20.2.0/27');
    await expect(suggested).toBeChecked();
    const link = await exportedLink(wizard);
    expect(link?.placement).toBe('create');
    expect(link?.hubVnetId).toBeUndefined();
    expect(link?.peering).toBeUndefined();
    expect(link?.endpointSubnet).toBeUndefined();

    const after = await deployTemplate(wizard);
    expect(after).toContain(ENDPOINT_TYPE);
    expect(after).toContain('10.20.2.0/27');
  });

  test('new VNet: the bundle’s endpoint subnet shows, a named one reaches the export and the bundle', async ({
    wizard,
  }) => {
    const { page } = wizard;
    await loadExample(wizard, NEW_VNET_EXAMPLE);
    await expect(wizard.radio('Create one in this virtual network')).toBeChecked();
    await expect(wizard.radio('A new subnet I name')).toBeChecked();
    // A VNet the plan creates has no subnet to name as existing.
    await expect(wizard.radio('An existing subnet of this VNet')).toHaveCount(0);
    await expect(wizard.textbox('Endpoint subnet name')).toHaveValue('private-endpoints');
    await expect(wizard.textbox('Endpoint subnet address prefix')).toHaveValue('10.30.2.0/27');
    expect(await deployTemplate(wizard)).toContain('10.30.2.0/27');

    await wizard.stepButton('Isolation & workspace').click();
    await wizard.fill(wizard.textbox('Endpoint subnet name'), 'pe-subnet');
    await wizard.fill(wizard.textbox('Endpoint subnet address prefix'), '10.30.4.0/28');
    expect((await exportedLink(wizard))?.endpointSubnet).toEqual({
      mode: 'new',
      name: 'pe-subnet',
      addressPrefix: '10.30.4.0/28',
    });
    const named = await deployTemplate(wizard);
    expect(named).toContain(ENDPOINT_TYPE);
    expect(named).toContain('10.30.4.0/28');
    expect(named).not.toContain('10.30.2.0/27');

    // Back to the suggestion: the plan no longer names the subnet, and what was typed is still there.
    await wizard.stepButton('Isolation & workspace').click();
    await wizard.radio('Suggested: new subnet private-endpoints, 10.30.0.0/27').check();
    await expect(wizard.textbox('Endpoint subnet name')).toHaveCount(0);
    expect((await exportedLink(wizard))?.endpointSubnet).toBeUndefined();
    await wizard.radio('A new subnet I name').check();
    await expect(wizard.textbox('Endpoint subnet name')).toHaveValue('pe-subnet');
    await expect(page.getByRole('radiogroup', { name: 'Endpoint subnet' })).toBeVisible();
  });

  test('an existing endpoint subnet is picked from the VNet’s other subnets, and stays editable', async ({
    wizard,
  }) => {
    const { page } = wizard;
    await loadExample(wizard, HUB_EXAMPLE);
    await wizard.radio('Create one in this virtual network').check();
    await wizard.radio('An existing subnet of this VNet').check();
    const picker = page.getByRole('combobox', { name: 'Pick one of the VNet’s other subnets' });
    await picker.selectOption('default');
    await expect(wizard.textbox('Endpoint subnet name')).toHaveValue('default');
    await expect(wizard.textbox('Endpoint subnet address prefix')).toHaveValue('10.20.0.0/24');
    expect((await exportedLink(wizard))?.endpointSubnet).toEqual({
      mode: 'existing',
      name: 'default',
      addressPrefix: '10.20.0.0/24',
    });
    // A name the plan doesn't list leaves the picker on its prompt.
    await wizard.fill(wizard.textbox('Endpoint subnet name'), 'endpoints');
    await expect(picker).toHaveValue('');
    expect((await exportedLink(wizard))?.endpointSubnet?.name).toBe('endpoints');
  });

  test('with the switch off, compute without public IPs in a new VNet keeps its endpoint, and says why', async ({
    wizard,
  }) => {
    const { page } = wizard;
    await loadExample(wizard, NEW_VNET_EXAMPLE);
    await wizard.toggle('Workspace private endpoint').uncheck();
    await expect(
      page.getByText(/reaches the workspace only through a private endpoint, so the plan keeps one/),
    ).toBeVisible();
    await expect(wizard.radio('Create one in this virtual network')).toBeChecked();
    const { text } = await wizard.exportPlan();
    const { workspace } = JSON.parse(text) as {
      workspace: { privateEndpoint: boolean; privateLink?: PrivateLinkJson };
    };
    expect(workspace.privateEndpoint).toBe(true);
    expect(workspace.privateLink?.endpointSubnet?.addressPrefix).toBe('10.30.2.0/27');
  });

  test('an overlapping endpoint subnet is a finding whose "Go to field" lands on the prefix', async ({
    wizard,
  }) => {
    const { page } = wizard;
    const findings = new FindingsPage(page, wizard);
    await loadExample(wizard, NEW_VNET_EXAMPLE);
    const prefix = wizard.textbox('Endpoint subnet address prefix');
    await wizard.fill(prefix, '10.30.1.0/27');
    await expect(findings.finding('endpoint-subnet-overlap')).toContainText('overlaps subnet "training"');
    await expect(prefix).toHaveAccessibleDescription(/overlaps subnet "training"/);
    await page.getByRole('button', { name: 'Next', exact: true }).focus();
    await findings.goToField('endpoint-subnet-overlap');
    await expect(prefix).toBeFocused();
  });

  test('an endpoint said to be in a VNet the plan creates is a finding whose "Go to field" lands on the choice', async ({
    wizard,
  }) => {
    const { page } = wizard;
    const findings = new FindingsPage(page, wizard);
    await loadExample(wizard, NEW_VNET_EXAMPLE);
    await wizard.radio('Already in this virtual network').check();
    await expect(findings.finding('workspace-pe-in-compute-vnet')).toContainText(
      'no workspace private endpoint can be in it yet',
    );
    await expect(placementGroup(page)).toHaveAccessibleDescription(
      /no workspace private endpoint can be in it yet/,
    );
    await page.getByRole('button', { name: 'Next', exact: true }).focus();
    await findings.goToField('workspace-pe-in-compute-vnet');
    await expect(wizard.radio('Already in this virtual network')).toBeFocused();
  });

  test('a bad hub VNet id is explained on the field, keeps its text and is not saved', async ({ wizard }) => {
    await loadExample(wizard, HUB_EXAMPLE);
    const box = wizard.textbox('Hub virtual network resource id');
    const subnetId = `${HUB_ID}/subnets/default`;
    await wizard.fill(box, subnetId);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription(
      /This is the id of a subnet\. Remove \/subnets\/… from the end/,
    );
    await expect(box).toHaveValue(subnetId);

    await wizard.fill(box, 'hub-vnet');
    await expect(box).toHaveAccessibleDescription(
      /This is not a resource id: one starts with \/subscriptions\//,
    );
    // The plan keeps the last good id, and Next waits for a fix with the text still there.
    expect((await exportedLink(wizard))?.hubVnetId).toBe(HUB_ID);
    await wizard.nextButton.click();
    await wizard.expectStep('Isolation & workspace');
    await expect(box).toHaveValue('hub-vnet');

    // Choosing another placement sets the box aside; coming back shows it as typed.
    await wizard.radio('Already in this virtual network').check();
    await expect(box).toHaveCount(0);
    await wizard.radio('In a hub virtual network').check();
    await expect(box).toHaveValue('hub-vnet');
    await wizard.fill(box, HUB_ID.replace('hub-vnet', 'hub-vnet-2'));
    await expect(box).not.toHaveAttribute('aria-invalid', 'true');
    expect((await exportedLink(wizard))?.hubVnetId).toBe(HUB_ID.replace('hub-vnet', 'hub-vnet-2'));
  });

  test('the placement and the peering are chosen with the keyboard alone', async ({ wizard }) => {
    const { page } = wizard;
    await loadExample(wizard, HUB_EXAMPLE);
    await wizard.radio('In a hub virtual network').focus();
    await page.keyboard.press('ArrowDown');
    await expect(wizard.radio('Create one in this virtual network')).toBeChecked();
    await expect(wizard.radio('Create one in this virtual network')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(wizard.radio('In a hub virtual network')).toBeChecked();

    await page.keyboard.press('Tab');
    await expect(wizard.textbox('Hub virtual network resource id')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(wizard.radio('Already peered')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(wizard.radio('Peer them with the bundle')).toBeChecked();
    const link = await exportedLink(wizard);
    expect(link).toMatchObject({ placement: 'hubVnet', hubVnetId: HUB_ID, peering: 'create' });
  });

  test('an exported plan with a chosen placement imports with every field kept', async ({ wizard }) => {
    await loadExample(wizard, HUB_EXAMPLE);
    await wizard.radio('Peer them with the bundle').check();
    const { fileName, text } = await wizard.exportPlan();
    await wizard.newPlan(OWN_WORKSPACE);
    // A new plan's bundle creates the endpoint in its new VNet.
    await expect(wizard.radio('Create one in this virtual network')).toBeChecked();
    await wizard.importPlan(fileName, text);
    await expect(wizard.radio('In a hub virtual network')).toBeChecked();
    await expect(wizard.radio('Peer them with the bundle')).toBeChecked();
    await expect(wizard.textbox('Hub virtual network resource id')).toHaveValue(HUB_ID);
    expect((await wizard.exportPlan()).text).toBe(text);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the private endpoint fields pass axe in ${colorScheme}`, async ({ wizard }) => {
      const { page } = wizard;
      await switchColorScheme(page, colorScheme);
      await loadExample(wizard, HUB_EXAMPLE);
      await wizard.fill(wizard.textbox('Hub virtual network resource id'), 'hub-vnet');
      await expect(wizard.textbox('Hub virtual network resource id')).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page, 'hub');
      await wizard.radio('Create one in this virtual network').check();
      await wizard.radio('A new subnet I name').check();
      await expect(wizard.textbox('Endpoint subnet name')).toBeVisible();
      await expectNoAxeViolations(page, 'create');
    });
  }
});
