import { AuditPage } from './fixtures/AuditPage.ts';
import * as arm from './fixtures/fakeArmData.ts';
import { expect, switchColorScheme, test } from './fixtures/test.ts';

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

  await audit.pasteDialog.getByRole('button', { name: 'Remove document 4 (pasted)' }).click();
  await expect(understood.getByRole('listitem')).toHaveCount(4);
  await audit.pasteDialog.getByRole('button', { name: 'Apply to plan and audit' }).click();

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
    await audit.pasteDialog.getByRole('button', { name: 'Apply to plan and audit' }).click();
    await expect(audit.results('Rules you no longer need')).toBeVisible();
    await audit.expectNoAxeViolations();
  });
}
