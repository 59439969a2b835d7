import { parsePlanText } from '../src/core/index.ts';
import { expect, test } from './fixtures/test.ts';

test.describe('steps without their guided form yet', () => {
  test('the section JSON is checked against the plan format and committed when valid', async ({ wizard }) => {
    await wizard.next('Compute');
    await wizard.next('Virtual network');
    const json = wizard.page.getByRole('textbox', { name: 'network.vnet (JSON)' });
    const vnet = JSON.parse(await json.inputValue()) as Record<string, unknown>;

    await json.fill(JSON.stringify({ ...vnet, name: '-bad' }));
    await expect(json).toHaveAttribute('aria-invalid', 'true');
    await expect(json).toHaveAccessibleDescription(
      /name: The virtual network name must start with a letter or digit/,
    );

    await json.fill('{ "mode": ');
    await expect(json).toHaveAccessibleDescription(/This is not valid JSON/);

    await json.fill(JSON.stringify({ ...vnet, name: 'research-vnet' }));
    await expect(json).not.toHaveAttribute('aria-invalid', 'true');
    const parsed = parsePlanText((await wizard.exportPlan()).text);
    expect(parsed.ok && parsed.plan.network?.vnet.name).toBe('research-vnet');
  });

  test('review shows the plan that will be exported', async ({ wizard }) => {
    for (const title of [
      'Compute',
      'Virtual network',
      'Subnet',
      'Inbound',
      'Outbound',
      'Tunnelling',
    ] as const) {
      await wizard.next(title);
    }
    await wizard.next('Review & export');
    const shown = await wizard.page.getByRole('region', { name: 'Plan file' }).textContent();
    expect(shown).toBe((await wizard.exportPlan()).text);
  });
});
