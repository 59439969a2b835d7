import type { Locator } from '@playwright/test';
import { OTHER_SUB, SUB } from './fixtures/fakeArmData.ts';
import { TEST_CLIENT_ID, TEST_TENANT } from './fixtures/oidc.ts';
import { expect, test } from './fixtures/signedIn.ts';
import { WizardPage } from './fixtures/WizardPage.ts';

// A real sign-in and several ARM reads: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** The suggestions a box offers: its datalist's options as value and label. */
async function suggestions(box: Locator): Promise<{ value: string; label: string }[]> {
  return box.evaluate((input) => {
    const list = (input as HTMLInputElement).list;
    return list ? [...list.options].map((option) => ({ value: option.value, label: option.label })) : [];
  });
}

/** The sentence under a box (its hint). */
const hintOf = (box: Locator) =>
  box.evaluate((input) => {
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  });

test('signed in, the boxes suggest what the account holds, and stop on sign-out', async ({ audit, page }) => {
  const wizard = new WizardPage(page);
  await audit.openSignIn();
  await audit.signIn(TEST_CLIENT_ID, TEST_TENANT);
  await audit.azureDialog.getByRole('button', { name: 'Close' }).click();
  await expect(audit.azureDialog).toBeHidden();

  // The starting plan names the subscription the fake account holds.
  const subscription = wizard.box('Subscription id');
  await expect
    .poll(() => suggestions(subscription))
    .toEqual([
      { value: SUB, label: 'Contoso ML' },
      { value: OTHER_SUB, label: 'Sandbox' },
    ]);
  await expect.poll(() => hintOf(subscription)).toContain('Contoso ML (Enabled), in your account.');

  const group = wizard.box('Resource group');
  await expect
    .poll(() => suggestions(group))
    .toEqual([
      { value: 'ml-rg', label: 'eastus2' },
      { value: 'net-rg', label: 'westeurope' },
    ]);
  await expect
    .poll(() => hintOf(group))
    .toContain('An existing resource group of this subscription, in eastus2.');
  // The regions the subscription can deploy to, not the wizard's catalogue of every cloud.
  const region = wizard.box('Region');
  await expect
    .poll(() => suggestions(region))
    .toEqual([
      { value: 'eastus2', label: 'East US 2' },
      { value: 'westeurope', label: 'West Europe' },
    ]);
  await expect
    .poll(() => hintOf(region))
    .toContain('East US 2, in the Azure public cloud. Offered to your subscription.');

  await wizard.fill(group, 'new-rg');
  await expect
    .poll(() => hintOf(group))
    .toContain('This subscription has no resource group of this name yet.');

  await wizard.next('Compute');
  const size = wizard.box('VM size');
  // Azure Machine Learning's list for the subscription in eastus2, not the wizard's catalogue.
  await expect
    .poll(() => suggestions(size))
    .toEqual([{ value: 'Standard_DS3_v2', label: '4 vCPUs · standardDSv2Family' }]);
  await expect
    .poll(() => hintOf(size))
    .toContain(
      'DSv2-series, general purpose: 4 vCPUs, 14 GiB of memory. Offered to your subscription in eastus2.',
    );
  await wizard.fill(size, 'Standard_E4s_v3');
  await expect.poll(() => hintOf(size)).toContain('doesn’t offer this size to your subscription in eastus2');

  await audit.signInButton
    .or(page.getByRole('button', { name: /^Azure: / }))
    .first()
    .click();
  await audit.azureDialog.getByRole('button', { name: 'Sign out' }).click();
  await audit.azureDialog.getByRole('button', { name: 'Close' }).click();
  // Signed out, the catalogue speaks again.
  await expect.poll(async () => (await suggestions(size)).length).toBeGreaterThan(20);
  await expect.poll(() => hintOf(size)).toContain('Esv3-series');
  await wizard.openFromStepList('Isolation & workspace');
  await expect.poll(() => suggestions(wizard.box('Subscription id'))).toEqual([]);
  await expect.poll(async () => (await suggestions(wizard.box('Region'))).length).toBeGreaterThan(50);
});
