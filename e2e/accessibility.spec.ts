import { expect, switchColorScheme, test } from './fixtures/test.ts';
import type { StepTitle, WizardPage } from './fixtures/WizardPage.ts';
import { scanAxe } from './fixtures/axe.ts';

const steps: { title: StepTitle; open: (wizard: WizardPage) => Promise<void> }[] = [
  { title: 'Isolation & workspace', open: async () => {} },
  { title: 'Compute', open: (wizard) => wizard.next('Compute') },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const { title, open } of steps) {
      test(`${title} has no axe violations`, async ({ wizard, page }) => {
        await open(wizard);
        // Show an error state too, so error colours are checked.
        const box = title === 'Compute' ? wizard.textbox('Compute name') : wizard.textbox('Workspace name');
        await box.fill('a');
        await expect(box).toHaveAttribute('aria-invalid', 'true');
        const results = await scanAxe(page);
        expect(
          results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) })),
        ).toEqual([]);
      });
    }
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every later step and the review have no axe violations in ${colorScheme} mode`, async ({
    wizard,
    page,
  }) => {
    // Six full-page scans of the richest steps: allow for a busy machine.
    test.setTimeout(120_000);
    await switchColorScheme(page, colorScheme);
    await wizard.next('Compute');
    for (const title of [
      'Virtual network',
      'Subnet',
      'Inbound',
      'Outbound',
      'Tunnelling',
      'Review & export',
    ] as const) {
      await wizard.next(title);
      const results = await scanAxe(page);
      expect(
        results.violations.map(({ id, nodes }) => `${title}: ${id} ${nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);
    }
  });
}

test('the theme follows the system setting while the page is open', async ({ wizard, page }) => {
  await switchColorScheme(page, 'light');
  const panel = wizard.page.getByRole('region', { name: 'Isolation & workspace' });
  const light = await panel.evaluate(
    (element) => getComputedStyle(element.parentElement ?? element).backgroundColor,
  );
  await switchColorScheme(page, 'dark');
  await expect
    .poll(() =>
      panel.evaluate((element) => getComputedStyle(element.parentElement ?? element).backgroundColor),
    )
    .not.toBe(light);
});
