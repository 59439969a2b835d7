import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/test.ts';

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('The element was not reached with the keyboard.');
}

test.describe('keyboard', () => {
  test('steps can be walked and revisited with the keyboard alone', async ({ wizard, page }) => {
    await expect(wizard.stepButton('Compute')).toBeDisabled();

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
    await expect(visited).toBeEnabled();
    await expect(wizard.stepButton('Subnet')).toBeDisabled();
    await tabTo(page, visited, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await wizard.expectStep('Virtual network');
  });

  test('compute kinds are chosen with the arrow keys', async ({ wizard, page }) => {
    await wizard.next('Compute');
    await tabTo(page, wizard.radio('Compute cluster'));
    await page.keyboard.press('ArrowDown');
    await expect(wizard.radio('Compute instance')).toBeChecked();
    await expect(wizard.numberBox('Minimum nodes')).toHaveCount(0);
  });
});
