import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/test.ts';

const cases = [
  {
    what: 'text that is not JSON',
    stored: '{"version": 1, "workspace": ',
    problem: 'This is not valid JSON',
  },
  {
    what: 'a plan that breaks the schema',
    stored: JSON.stringify({ version: 1, workspace: { name: 'x' }, compute: { kind: 'spaceship' } }),
    problem: 'workspace.subscriptionId',
  },
  { what: 'a plan from a newer version', stored: '{"version": 99}', problem: 'newer than this tool reads' },
];

test.describe('autosave', () => {
  test('every change is saved under the versioned key', async ({ wizard }) => {
    expect(await wizard.storedPlan()).toBeNull();
    await wizard.fill(wizard.textbox('Workspace name'), 'saved-ml');
    await expect
      .poll(async () => JSON.parse((await wizard.storedPlan()) ?? '{}')?.workspace?.name)
      .toBe('saved-ml');
  });

  test('a browser that refuses to store gets a warning to export instead', async ({ wizard, page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload();
    const warning = page.getByText('This browser is not keeping your plan');
    await expect(warning).toHaveCount(0);
    await wizard.fill(wizard.textbox('Workspace name'), 'unsaved-ml');
    await expect(warning).toBeVisible();
  });

  for (const { what, stored, problem } of cases) {
    test(`a saved value with ${what} is reported and the wizard starts from the example`, async ({
      wizard,
      page,
    }) => {
      await wizard.setStoredPlan(stored);
      await page.reload();
      await expect(page.getByText('The plan saved in this browser could not be used')).toBeVisible();
      const problems = page.getByRole('list', { name: 'Problems in the saved plan' });
      await expect(problems).toContainText(problem);
      await expect(wizard.textbox('Workspace name')).toHaveValue('contoso-ml');

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download saved plan' }).click();
      expect(await readFile(await (await download).path(), 'utf8')).toBe(stored);

      await page.getByRole('button', { name: 'Dismiss' }).click();
      await expect(problems).toBeHidden();
    });
  }
});
