import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, switchColorScheme, test } from './fixtures/test.ts';
import { GalleryPage } from './fixtures/GalleryPage.ts';
import { SharePage } from './fixtures/SharePage.ts';
import { scanAxe } from './fixtures/axe.ts';

/** The working examples the gallery lists: every plan file at the top of `examples/`. */
const WORKING_EXAMPLES = readdirSync(new URL('../examples/', import.meta.url)).filter((name) =>
  name.endsWith('.plan.json'),
).length;

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await scanAxe(page);
  expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual(
    [],
  );
}

test.describe('examples gallery', () => {
  test('lists working and broken examples, each with its lesson', async ({ wizard }) => {
    const gallery = new GalleryPage(wizard.page);
    await gallery.open();
    const working = gallery.group('Working setups').getByRole('button', { name: /^Load / });
    const broken = gallery.group('Broken on purpose — find the fix').getByRole('button', { name: /^Load / });
    await expect(working).toHaveCount(WORKING_EXAMPLES);
    await expect(broken).toHaveCount(5);
    await expect(
      gallery.dialog.getByRole('button', { name: 'Load Subnet too small', exact: true }),
    ).toHaveAccessibleDescription(/A \/28 leaves 11 usable addresses/);
    await gallery.close();
    await expect(gallery.examplesButton).toBeFocused();
  });

  test('loads a working example at the first step, then a broken one at its error', async ({ wizard }) => {
    const gallery = new GalleryPage(wizard.page);
    const notices = new SharePage(wizard.page);
    await wizard.next('Compute');

    await gallery.open();
    await gallery.load('Compute instance with SSH from one range');
    await expect(
      notices.notice('Loaded the example “Compute instance with SSH from one range”'),
    ).toBeVisible();
    await wizard.expectStep('Isolation & workspace');
    await expect(wizard.stepHeading).toBeFocused();
    await wizard.next('Compute');
    await expect(wizard.textbox('Compute name')).toHaveValue('alice-ci');

    await gallery.open();
    await gallery.load('Subnet too small');
    await wizard.expectStep('Subnet');
    await expect(wizard.page.getByText(/opened the Subnet step, where the error shows/)).toBeVisible();
    await expect(wizard.page.getByText(/has 11 usable addresses/).first()).toBeVisible();
    // The compute instance example it replaced is the person's draft now, so it can come back.
    await notices.undoButton.click();
    await expect(notices.notice('Your draft is back')).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the gallery and a broken example have no axe violations (${colorScheme})`, async ({
      wizard,
      page,
    }) => {
      await switchColorScheme(page, colorScheme);
      const gallery = new GalleryPage(wizard.page);
      await gallery.open();
      await expectNoAxeViolations(page);
      await gallery.load('Deny-all outbound rule at priority 100');
      await wizard.expectStep('Outbound');
      await expectNoAxeViolations(page);
    });
  }
});
