import type { Page } from '@playwright/test';
import type { AuditPage } from './fixtures/AuditPage.ts';
import { GalleryPage } from './fixtures/GalleryPage.ts';
import { WizardPage } from './fixtures/WizardPage.ts';
import { HUB_DNS, HUB_ENDPOINTS, TENANT } from './fixtures/fakeArm.ts';
import { WORKSPACE_ID } from './fixtures/fakeArmData.ts';
import { switchColorScheme } from './fixtures/test.ts';
import { TEST_CLIENT_ID, TEST_TENANT, TEST_USER } from './fixtures/oidc.ts';
import { expect, test } from './fixtures/signedIn.ts';

// A real sign-in, several ARM reads and axe scans of a large page: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** An error class name only MSAL's own code contains (it survives minification). */
const MSAL_MARK = 'BrowserAuthError';

test('signs in with MSAL, audits picked resources and signs out', async ({ audit, arm, page, scripts }) => {
  await expect.poll(() => scripts.length).toBeGreaterThan(0);
  expect(
    scripts.some((text) => text.includes(MSAL_MARK)),
    'MSAL loaded before sign-in',
  ).toBe(false);

  await audit.openSignIn();
  await audit.signIn(TEST_CLIENT_ID, TEST_TENANT);
  expect(
    scripts.some((text) => text.includes(MSAL_MARK)),
    'MSAL loaded for sign-in',
  ).toBe(true);
  await expect(audit.azureDialog).toContainText(TEST_USER.username);

  await audit.pick('Subscription', 'contoso', /^Contoso ML/);
  // The workspace list is throttled once (429, Retry-After: 1) and retried.
  await audit.pick('Workspace', 'ml', /^ml-ws/);
  await audit.pick('Virtual network', 'vnet', /^vnet-ml/);
  await audit.pick('Subnet', 'train', /^training/);
  // What was read is shown as changes to the plan first; nothing is applied until the person confirms.
  const changes = await audit.auditPicked();
  const changed = (label: string) => changes.getByRole('listitem').filter({ hasText: label });
  await expect(changed('Virtual network › Name')).toContainText('Beforecontoso-vnetAftervnet-ml');
  await expect(changed('Workspace › Name')).toContainText('Beforecontoso-mlAfterml-ws');
  await expect(changed('Subnet › Network security group › Security rules')).toContainText(
    'AddedDenyStorageOutbound',
  );
  await expect(changed('Egress › Way out to the internet')).toContainText(
    'BeforeNAT gatewayAfterthrough a firewall (user-defined routes)',
  );
  await expect(audit.results('Checks in Azure')).toHaveCount(0);
  await audit.applyChanges(audit.azureDialog);

  const findings = audit.results('Findings about the existing network');
  await expect(
    findings.getByRole('listitem').filter({ hasText: 'DenyStorageOutbound' }).first(),
  ).toBeVisible();
  await expect(
    findings
      .getByRole('listitem')
      .filter({ hasText: 'Internet traffic goes through a firewall or appliance' }),
  ).toBeVisible();
  const checks = audit.results('Checks in Azure');
  await expect(checks.getByRole('listitem').filter({ hasText: 'keep-network' })).toContainText('Problem');
  await expect(checks.getByRole('listitem').filter({ hasText: 'ml-rg' })).toContainText(
    'You lack permission Microsoft.Authorization/locks/read on /subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg.',
  );
  await expect(checks.getByRole('listitem').filter({ hasText: 'join compute' })).toContainText(
    'lacks Microsoft.Network/virtualNetworks/join/action',
  );
  const quota = checks.getByRole('listitem').filter({ hasText: 'Quota for Standard_DS3_v2 in eastus2' });
  await expect(quota).toContainText('Problem');
  await expect(quota).toContainText('needs up to 16 vCPUs');
  await expect(quota).toContainText(
    '"Standard DSv2 Family Cluster Dedicated vCPUs": 18 of 24 in use, 6 free',
  );
  const networkQuota = checks.getByRole('listitem').filter({ hasText: 'Network quota in eastus2' });
  await expect(networkQuota).toContainText('Passed');
  await expect(networkQuota).toContainText('"NetworkInterfaces": 40 of 65536 in use, 65496 free');

  const workspaceReads = arm.calls.filter((call) => call.path.endsWith('/workspaces'));
  expect(workspaceReads.map((call) => call.status)).toEqual([429, 200]);
  expect(arm.calls.some((call) => call.path === `${WORKSPACE_ID}`)).toBe(false);
  expect(arm.tokens.length).toBeGreaterThan(0);
  const persistent = await audit.persistentText();
  for (const token of new Set(arm.tokens)) expect(persistent).not.toContain(token);

  await audit.azureDialog.getByRole('button', { name: 'Sign out' }).click();
  await expect(audit.azureDialog.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  expect(await audit.msalSessionKeys()).toEqual([]);
  const session = await audit.sessionText();
  for (const token of new Set(arm.tokens)) expect(session).not.toContain(token);
  await audit.azureDialog.getByRole('button', { name: 'Close' }).click();
  await expect(audit.signInButton).toBeVisible();
  // The plan keeps what was applied: the page's findings show the NSG rule that blocks a required flow.
  await expect(page.getByText(/by rule "DenyStorageOutbound"/).first()).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Subscription' })).toHaveCount(0);
});

test('audits every training compute of the tenant through Resource Graph, and opens one', async ({
  audit,
  arm,
  page,
}) => {
  await audit.openSignIn();
  await audit.signIn(TEST_CLIENT_ID, TEST_TENANT);
  await audit.azureDialog.getByRole('button', { name: 'Audit my tenant' }).click();
  const table = audit.azureDialog.getByRole('table', { name: 'Training computes in your tenant' });
  await expect(table).toBeVisible({ timeout: 30_000 });

  // Two pages of the query, joined by $skipToken, make one list: a row per compute of the tenant.
  const graphCalls = arm.calls.filter((call) => call.path.endsWith('/Microsoft.ResourceGraph/resources'));
  expect(graphCalls.map((call) => call.status)).toEqual([200, 200]);
  const computes = TENANT.rows.filter((row) => row.type.endsWith('/computes'));
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(computes.length + 1);

  // Exactly the broken computes fail, and exactly the orphaned ones can't be checked.
  const statusOf = async (id: string) => {
    const name = id.split('/').at(-1) ?? id;
    return (
      (await rows
        .filter({ has: page.getByRole('cell', { name, exact: true }) })
        .first()
        .textContent()) ?? ''
    );
  };
  for (const id of TENANT.brokenIds) expect(await statusOf(id)).toMatch(/Errors \(\d+\)/);
  for (const id of TENANT.uncheckedIds) expect(await statusOf(id)).toContain('Couldn’t check');
  const passedCount = computes.length - TENANT.brokenIds.size - TENANT.uncheckedIds.size;
  await expect(rows.filter({ hasText: 'Passed' })).toHaveCount(passedCount);

  // A broken compute opens as the wizard's plan, and the page's findings show why it fails.
  const [broken] = [...TENANT.brokenIds];
  const brokenName = broken?.split('/').at(-1) ?? '';
  await audit.azureDialog.getByRole('button', { name: `Open ${brokenName} in the wizard` }).click();
  await expect(audit.azureDialog.getByText(`${brokenName} is now the wizard’s plan.`)).toBeVisible();
  await audit.expectNoAxeViolations();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the sign-in dialog has no axe violations in ${colorScheme} mode`, async ({ audit, page }) => {
    await switchColorScheme(page, colorScheme);
    await audit.openSignIn();
    // Show the error state too, so its colours are checked.
    await audit.azureDialog.getByRole('textbox', { name: 'Application (client) ID' }).fill('not-a-guid');
    await audit.azureDialog.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(audit.azureDialog.getByText(/is a GUID/)).toBeVisible();
    await audit.expectNoAxeViolations();
    await audit.signIn(TEST_CLIENT_ID, TEST_TENANT);
    await audit.pick('Subscription', 'contoso', /^Contoso ML/);
    await audit.pick('Workspace', 'ml', /^ml-ws/);
    await audit.pick('Virtual network', 'vnet', /^vnet-ml/);
    await audit.pick('Subnet', 'train', /^training/);
    await audit.auditPicked();
    await audit.expectNoAxeViolations();
    await audit.applyChanges(audit.azureDialog);
    await expect(audit.results('Checks in Azure')).toBeVisible();
    await audit.expectNoAxeViolations();
  });
}

test('falls back to a full-page sign-in when the popup is blocked', async ({ audit, page }) => {
  // As a popup blocker does: window.open gives nothing back.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await page.reload();
  await audit.openSignIn();
  await audit.azureDialog.getByRole('textbox', { name: 'Application (client) ID' }).fill(TEST_CLIENT_ID);
  await audit.azureDialog.getByRole('textbox', { name: 'Tenant' }).fill(TEST_TENANT);
  await audit.azureDialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  // The page leaves for the sign-in host, comes back through redirect.html, and finishes signing in.
  await expect(audit.header.getByRole('button', { name: `Azure: ${TEST_USER.name}` })).toBeVisible({
    timeout: 30_000,
  });
  expect(new URL(page.url()).pathname).toBe('/');
  expect(page.url()).not.toMatch(/code=|state=/);
});

/** Signs in, closes the dialog and opens the hub-and-spoke example on the workspace step. */
async function signedInOnHubExample(audit: AuditPage, page: Page): Promise<WizardPage> {
  await audit.openSignIn();
  await audit.signIn(TEST_CLIENT_ID, TEST_TENANT);
  await audit.azureDialog.getByRole('button', { name: 'Close' }).click();
  const wizard = new WizardPage(page);
  const gallery = new GalleryPage(page);
  await gallery.open();
  await gallery.load('Hub and spoke: endpoint and DNS zones in the hub');
  await wizard.expectStep('Isolation & workspace');
  return wizard;
}

test('finds the hub’s private DNS zones in Azure, with their links, and adds them to the plan', async ({
  audit,
  arm,
  page,
}) => {
  const wizard = await signedInOnHubExample(audit, page);
  await page.getByRole('button', { name: 'Remove zone 2' }).click();
  await page.getByRole('button', { name: 'Remove zone 1' }).click();
  await expect(page.getByText('No existing zones listed.')).toBeVisible();

  await page.getByRole('button', { name: 'Find these zones in Azure' }).click();
  const found = page.getByRole('list', { name: 'Zones found in Azure' });
  await expect(found.getByRole('listitem')).toHaveCount(2);
  expect(arm.calls.filter((call) => call.path.endsWith('/Microsoft.ResourceGraph/resources'))).toEqual([
    { path: '/providers/Microsoft.ResourceGraph/resources', status: 200 },
  ]);
  await expect(found.getByRole('listitem').first()).toContainText(
    'privatelink.api.azureml.ms in dns-rg, subscription 99999999-8888-7777-6666-555555555555, already linked to this VNet',
  );
  await expect(found.getByRole('listitem').last()).toContainText('not linked to this VNet');

  for (const zone of ['privatelink.api.azureml.ms', 'privatelink.notebooks.azure.net']) {
    const add = found.getByRole('button', { name: new RegExp(`^Add ${zone.replaceAll('.', '\\.')} `) });
    await add.click();
    await expect(
      found.getByRole('button', { name: new RegExp(`^${zone.replaceAll('.', '\\.')} .* is listed$`) }),
    ).toBeFocused();
  }
  // The found link says the api zone is linked already; the notebooks zone still needs its link.
  const { text } = await wizard.exportPlan();
  const plan = JSON.parse(text) as { workspace: { privateLink: { dnsZones: unknown[] } } };
  expect(plan.workspace.privateLink.dnsZones).toEqual([
    { id: HUB_DNS[0]?.id, linked: true },
    { id: HUB_DNS[2]?.id, linked: false },
  ]);
  await expect(page.getByRole('checkbox', { name: 'Already linked to this VNet' }).first()).toBeChecked();
  await audit.expectNoAxeViolations();
});

test('finds the workspace’s private endpoints in Azure, and one in the compute VNet sets the placement', async ({
  audit,
  page,
}) => {
  const wizard = await signedInOnHubExample(audit, page);

  await page.getByRole('button', { name: 'Find the workspace’s private endpoints' }).click();
  const found = page.getByRole('list', { name: 'Private endpoints of the workspace' });
  // The endpoint of the workspace "contoso-ml-2" matches the query's text, but is not this workspace's.
  await expect(found.getByRole('listitem')).toHaveCount(2);
  await expect(found.getByRole('button', { name: 'contoso-ml-pe is the endpoint in use' })).toBeVisible();
  const spoke = found.getByRole('listitem').filter({ hasText: 'contoso-ml-spoke-pe' });
  await expect(spoke).toContainText(
    'in spoke-rg, VNet ml-spoke-vnet, Pending: the workspace’s owner must approve the connection',
  );

  await spoke.getByRole('button', { name: /^Use contoso-ml-spoke-pe / }).click();
  await expect(wizard.radio('Already in this virtual network')).toBeChecked();
  await expect(
    found.getByRole('button', { name: 'contoso-ml-spoke-pe is the endpoint in use' }),
  ).toBeFocused();
  const { text } = await wizard.exportPlan();
  const plan = JSON.parse(text) as { workspace: { privateLink: Record<string, unknown> } };
  expect(plan.workspace.privateLink).toMatchObject({
    placement: 'computeVnet',
    endpointId: HUB_ENDPOINTS[1]?.id,
  });
  expect(plan.workspace.privateLink.hubVnetId).toBeUndefined();

  // And back to the hub's endpoint: the hub placement with the hub VNet from Azure.
  await found.getByRole('button', { name: /^Use contoso-ml-pe / }).click();
  await expect(wizard.radio('In a hub virtual network')).toBeChecked();
  await expect(wizard.textbox('Hub virtual network resource id')).toHaveValue(
    '/subscriptions/99999999-8888-7777-6666-555555555555/resourceGroups/hub-rg/providers/Microsoft.Network/virtualNetworks/hub-vnet',
  );
  await audit.expectNoAxeViolations();
});
