import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures/test.ts';
import { stepTitles } from './fixtures/WizardPage.ts';

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 150; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('The element was not reached with the keyboard.');
}

test.describe('keyboard', () => {
  test('steps can be walked and revisited with the keyboard alone', async ({ wizard, page }) => {
    // Tab by tab through every step of the list takes a while on a busy machine.
    test.setTimeout(90_000);
    // Every step can be opened from the list, even one not reached with Next yet.
    await expect(wizard.stepButton('Subnet')).toBeEnabled();

    await tabTo(page, wizard.nextButton);
    await page.keyboard.press('Enter');
    await wizard.expectStep('Compute');
    await expect(wizard.stepHeading).toBeFocused();

    await tabTo(page, wizard.nextButton);
    await page.keyboard.press('Space');
    await wizard.expectStep('Virtual network');
    await expect(wizard.stepHeading).toBeFocused();

    const first = wizard.stepButton('Isolation & workspace');
    await tabTo(page, first, 'Shift+Tab');
    // Fluent draws the keyboard focus ring as a border on ::after.
    expect(await first.evaluate((element) => getComputedStyle(element, '::after').borderTopStyle)).toBe(
      'solid',
    );
    await page.keyboard.press('Enter');
    await wizard.expectStep('Isolation & workspace');
    await expect(wizard.stepHeading).toBeFocused();

    const visited = wizard.stepButton('Virtual network');
    await tabTo(page, visited, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await wizard.expectStep('Virtual network');

    const ahead = wizard.stepButton('Subnet');
    await tabTo(page, ahead, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await wizard.expectStep('Subnet');
    await expect(wizard.stepHeading).toBeFocused();
  });

  test('compute kinds are chosen with the arrow keys', async ({ wizard, page }) => {
    await wizard.next('Compute');
    await tabTo(page, wizard.radio('Compute cluster'));
    await page.keyboard.press('ArrowDown');
    await expect(wizard.radio('Compute instance')).toBeChecked();
    await expect(wizard.numberBox('Minimum nodes')).toHaveCount(0);
  });

  test('a whole plan, from the first step to the downloaded zip, with the keyboard alone', async ({
    wizard,
    page,
  }) => {
    // Eight steps walked one key at a time, then the review's generated files: allow for a busy machine.
    test.setTimeout(120_000);
    for (const title of stepTitles.slice(1)) {
      const acknowledge = page.getByRole('checkbox', { name: 'I understand these warnings' });
      if ((await acknowledge.count()) > 0 && !(await acknowledge.isChecked())) {
        await tabTo(page, acknowledge);
        await page.keyboard.press('Space');
        await expect(acknowledge).toBeChecked();
      }
      await tabTo(page, wizard.nextButton);
      await page.keyboard.press('Enter');
      await wizard.expectStep(title);
      await expect(wizard.stepHeading).toBeFocused();
    }
    const zipButton = page.getByRole('button', { name: 'Download all as zip' });
    await tabTo(page, zipButton);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await (await download).path();
    const names = Object.keys(unzipSync(new Uint8Array(readFileSync(file))));
    expect(names.some((name) => name.endsWith('azuredeploy.json'))).toBe(true);
    expect(names.some((name) => name.endsWith('deploy.sh'))).toBe(true);
  });
});
