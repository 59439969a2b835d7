import type { Page } from '@playwright/test';
import { FindingsPage } from './fixtures/FindingsPage.ts';
import { expect, switchColorScheme, test } from './fixtures/test.ts';
import type { WizardPage } from './fixtures/WizardPage.ts';
import { scanAxe } from './fixtures/axe.ts';

const TOO_SMALL = 'broken/subnet-too-small.plan.json';

async function openTooSmallSubnet(wizard: WizardPage): Promise<FindingsPage> {
  const findings = new FindingsPage(wizard.page, wizard);
  await findings.importExample(TOO_SMALL);
  await expect(wizard.page.getByText('Plan imported')).toBeVisible();
  return findings;
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await scanAxe(page);
  expect(
    results.violations.map(({ id, nodes }) => ({
      where,
      id,
      nodes: nodes.map((n) => `${n.html} ${n.failureSummary ?? ''}`),
    })),
  ).toEqual([]);
}

test.describe('live findings', () => {
  test('a too-small subnet: listed as an error, "Go to field" lands on the subnet, Next waits for a fix', async ({
    wizard,
    page,
  }) => {
    const findings = await openTooSmallSubnet(wizard);
    const capacity = findings.finding('subnet-capacity', findings.group('Errors'));
    await expect(capacity).toContainText('usable addresses');
    await expect(capacity.getByRole('link', { name: /^Learn more/ })).toHaveAttribute(
      'href',
      /^https:\/\/learn\.microsoft\.com\//,
    );
    await expect(findings.panel).toContainText(/reviewed on \d{1,2} [A-Z][a-z]+ \d{4}/);
    await expect(wizard.stepNavigation.getByRole('button', { name: /^Subnet\s*, 1 error$/ })).toBeVisible();

    await findings.goToField('subnet-capacity');
    await wizard.expectStep('Subnet');
    // The guided form focuses the address prefix itself; the JSON editor it replaces is the step's only control.
    // Wait for the step's form (it loads on demand) before telling which of the two it is.
    await expect(page.getByRole('region', { name: 'Subnet' }).getByRole('textbox').first()).toBeVisible();
    const prefix = page.getByRole('textbox', { name: 'Address prefix' });
    const focused = (await prefix.count()) > 0 ? prefix.first() : page.getByRole('textbox').first();
    await expect(focused).toBeFocused();
    if ((await prefix.count()) > 0) {
      await expect(prefix.first()).toHaveAccessibleDescription(/usable addresses/);
    }

    await wizard.nextButton.click();
    await wizard.expectStep('Subnet');
    await expect(findings.stepSummary).toBeFocused();
    await expect(findings.stepSummary).toContainText("This step can't be left with Next yet.");
    // A finding about the subnet as a whole has no field of its own: the summary lists it.
    await expect(findings.finding('npip-subnet-policies', findings.stepSummary)).toBeVisible();

    // Back and visited steps stay open; fewer nodes make the subnet big enough.
    await wizard.backButton.click();
    await wizard.expectStep('Virtual network');
    await wizard.stepButton('Compute').click();
    await wizard.expectStep('Compute');
    await wizard.fill(wizard.numberBox('Maximum nodes'), '8');
    await expect(findings.group('Errors')).toHaveCount(0);
    await expect(wizard.stepNavigation.getByRole('button', { name: /^Subnet$/ })).toBeVisible();
    await wizard.stepButton('Subnet').click();
    await wizard.expectStep('Subnet');
    await wizard.next('Inbound');
  });

  test('warnings on a step wait for "I understand these warnings", and show on their field', async ({
    wizard,
    page,
  }) => {
    const findings = new FindingsPage(page, wizard);
    await wizard.next('Compute');
    await wizard.radio('Azure Databricks').check();
    const kind = page.getByRole('radiogroup', { name: 'Which compute runs the training jobs' });
    await expect(kind).toHaveAccessibleDescription(/SDK v1/);
    const step = page.getByRole('region', { name: 'Compute' });
    await expect(step.getByRole('link', { name: /^Learn more about dbx-sdk-v1-only/ })).toBeVisible();
    await expect(wizard.stepButton('Compute')).toHaveAccessibleName(/^Compute\s*, 1 warning$/);

    await wizard.nextButton.click();
    await wizard.expectStep('Compute');
    await expect(findings.stepSummary).toBeFocused();
    await expect(findings.stepSummary).toContainText('Read the warnings of this step first.');
    await wizard.acknowledgeWarnings.check();
    await wizard.nextButton.click();
    await wizard.expectStep('Virtual network');
    // Acknowledging is remembered while the warnings stay the same.
    await wizard.backButton.click();
    await expect(wizard.acknowledgeWarnings).toBeChecked();
  });

  test('a compute field shows the finding at its path: SSH open to the internet', async ({
    wizard,
    page,
  }) => {
    await wizard.next('Compute');
    await wizard.toggle('SSH access').check();
    const source = wizard.textbox('Allowed SSH source');
    await wizard.fill(source, '0.0.0.0/0');
    await expect(source).toHaveAccessibleDescription(/SSH is open to the whole internet/);
    // A warning, not a schema error: the value itself is valid.
    await expect(source).not.toHaveAttribute('aria-invalid', 'true');
    await wizard.fill(source, '203.0.113.0/24');
    await expect(source).not.toHaveAccessibleDescription(/whole internet/);
    await expect(page.getByRole('switch', { name: 'SSH access' })).toHaveAccessibleDescription(/TCP 22/);
  });

  test('info notes wait behind their count until asked for, and stay open while the person moves on', async ({
    wizard,
    page,
  }) => {
    const findings = new FindingsPage(page, wizard);
    const info = findings.group('Info');
    await expect(info.getByRole('heading', { name: 'Info (5)' })).toBeVisible();
    await expect(info.getByRole('listitem')).toHaveCount(0);
    const toggle = info.getByRole('button', { name: 'Show all 5 info notes' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(info.getByRole('listitem')).toHaveCount(5);
    const hide = info.getByRole('button', { name: 'Hide the info notes' });
    await expect(hide).toHaveAttribute('aria-expanded', 'true');
    await wizard.next('Compute');
    await expect(info.getByRole('listitem')).not.toHaveCount(0);
    await hide.click();
    await expect(info.getByRole('listitem')).toHaveCount(0);
    await expect(hide).toBeHidden();
  });

  test('the counts are announced politely once they settle', async ({ wizard, page }) => {
    const findings = new FindingsPage(page, wizard);
    await expect(findings.liveRegion).toHaveText('Findings: 0 errors, 0 warnings, 5 info');
    await expect(findings.liveRegion).toHaveAttribute('aria-live', 'polite');
    await wizard.next('Compute');
    await wizard.toggle('Public IP addresses on nodes').check();
    // Not at once: the region waits until the counts stop changing.
    expect(await findings.liveRegion.textContent()).toBe('Findings: 0 errors, 0 warnings, 5 info');
    await expect(findings.liveRegion).toHaveText('Findings: 0 errors, 2 warnings, 4 info');
    await expect(findings.panel.getByRole('heading', { name: 'Warnings (2)' })).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the findings have no axe violations in ${colorScheme} mode, wide and narrow`, async ({
      wizard,
      page,
    }) => {
      await switchColorScheme(page, colorScheme);
      const findings = new FindingsPage(page, wizard);
      // A managed VNet can't attach a virtual machine: an error on the compute step, warnings on the first.
      await wizard.radio('Managed virtual network').check();
      await wizard.next('Compute');
      await wizard.radio('Attached virtual machine').check();
      await expect(findings.group('Errors')).toBeVisible();
      await expect(findings.group('Warnings')).toBeVisible();
      await expect(findings.group('Info')).toBeVisible();
      await wizard.nextButton.click();
      await expect(findings.stepSummary).toBeFocused();
      await expectNoAxeViolations(page, `${colorScheme}, wide`);

      await page.setViewportSize({ width: 390, height: 844 });
      await expect(findings.panel).toHaveCount(0);
      await findings.disclosure.click();
      await expect(findings.disclosure).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('button', { name: 'Go to field' }).first()).toBeVisible();
      await expectNoAxeViolations(page, `${colorScheme}, narrow`);
    });
  }
});
