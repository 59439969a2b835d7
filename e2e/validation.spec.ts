import { expect, test } from './fixtures/test.ts';

test.describe('field validation', () => {
  test('a bad compute name shows the naming rule on the field until it is fixed', async ({ wizard }) => {
    await wizard.next('Compute');
    const name = wizard.textbox('Compute name');

    await name.fill('cpu-1');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/must not end with a hyphen followed by digits/);

    await name.fill('ab');
    await expect(name).toHaveAccessibleDescription(/must be 3–24 characters long; "ab" has 2/);

    await name.fill('gpu-cluster');
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await expect(name).not.toHaveAccessibleDescription(/characters long|hyphen/);
  });

  test('an invalid step cannot be left, and focus goes to the problem', async ({ wizard }) => {
    await wizard.next('Compute');
    const name = wizard.textbox('Compute name');
    await name.fill('x');
    await wizard.nextButton.click();
    await expect(wizard.stepHeading).toHaveText('Compute');
    await expect(name).toBeFocused();
    await name.fill('gpu-cluster');
    await wizard.next('Virtual network');
  });

  test('number fields say what is wrong in words', async ({ wizard }) => {
    await wizard.next('Compute');
    const maxNodes = wizard.numberBox('Maximum nodes');
    await maxNodes.fill('');
    await expect(maxNodes).toHaveAccessibleDescription(/Enter a value/);
    await maxNodes.fill('0');
    await expect(maxNodes).toHaveAccessibleDescription(/Enter 1 or more/);
    await maxNodes.fill('4');
    const minNodes = wizard.numberBox('Minimum nodes');
    await minNodes.fill('5');
    await expect(minNodes).toHaveAccessibleDescription(/minNodes \(5\) can't be larger than maxNodes \(4\)/);
    await maxNodes.fill('8');
    await expect(minNodes).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('edits survive a reload', async ({ wizard, page }) => {
    await wizard.fill(wizard.textbox('Workspace name'), 'research-ml');
    await wizard.next('Compute');
    await wizard.fill(wizard.textbox('Compute name'), 'gpu-cluster');
    await wizard.fill(wizard.numberBox('Maximum nodes'), '12');
    await page.reload();
    // The reload comes back to the step that was on screen.
    await wizard.expectStep('Compute');
    await expect(wizard.textbox('Compute name')).toHaveValue('gpu-cluster');
    await expect(wizard.numberBox('Maximum nodes')).toHaveValue('12');
    await wizard.backButton.click();
    await wizard.expectStep('Isolation & workspace');
    await expect(wizard.textbox('Workspace name')).toHaveValue('research-ml');
  });
});
