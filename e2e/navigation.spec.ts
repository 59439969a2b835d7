import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/test.ts';
import { SharePage } from './fixtures/SharePage.ts';
import { stepTitles, WizardPage } from './fixtures/WizardPage.ts';

const subnetTooSmall = readFileSync(
  new URL('../examples/broken/subnet-too-small.plan.json', import.meta.url),
  'utf8',
);

test.describe('free navigation', () => {
  // Imports, share links and a second browser context take a while on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('every step opens from the step list at any time, each with its status', async ({ wizard }) => {
    for (const title of stepTitles) await expect(wizard.stepButton(title)).toBeEnabled();
    await wizard.stepButton('Tunnelling').click();
    await wizard.expectStep('Tunnelling');
    await expect(wizard.stepHeading).toBeFocused();
    await wizard.stepButton('Compute').click();
    await wizard.expectStep('Compute');
    await wizard.stepButton('Review & export').click();
    await wizard.expectStep('Review & export');
  });

  test('a reload comes back to the step that was on screen, with the plan', async ({ wizard, page }) => {
    await wizard.fill(wizard.textbox('Workspace name'), 'resume-ws');
    await wizard.stepButton('Outbound').click();
    await wizard.expectStep('Outbound');
    await page.reload();
    await wizard.expectStep('Outbound');
    await wizard.stepButton('Isolation & workspace').click();
    await expect(wizard.textbox('Workspace name')).toHaveValue('resume-ws');
  });

  test('an imported plan opens on its first step with an error, at the field', async ({ wizard }) => {
    await wizard.stepButton('Inbound').click();
    await wizard.expectStep('Inbound');
    await wizard.importPlan('subnet-too-small.plan.json', subnetTooSmall);
    await wizard.expectStep('Subnet');
    await expect(wizard.textbox('Address prefix')).toBeFocused();
    await expect(wizard.textbox('Address prefix')).toHaveValue('10.0.1.0/28');
  });

  test('a shared plan opens on its first step with an error', async ({ wizard, browser }) => {
    await wizard.importPlan('subnet-too-small.plan.json', subnetTooSmall);
    await wizard.expectStep('Subnet');
    const link = await new SharePage(wizard.page).share();

    // A new visitor: nothing kept in this browser, so only the link decides the step.
    const context = await browser.newContext();
    const visitor = new WizardPage(await context.newPage());
    await visitor.page.goto(link);
    await visitor.expectStep('Subnet');
    await expect(visitor.textbox('Address prefix')).toHaveValue('10.0.1.0/28');
    await context.close();
  });

  test('a skip link, the first Tab stop, goes straight to the step', async ({ wizard, page }) => {
    const skip = page.getByRole('link', { name: 'Skip to the current step' });
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(wizard.stepHeading).toBeFocused();
    // The next Tab lands in the step's form, not back in the header.
    await page.keyboard.press('Tab');
    const inStep = await page.evaluate(
      () => document.activeElement?.closest('section[aria-labelledby="wizard-step-heading"]') !== null,
    );
    expect(inStep).toBe(true);
  });
});
