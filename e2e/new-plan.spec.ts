import type { Page } from '@playwright/test';
import { parsePlanText } from '../src/core/index.ts';
import { FindingsPage } from './fixtures/FindingsPage.ts';
import { GalleryPage } from './fixtures/GalleryPage.ts';
import { SharePage } from './fixtures/SharePage.ts';
import { expect, switchColorScheme, test } from './fixtures/test.ts';
import { OWN_WORKSPACE, type WizardPage } from './fixtures/WizardPage.ts';
import { scanAxe } from './fixtures/axe.ts';

const EXAMPLE_SUBSCRIPTION = '11111111-2222-3333-4444-555555555555';

const exampleNotice = (page: Page) => page.getByText('Example plan', { exact: true });

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await scanAxe(page);
  expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual(
    [],
  );
}

/** The plan as exported now, parsed; fails the test when it isn't a valid plan. */
async function exported(wizard: WizardPage) {
  const file = await wizard.exportPlan();
  const parsed = parsePlanText(file.text);
  if (!parsed.ok) throw new Error(`The exported plan is not valid: ${JSON.stringify(parsed.errors)}`);
  return { fileName: file.fileName, text: file.text, plan: parsed.plan };
}

test.describe('a new plan', () => {
  test('the starting plan says it is an example, and a new plan holds only what the person gave', async ({
    wizard,
    page,
  }) => {
    await expect(exampleNotice(page)).toBeVisible();
    await expect(page.getByText(/workspace, subscription and network names are made up/)).toBeVisible();
    await expect(wizard.textbox('Subscription id')).toHaveValue(EXAMPLE_SUBSCRIPTION);

    await page.getByRole('button', { name: 'Start a new plan' }).click();
    const dialog = wizard.newPlanDialog;
    await expect(wizard.box('Workspace name', dialog)).toBeFocused();
    await wizard.box('Subscription id', dialog).fill('my-subscription');
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    // Nothing is made: every box says what it needs, and focus goes to the first one to fix.
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Enter the name of your workspace.')).toBeVisible();
    await expect(dialog.getByText(/A subscription id is a GUID/)).toBeVisible();
    await expect(dialog.getByText('Enter the resource group of the workspace.')).toBeVisible();
    await expect(dialog.getByText(/Enter the region of the workspace/)).toBeVisible();
    await expect(wizard.box('Workspace name', dialog)).toBeFocused();
    await expect(wizard.box('Subscription id', dialog)).toHaveValue('my-subscription');

    await wizard.box('Workspace name', dialog).fill(OWN_WORKSPACE.name);
    await wizard.box('Subscription id', dialog).fill(` ${OWN_WORKSPACE.subscriptionId} `);
    await wizard.box('Resource group', dialog).fill(OWN_WORKSPACE.resourceGroup);
    await wizard.box('Region', dialog).fill('West Europe');
    await expect(dialog.getByText(/Use the ARM region name in lower case/)).toBeVisible();
    await wizard.box('Region', dialog).fill(OWN_WORKSPACE.region);
    await expect(wizard.box('Region', dialog)).toHaveAttribute('list', /.+/);
    await expect(dialog.getByText('West Europe, in the Azure public cloud.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Create plan' }).click();

    await expect(dialog).toBeHidden();
    await wizard.expectStep('Isolation & workspace');
    await expect(wizard.stepHeading).toBeFocused();
    await expect(page.getByText(`Started a new plan for ${OWN_WORKSPACE.name}`)).toBeVisible();
    // The example it replaced was nobody's work: nothing to undo.
    await expect(new SharePage(page).undoButton).toHaveCount(0);
    await expect(exampleNotice(page)).toHaveCount(0);
    await expect(wizard.textbox('Subscription id')).toHaveValue(OWN_WORKSPACE.subscriptionId);
    await expect(wizard.textbox('Resource group')).toHaveValue(OWN_WORKSPACE.resourceGroup);
    await expect(wizard.box('Region')).toHaveValue(OWN_WORKSPACE.region);
    await expect(new FindingsPage(page, wizard).liveRegion).toHaveText(
      /^Findings: 0 errors, 0 warnings, \d+ info$/,
    );

    const { fileName, text, plan } = await exported(wizard);
    expect(fileName).toBe(`${OWN_WORKSPACE.name}.plan.json`);
    expect(text).not.toContain('1111');
    expect(text).not.toMatch(/contoso/i);
    expect(plan.network?.vnet).toMatchObject({ mode: 'new', name: 'research-ml-vnet', region: 'westeurope' });

    await wizard.next('Compute');
    await wizard.next('Virtual network');
    await expect(wizard.textbox('Virtual network name')).toHaveValue('research-ml-vnet');
  });

  test("replacing the person's own plan can be undone", async ({ wizard, page }) => {
    await wizard.fill(wizard.textbox('Subscription id'), OWN_WORKSPACE.subscriptionId);
    await expect(exampleNotice(page)).toHaveCount(0);
    await wizard.fill(wizard.textbox('Workspace name'), 'draft-ml');
    await wizard.expectSavedWorkspaceName('draft-ml');

    await wizard.newPlan({ ...OWN_WORKSPACE, name: 'second-ml' });
    const share = new SharePage(page);
    await share.undoButton.click();
    await expect(wizard.textbox('Workspace name')).toHaveValue('draft-ml');
    await wizard.expectSavedWorkspaceName('draft-ml');
  });

  test('a loaded example is labelled too, until the subscription is your own', async ({ wizard, page }) => {
    await wizard.newPlan(OWN_WORKSPACE);
    await expect(exampleNotice(page)).toHaveCount(0);
    const gallery = new GalleryPage(page);
    await gallery.open();
    await gallery.load('Serverless compute in your subnet');
    await expect(exampleNotice(page)).toBeVisible();
    await wizard.fill(wizard.textbox('Subscription id'), OWN_WORKSPACE.subscriptionId);
    await expect(exampleNotice(page)).toHaveCount(0);
    // A reload keeps it: the label follows the plan, not the visit.
    await wizard.expectSavedWorkspaceName('contoso-ml');
    await page.reload();
    await expect(wizard.textbox('Subscription id')).toHaveValue(OWN_WORKSPACE.subscriptionId);
    await expect(exampleNotice(page)).toHaveCount(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the dialog and the notice pass axe in ${colorScheme}`, async ({ wizard, page }) => {
      await switchColorScheme(page, colorScheme);
      await expectNoAxeViolations(page);
      await wizard.newPlanButton.click();
      await wizard.newPlanDialog.getByRole('button', { name: 'Create plan' }).click();
      await expect(wizard.newPlanDialog.getByText('Enter the name of your workspace.')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
