import { parsePlanText } from '../src/core/index.ts';
import { expect, test } from './fixtures/test.ts';
import { OWN_WORKSPACE } from './fixtures/WizardPage.ts';

test.describe('plan file', () => {
  test('export downloads <workspace>.plan.json that parses and carries the edits; import brings them back', async ({
    wizard,
  }) => {
    await wizard.fill(wizard.textbox('Workspace name'), 'research-ml');
    await wizard.next('Compute');
    await wizard.fill(wizard.textbox('Compute name'), 'gpu-cluster');

    const exported = await wizard.exportPlan();
    expect(exported.fileName).toBe('research-ml.plan.json');
    const parsed = parsePlanText(exported.text);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(parsed.ok && parsed.plan.workspace.name).toBe('research-ml');
    expect(parsed.ok && parsed.plan.compute).toMatchObject({ kind: 'computeCluster', name: 'gpu-cluster' });

    await wizard.newPlan(OWN_WORKSPACE);

    await wizard.importPlan(exported.fileName, exported.text);
    await expect(
      wizard.page.getByText('The wizard now shows the plan from research-ml.plan.json.'),
    ).toBeVisible();
    await expect(wizard.textbox('Workspace name')).toHaveValue('research-ml');
    expect((await wizard.exportPlan()).text).toBe(exported.text);
  });

  test('an invalid file lists every problem and leaves the plan untouched', async ({ wizard }) => {
    await wizard.fill(wizard.textbox('Workspace name'), 'kept-ml');
    const before = (await wizard.exportPlan()).text;
    const broken = JSON.parse(before) as {
      workspace: Record<string, unknown>;
      compute: Record<string, unknown>;
    };
    broken.workspace.region = 'East US 2';
    broken.compute.name = 'cpu-1';
    broken.compute.colour = 'blue';

    await wizard.importPlan('broken.json', JSON.stringify(broken));
    const problems = wizard.page.getByRole('list', { name: 'Problems in the imported file' });
    await expect(problems).toBeVisible();
    await expect(problems.getByRole('listitem')).toHaveCount(3);
    await expect(problems).toContainText('workspace.region: Use the ARM region name');
    await expect(problems).toContainText('compute.name: The compute name must not end with a hyphen');
    await expect(problems).toContainText('compute.colour: Unknown field "colour"');
    await expect(wizard.page.getByText('Your current plan is unchanged.')).toBeVisible();
    await expect(wizard.textbox('Workspace name')).toHaveValue('kept-ml');
    expect((await wizard.exportPlan()).text).toBe(before);
    expect(await wizard.storedPlan()).toBe(before);
  });

  test('a long file name wraps in the notice instead of widening a phone page', async ({ wizard, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const { text } = await wizard.exportPlan();
    const fileName =
      'research-workspace-for-the-vision-team-in-west-europe-with-private-networking.plan.json';
    await wizard.importPlan(fileName, text);
    await expect(page.getByText(`The wizard now shows the plan from ${fileName}.`)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'page wider than the window').toBeLessThanOrEqual(0);
  });

  test('a file that is not JSON says so', async ({ wizard }) => {
    await wizard.importPlan('notes.txt', 'version: 1');
    const problems = wizard.page.getByRole('list', { name: 'Problems in the imported file' });
    await expect(problems).toContainText('This is not valid JSON');
  });

  test('the header says whether the plan is kept in this browser', async ({ wizard, page }) => {
    const status = page.getByRole('banner').getByText(/saved/i);
    await expect(status).toHaveText('Not saved until you change something');
    await wizard.fill(wizard.textbox('Workspace name'), 'kept-ml');
    await expect(status).toHaveText(/^Saved in this browser at \d{1,2}[:.]\d{2}/);
    await wizard.expectSavedWorkspaceName('kept-ml');
    await page.reload();
    await expect(status).toHaveText('Saved in this browser');
  });

  test('New plan asks first, and Cancel changes nothing', async ({ wizard }) => {
    await wizard.fill(wizard.textbox('Workspace name'), 'kept-ml');
    await wizard.newPlanButton.click();
    await wizard.box('Workspace name', wizard.newPlanDialog).fill('other-ml');
    await wizard.newPlanDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(wizard.newPlanDialog).toBeHidden();
    await expect(wizard.newPlanButton).toBeFocused();
    await expect(wizard.textbox('Workspace name')).toHaveValue('kept-ml');
  });
});
