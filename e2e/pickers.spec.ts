import type { Locator } from '@playwright/test';
import { scanAxe } from './fixtures/axe.ts';
import { FindingsPage } from './fixtures/FindingsPage.ts';
import { expect, test } from './fixtures/test.ts';
import type { WizardPage } from './fixtures/WizardPage.ts';
import { capture } from './fixtures/capture.ts';

/** A box that suggests from a catalogue: an input with a list of suggestions, to ARIA a combobox. */
const picker = (wizard: WizardPage, label: string) =>
  wizard.page.getByRole('combobox', { name: label, exact: true });

/** The suggestions of the datalist the box is linked to by its `list` attribute, as value and label. */
const suggestions = (box: Locator) =>
  box.evaluate((input) =>
    [...((input as HTMLInputElement).list?.options ?? [])].map(({ value, label }) => ({ value, label })),
  );

/** The counts the findings panel announces; every plan here must keep 0 errors. */
const NO_ERRORS = /^Findings: 0 errors, [1-9]\d* warnings?, \d+ info$/;

/** Types an unknown region into the workspace's region box and the VNet's, and ends on the VNet step. */
async function unknownRegionEverywhere(wizard: WizardPage): Promise<void> {
  await wizard.fill(picker(wizard, 'Region'), 'marsnorth');
  await wizard.next('Compute');
  await wizard.next('Virtual network');
  await wizard.fill(picker(wizard, 'Region'), 'marsnorth');
}

/** Fails when any part of the step's form (boxes, hints, warnings) reaches past the window's right edge. */
async function expectFormFits(wizard: WizardPage): Promise<void> {
  const overflowing = await wizard.page.evaluate(() =>
    [...document.querySelectorAll('main form *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth)
      .map((element) => element.outerHTML.slice(0, 120)),
  );
  expect(overflowing, 'parts of the form wider than the window').toEqual([]);
}

async function expectNoAxeViolations(wizard: WizardPage, where: string): Promise<void> {
  const results = await scanAxe(wizard.page);
  expect(
    results.violations.map(({ id, nodes }) => ({ where, id, nodes: nodes.map((node) => node.html) })),
  ).toEqual([]);
}

test.describe('region picker', () => {
  test('suggests the regions of every cloud and names the one chosen', async ({ wizard }) => {
    const region = picker(wizard, 'Region');
    await expect(region).toHaveValue('eastus2');
    await expect(region).toHaveAttribute('list', /.+/);
    const options = await suggestions(region);
    expect(options).toContainEqual({ value: 'eastus2', label: 'East US 2' });
    expect(options).toContainEqual({ value: 'usgovvirginia', label: 'USGov Virginia · Azure Government' });
    expect(options).toContainEqual({
      value: 'chinanorth3',
      label: 'China North 3 · Microsoft Azure operated by 21Vianet (Azure China)',
    });
    await expect(region).toHaveAccessibleDescription('East US 2, in the Azure public cloud.');

    await wizard.fill(region, 'usgovvirginia');
    await expect(region).toHaveAccessibleDescription('USGov Virginia, in Azure Government.');
  });

  test('an unknown region is kept, with a warning on each region box, and the plan has no error', async ({
    wizard,
  }) => {
    const findings = new FindingsPage(wizard.page, wizard);
    const workspaceRegion = picker(wizard, 'Region');
    await wizard.fill(workspaceRegion, 'marsnorth');
    // A warning, not a schema error: the value is kept and the box is not marked invalid.
    await expect(workspaceRegion).not.toHaveAttribute('aria-invalid', 'true');
    await expect(workspaceRegion).toHaveAccessibleDescription(/ARM region name, such as eastus2\./);
    await expect(workspaceRegion).toHaveAccessibleDescription(
      /The wizard doesn't know the workspace's region "marsnorth".*az account list-locations -o table.*A region Azure added recently can be kept\./,
    );
    await expect(findings.finding('region-unknown', findings.group('Warnings'))).toContainText('marsnorth');

    // The VNet is still in eastus2, which the wizard reports as an error until the VNet moves too.
    await wizard.next('Compute');
    await wizard.next('Virtual network');
    const vnetRegion = picker(wizard, 'Region');
    await wizard.fill(vnetRegion, 'marsnorth');
    await expect(vnetRegion).toHaveAccessibleDescription(
      /The wizard doesn't know the virtual network's region "marsnorth"/,
    );
    await expect(findings.liveRegion).toHaveText(NO_ERRORS);
    await expect(
      findings.group('Warnings').getByRole('listitem').filter({ hasText: 'region-unknown' }),
    ).toHaveCount(2);
    const { text } = await wizard.exportPlan();
    expect(JSON.parse(text)).toMatchObject({
      workspace: { region: 'marsnorth' },
      network: { vnet: { region: 'marsnorth' } },
    });
  });

  test('a typo names the region it is one letter away from', async ({ wizard }) => {
    const region = picker(wizard, 'Region');
    await wizard.fill(region, 'westeuropr');
    await expect(region).toHaveAccessibleDescription(/Did you mean westeurope \(West Europe\)\?/);
  });
});

test.describe('VM size picker', () => {
  test('suggests sizes with their series, vCPUs and GPUs, and warns of an unknown one', async ({
    wizard,
  }) => {
    const findings = new FindingsPage(wizard.page, wizard);
    await wizard.next('Compute');
    const size = picker(wizard, 'VM size');
    await expect(size).toHaveValue('Standard_DS3_v2');
    await expect(size).toHaveAccessibleDescription(
      'DSv2-series, general purpose: 4 vCPUs, 14 GiB of memory.',
    );
    const options = await suggestions(size);
    expect(options).toContainEqual({ value: 'Standard_DS3_v2', label: 'DSv2-series · 4 vCPUs · 14 GiB' });
    expect(options).toContainEqual({
      value: 'Standard_NC24ads_A100_v4',
      label: 'NC A100 v4-series · 24 vCPUs · 220 GiB · 1 × NVIDIA A100 80 GB',
    });

    await wizard.fill(size, 'Standard_NC4as_T4_v3');
    await expect(size).toHaveAccessibleDescription(
      /^NCasT4_v3-series, GPU: 4 vCPUs, 28 GiB of memory, 1\sNVIDIA T4 GPU\.$/,
    );

    await wizard.fill(size, 'Standard_Mars1');
    await expect(size).toHaveAccessibleDescription(/Such as Standard_DS3_v2\./);
    await expect(size).toHaveAccessibleDescription(
      /The VM size "Standard_Mars1" isn't in the wizard's list.*az vm list-skus --location eastus2 --size Standard_Mars1 --all -o table.*A size missing from the list can be kept\./,
    );
    await expect(findings.finding('vm-size-unknown', findings.group('Warnings'))).toBeVisible();
    await expect(findings.liveRegion).toHaveText(NO_ERRORS);
    const { text } = await wizard.exportPlan();
    expect(JSON.parse(text)).toMatchObject({ compute: { vmSize: 'Standard_Mars1' } });
  });

  test('never offers a retired size, and says so when one is typed', async ({ wizard }) => {
    const findings = new FindingsPage(wizard.page, wizard);
    await wizard.next('Compute');
    const size = picker(wizard, 'VM size');
    const offered = (await suggestions(size)).map((option) => option.value);
    expect(offered).toContain('Standard_NC24ads_A100_v4');
    expect(offered).not.toContain('Standard_NC6s_v3');

    await wizard.fill(size, 'Standard_NC6s_v3');
    await expect(size).toHaveAccessibleDescription(/NCv3-series: retired by Azure, choose another size\.$/);
    await expect(size).toHaveAccessibleDescription(
      /Azure retired Standard_NC6s_v3 on 30 September 2025.*such as Standard_NC24ads_A100_v4/,
    );
    await expect(findings.finding('vm-size-retired', findings.group('Errors'))).toBeVisible();
  });

  test('every compute kind with a size offers the same suggestions', async ({ wizard }) => {
    await wizard.next('Compute');
    const cluster = await suggestions(picker(wizard, 'VM size'));
    for (const kind of ['Compute instance', 'Serverless compute']) {
      await wizard.radio(kind).check();
      expect(await suggestions(picker(wizard, 'VM size')), kind).toEqual(cluster);
    }
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`pickers in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    test.describe.configure({ timeout: 120_000 });

    for (const width of [1280, 390] as const) {
      test(`have no axe violations and fit ${width} px, with their hints and warnings`, async ({
        wizard,
      }) => {
        await wizard.page.setViewportSize({ width, height: 900 });
        const findings = new FindingsPage(wizard.page, wizard);
        await expect(picker(wizard, 'Region')).toHaveAccessibleDescription(
          'East US 2, in the Azure public cloud.',
        );
        await expectFormFits(wizard);
        await capture(wizard.page, `region-known-${colorScheme}-${width}`);
        await unknownRegionEverywhere(wizard);
        await expect(findings.liveRegion).toHaveText(NO_ERRORS);
        await wizard.openFromStepList('Isolation & workspace');
        await expect(picker(wizard, 'Region')).toHaveAccessibleDescription(/"marsnorth"/);
        await picker(wizard, 'Region').scrollIntoViewIfNeeded();
        await expectNoAxeViolations(wizard, 'workspace region with a warning');
        await expectFormFits(wizard);
        await capture(wizard.page, `region-warning-${colorScheme}-${width}`);

        await wizard.openFromStepList('Virtual network');
        await expect(picker(wizard, 'Region')).toHaveAccessibleDescription(/"marsnorth"/);
        await expectFormFits(wizard);
        await capture(wizard.page, `vnet-region-warning-${colorScheme}-${width}`);

        await wizard.openFromStepList('Compute');
        const size = picker(wizard, 'VM size');
        await wizard.fill(size, 'Standard_NC24ads_A100_v4');
        await expect(size).toHaveAccessibleDescription(/NC A100 v4-series, GPU/);
        await capture(wizard.page, `vm-size-gpu-${colorScheme}-${width}`);
        await wizard.fill(size, 'Standard_Mars1');
        await expect(size).toHaveAccessibleDescription(/"Standard_Mars1"/);
        await expectNoAxeViolations(wizard, 'VM size with a warning');
        await expectFormFits(wizard);
        await capture(wizard.page, `vm-size-warning-${colorScheme}-${width}`);
      });
    }
  });
}
