import type { Locator } from '@playwright/test';
import { AuditPage } from './fixtures/AuditPage.ts';
import * as arm from './fixtures/fakeArmData.ts';
import { expect, switchColorScheme, test } from './fixtures/test.ts';
import type { WizardPage } from './fixtures/WizardPage.ts';
import { capture } from './fixtures/capture.ts';

const legacyRule = {
  name: 'AllowBatchNodeManagement',
  properties: {
    priority: 110,
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    sourceAddressPrefix: 'BatchNodeManagement',
    sourcePortRange: '*',
    destinationAddressPrefix: '*',
    destinationPortRange: '29876-29877',
  },
};
const nsgWithLegacyRule = {
  ...arm.nsg,
  properties: { securityRules: [...arm.nsg.properties.securityRules, legacyRule] },
};

async function paste(audit: AuditPage, json: unknown): Promise<void> {
  const box = audit.pasteDialog.getByRole('textbox', { name: 'JSON to audit' });
  await box.fill(typeof json === 'string' ? json : JSON.stringify(json, null, 2));
  await audit.pasteDialog.getByRole('button', { name: 'Add pasted JSON' }).click();
  await expect(box).toHaveValue('');
}

async function openPasteDialog(audit: AuditPage): Promise<void> {
  await audit.pasteButton.click();
  await expect(audit.pasteDialog).toBeVisible();
}

/** "Apply to plan and audit": what the pasted resources would change in the plan, not applied yet. */
async function reviewPasted(audit: AuditPage) {
  await audit.pasteDialog.getByRole('button', { name: 'Apply to plan and audit' }).click();
  return audit.planChanges(audit.pasteDialog);
}

/**
 * A change in the list, found by its label (e.g. "Subnet › Network security group › Security rules"). Its
 * text runs label, path, then "Before…After…" and "Added…" as the rows read.
 */
const change = (changes: Locator, label: string) => changes.getByRole('listitem').filter({ hasText: label });

/** The starting plan's compute subnet is "training" in the existing VNet "contoso-vnet". */
const CONTOSO_SUBNETS = `/subscriptions/${arm.SUB}/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/contoso-vnet/subnets`;

/** The fake NSG, as Azure shows it when it is attached to another subnet of the plan's VNet ("scoring"). */
const nsgOfScoring = {
  ...arm.nsg,
  properties: { ...arm.nsg.properties, subnets: [{ id: `${CONTOSO_SUBNETS}/scoring` }] },
};

interface ExportedPlan {
  network: {
    subnet: {
      mode: string;
      networkSecurityGroup: { mode: string; name: string; securityRules?: { name: string }[] };
    };
  };
  tunneling: { mode: string };
}

const exported = async (wizard: WizardPage) => JSON.parse((await wizard.exportPlan()).text) as ExportedPlan;

test('audits pasted az output without signing in', async ({ wizard, page }) => {
  const audit = new AuditPage(page);
  await openPasteDialog(audit);
  await paste(audit, arm.vnet);
  await paste(audit, arm.subnet);
  await paste(audit, nsgWithLegacyRule);
  await paste(audit, 'this is not json');
  const chooser = page.waitForEvent('filechooser');
  await audit.pasteDialog.getByRole('button', { name: 'Upload JSON files' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'rt.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(arm.routeTable)),
  });

  const understood = audit.results('What was understood');
  await expect(understood.getByRole('listitem')).toHaveCount(5);
  await expect(understood.getByRole('listitem').nth(0)).toContainText('Virtual network “vnet-ml”');
  await expect(understood.getByRole('listitem').nth(1)).toContainText('Subnet “training”');
  await expect(understood.getByRole('listitem').nth(2)).toContainText(
    'Network security group “nsg-training”',
  );
  await expect(understood.getByRole('listitem').nth(3)).toContainText('This is not valid JSON');
  await expect(understood.getByRole('listitem').nth(4)).toContainText(
    'Route table “rt-training” · document 5 (rt.json)',
  );

  await audit.pasteDialog.getByRole('button', { name: 'Apply to plan and audit' }).click();
  await expect(
    audit.pasteDialog.getByText(/^Remove what can't be audited, then apply again: document 4/),
  ).toBeVisible();
  await audit.pasteDialog.getByRole('button', { name: 'Remove document 4 (pasted)' }).click();
  await expect(understood.getByRole('listitem')).toHaveCount(4);
  const changes = await reviewPasted(audit);
  await expect(change(changes, 'Egress › Way out to the internet')).toContainText(
    'BeforeNAT gatewayAfterthrough a firewall (user-defined routes)',
  );
  await expect(change(changes, 'Egress › Firewall or appliance IP')).toContainText('10.0.0.4');
  await expect(audit.pasteDialog).toContainText(
    'The pasted virtual network is "vnet-ml", but the plan uses the existing virtual network "contoso-vnet"',
  );
  await audit.applyChanges(audit.pasteDialog);

  const findings = audit.results('Findings about the existing network');
  await expect(
    findings.getByRole('listitem').filter({ hasText: 'DenyStorageOutbound' }).first(),
  ).toBeVisible();
  await expect(
    findings
      .getByRole('listitem')
      .filter({ hasText: 'Internet traffic goes through a firewall or appliance' }),
  ).toBeVisible();
  const legacy = audit.results('Rules you no longer need');
  await expect(legacy.getByRole('listitem')).toContainText('AllowBatchNodeManagement');
  await expect(legacy.getByRole('listitem')).toContainText('you can remove it');

  await audit.pasteDialog.getByRole('button', { name: 'Close' }).click();
  expect(audit.cspViolations).toEqual([]);
  const plan = JSON.parse((await wizard.exportPlan()).text) as {
    network: {
      vnet: { name: string };
      subnet: { mode: string; usedAddresses: number; routeTable: { name: string } };
    };
    tunneling: { mode: string; applianceIp: string };
  };
  expect(plan.network.vnet.name).toBe('vnet-ml');
  expect(plan.network.subnet).toMatchObject({
    mode: 'existing',
    usedAddresses: 2,
    routeTable: { name: 'rt-training' },
  });
  expect(plan.tunneling).toMatchObject({ mode: 'userDefinedRoutes', applianceIp: '10.0.0.4' });
});

test('explains a pasted document it cannot use', async ({ wizard, page }) => {
  await wizard.expectStep('Isolation & workspace');
  const audit = new AuditPage(page);
  await openPasteDialog(audit);
  await paste(audit, {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    resources: [],
  });
  await expect(audit.results('What was understood')).toContainText(
    'This is an ARM template, not a deployed resource',
  );
  await expect(audit.pasteDialog.getByRole('button', { name: 'Apply to plan and audit' })).toBeDisabled();
});

test('names what a pasted list holds, and refuses a list of things it does not read', async ({
  wizard,
  page,
}) => {
  await wizard.expectStep('Isolation & workspace');
  const audit = new AuditPage(page);
  await openPasteDialog(audit);
  await paste(audit, [1, 2, 3]);
  await paste(audit, [arm.nsg, arm.routeTable]);
  const understood = audit.results('What was understood').getByRole('listitem');
  await expect(understood.nth(0)).toContainText(
    'Not recognised · document 1 (pasted)This is a list of 3 items, none of them a network resource this wizard reads',
  );
  await expect(understood.nth(1)).toContainText(
    'This is a list of 1 network security group ("nsg-training") and 1 route table ("rt-training"), not one resource',
  );
  await expect(audit.pasteDialog.getByRole('button', { name: 'Apply to plan and audit' })).toBeDisabled();
});

test('an NSG pasted alone changes only the NSG, once the person confirms', async ({ wizard, page }) => {
  await wizard.expectStep('Isolation & workspace');
  const audit = new AuditPage(page);
  await openPasteDialog(audit);
  await paste(audit, nsgOfScoring);
  const changes = await reviewPasted(audit);
  await expect(changes.getByRole('listitem')).toHaveCount(2);
  await expect(change(changes, 'Subnet › Network security group › New or existing')).toContainText(
    'BeforenewAfterexisting',
  );
  await expect(change(changes, 'Subnet › Network security group › Security rules')).toContainText(
    'AddedDenyStorageOutbound',
  );
  await expect(changes).not.toContainText('Egress');
  await expect(audit.pasteDialog).toContainText(
    'The pasted network security group "nsg-training" is attached to subnet "scoring" in VNet "contoso-vnet", not to the plan\'s subnet "training"',
  );

  await audit.applyChanges(audit.pasteDialog);
  await expect(audit.results('Findings about the existing network')).toBeVisible();
  // Applied once, the same NSG changes nothing more, and the dialog says so.
  await audit.pasteDialog.getByRole('button', { name: 'Apply to plan and audit' }).click();
  await expect(audit.pasteDialog.getByRole('heading', { name: 'What changes in the plan' })).toBeFocused();
  await expect(audit.pasteDialog).toContainText(
    'Nothing in the plan changes: it already describes these resources.',
  );
  await audit.pasteDialog.getByRole('button', { name: 'Show the audit' }).click();
  await expect(audit.pasteDialog.getByRole('heading', { name: 'What the audit found' })).toBeFocused();
  await audit.pasteDialog.getByRole('button', { name: 'Close' }).click();
  const plan = await exported(wizard);
  expect(plan.tunneling.mode).toBe('natGateway');
  expect(plan.network.subnet.mode).toBe('new');
  expect(plan.network.subnet.networkSecurityGroup).toMatchObject({
    mode: 'existing',
    name: 'nsg-training',
    securityRules: [{ name: 'DenyStorageOutbound' }],
  });
});

test('Back leaves the plan as it was', async ({ wizard, page }) => {
  await wizard.expectStep('Isolation & workspace');
  const before = await exported(wizard);
  const audit = new AuditPage(page);
  await openPasteDialog(audit);
  await paste(audit, nsgOfScoring);
  await reviewPasted(audit);
  await audit.pasteDialog.getByRole('button', { name: 'Back' }).click();
  await expect(audit.pasteDialog.getByRole('heading', { name: 'What changes in the plan' })).toHaveCount(0);
  await expect(audit.pasteDialog.getByRole('button', { name: 'Apply to plan and audit' })).toBeFocused();
  await audit.pasteDialog.getByRole('button', { name: 'Close' }).click();
  expect(await exported(wizard)).toEqual(before);
  expect(before.network.subnet.networkSecurityGroup.mode).toBe('new');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the paste audit dialog has no axe violations in ${colorScheme} mode`, async ({ wizard, page }) => {
    test.setTimeout(120_000);
    await wizard.expectStep('Isolation & workspace');
    await switchColorScheme(page, colorScheme);
    const audit = new AuditPage(page);
    await openPasteDialog(audit);
    await audit.expectNoAxeViolations();
    await paste(audit, arm.subnet);
    await paste(audit, nsgWithLegacyRule);
    await paste(audit, arm.routeTable);
    await paste(audit, arm.vnet);
    await reviewPasted(audit);
    await audit.expectNoAxeViolations();
    await audit.applyChanges(audit.pasteDialog);
    await expect(audit.results('Rules you no longer need')).toBeVisible();
    await audit.expectNoAxeViolations();
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1280, 390] as const) {
    test.describe(`what changes in the plan, ${colorScheme}, ${width} px`, () => {
      // Tall enough that the whole dialog shows in one picture.
      test.use({ colorScheme, viewport: { width, height: 4000 } });

      test('reads whole, with nothing wider than the dialog', async ({ wizard, page }) => {
        await wizard.expectStep('Isolation & workspace');
        const audit = new AuditPage(page);
        await openPasteDialog(audit);
        await paste(audit, arm.subnet);
        await paste(audit, nsgWithLegacyRule);
        await paste(audit, arm.routeTable);
        await paste(audit, arm.vnet);
        const changes = await reviewPasted(audit);
        await expect(changes.getByRole('listitem').first()).toBeVisible();
        const wider = await audit.pasteDialog.evaluate((dialog) =>
          [dialog, ...dialog.querySelectorAll('section, li, dl, dd, code')]
            .filter((element) => element.scrollWidth > element.clientWidth + 1)
            .map((element) => element.outerHTML.slice(0, 120)),
        );
        expect(wider, 'parts of the dialog wider than their box').toEqual([]);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth, 'page wider than the window').toBeLessThanOrEqual(innerWidth);
        await capture(page, `plan-changes-${colorScheme}-${width}`);
      });
    });
  }
}
