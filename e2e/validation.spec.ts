import { expect, test } from './fixtures/test.ts';

test.describe('field validation', () => {
  test('a bad compute name shows the naming rule on the field until it is fixed', async ({ wizard }) => {
    await wizard.next('Compute');
    const name = wizard.textbox('Compute name');

    await name.fill('cpu-1');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/must not end with a hyphen followed by digits/);

    await name.fill('ab');
    await expect(name).toHaveAccessibleDescription('The compute name is too short: use 3–24 characters.');

    await name.fill('gpu-cluster');
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await expect(name).not.toHaveAccessibleDescription(/characters|hyphen/);
  });

  test('typing past the length limit keeps one alert, not one per key', async ({ wizard }) => {
    await wizard.next('Compute');
    const name = wizard.textbox('Compute name');
    await name.fill('gpu-cluster-for-the-vision');
    const message = 'The compute name is too long: use 3–24 characters.';
    await expect(name).toHaveAccessibleDescription(message);
    const alert = wizard.page.getByRole('alert').filter({ hasText: message });
    // Nothing in the alert changes while the name stays too long: a screen reader announces it once.
    await alert.evaluate((node) => {
      const seen = { mutations: 0 };
      (window as unknown as { alertMutations: typeof seen }).alertMutations = seen;
      new MutationObserver((records) => (seen.mutations += records.length)).observe(node, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await name.press('End');
    await name.pressSequentially('-team', { delay: 20 });
    await expect(name).toHaveValue('gpu-cluster-for-the-vision-team');
    await expect(name).toHaveAccessibleDescription(message);
    expect(
      await alert.evaluate(
        () => (window as unknown as { alertMutations: { mutations: number } }).alertMutations.mutations,
      ),
    ).toBe(0);
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
