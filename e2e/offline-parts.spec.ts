import type { Page } from '@playwright/test';
import { expect, switchColorScheme, test } from './fixtures/test.ts';
import type { WizardPage } from './fixtures/WizardPage.ts';
import { capture } from './fixtures/capture.ts';

/** From now on every script the page hasn't loaded yet fails, as when offline or after a deploy replaced the chunks. */
async function cutScripts(page: Page): Promise<void> {
  await page.route('**/assets/*.js', (route) => route.abort('internetdisconnected'));
}

async function restoreScripts(page: Page): Promise<void> {
  await page.unrouteAll({ behavior: 'wait' });
}

/** Types a workspace name and waits until the plan is checked, so the checks' own code is already here. */
async function enterName(wizard: WizardPage, name: string): Promise<void> {
  await wizard.fill(wizard.textbox('Workspace name'), name);
  await wizard.checked();
}

test('a dialog whose code is slow to arrive says it is opening, then opens', async ({ wizard }) => {
  const page = wizard.page;
  await page.route('**/assets/GalleryDialog-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.getByRole('button', { name: 'Examples' }).click();
  const opening = page.getByRole('status').filter({ hasText: 'Opening “Examples”…' });
  await expect(opening).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Example plans' })).toBeVisible({ timeout: 10_000 });
  await expect(opening).toHaveCount(0);
});

test.describe('a part whose code cannot be fetched after the first load', () => {
  test('a step says so, keeps the page and the plan, and shows once Retry can fetch it', async ({
    wizard,
  }) => {
    const page = wizard.page;
    await enterName(wizard, 'offline-ws');
    await cutScripts(page);
    await wizard.nextButton.click();

    const failure = page.getByText('This step could not be loaded');
    await expect(failure).toBeVisible();
    await expect(page.getByText(/could not be fetched: you may be offline/)).toBeVisible();
    // The page is still there around the message: header actions, step list, the step's heading and Back.
    await expect(wizard.stepHeading).toHaveText('Compute');
    await expect(page.getByRole('button', { name: 'Export plan' })).toBeVisible();
    await expect(wizard.backButton).toBeEnabled();
    await capture(wizard.page, 'step-failed-light-1280');

    // Still offline: Retry fails again and says so, rather than blanking the page.
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByText(/It failed again: check your connection/)).toBeVisible();

    await restoreScripts(page);
    await page.getByRole('button', { name: 'Retry' }).click();
    // Chromium keeps a failed module download for the page's life: a fresh import of the step's own chunk
    // still meets its failed dependencies, so the boundary offers a reload, which keeps the plan and the step.
    await expect(page.getByText(/If you are online and it still fails, reload the page/)).toBeVisible();
    await page.getByRole('button', { name: 'Reload page' }).click();
    await expect(failure).toHaveCount(0);
    await expect(page.getByText('Loading this step…')).toHaveCount(0);
    await expect(page.getByRole('radio').first()).toBeVisible();

    await wizard.backButton.click();
    await wizard.expectStep('Isolation & workspace');
    await expect(wizard.textbox('Workspace name')).toHaveValue('offline-ws');
  });

  test('a dialog says so over the page, and Close puts the message away', async ({ wizard }) => {
    const page = wizard.page;
    await enterName(wizard, 'dialog-ws');
    await cutScripts(page);
    await page.getByRole('button', { name: 'Share' }).click();

    const failure = page.getByText('The “Share” dialog could not be loaded');
    await expect(failure).toBeVisible();
    await expect(wizard.stepHeading).toHaveText('Isolation & workspace');
    await expect(wizard.textbox('Workspace name')).toHaveValue('dialog-ws');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(failure).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();

    await wizard.newPlanButton.click();
    await expect(page.getByText('The “New plan” dialog could not be loaded')).toBeVisible();
    await restoreScripts(page);
    await page.getByRole('button', { name: 'Retry' }).click();
    // As for a step: the failed downloads stay failed until a reload, which keeps the plan.
    await page.getByRole('button', { name: 'Reload page' }).click();
    await expect(wizard.textbox('Workspace name')).toHaveValue('dialog-ws');
    await wizard.newPlanButton.click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the message reads well at 390 px, ${colorScheme}`, async ({ wizard }) => {
      const page = wizard.page;
      await page.setViewportSize({ width: 390, height: 844 });
      await switchColorScheme(page, colorScheme);
      await enterName(wizard, 'narrow-ws');
      await cutScripts(page);
      await wizard.nextButton.click();
      await expect(page.getByText('This step could not be loaded')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'page wider than the window').toBeLessThanOrEqual(0);
      await capture(wizard.page, `step-failed-${colorScheme}-390`);
      await page.getByRole('button', { name: 'Share' }).click();
      await expect(page.getByText('The “Share” dialog could not be loaded')).toBeVisible();
      await capture(wizard.page, `dialog-failed-${colorScheme}-390`);
    });
  }
});
