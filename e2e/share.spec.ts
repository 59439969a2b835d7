import type { Browser, Page } from '@playwright/test';
import { expect, switchColorScheme, test } from './fixtures/test.ts';
import { SharePage } from './fixtures/SharePage.ts';
import { WizardPage } from './fixtures/WizardPage.ts';
import { scanAxe } from './fixtures/axe.ts';

const pageErrors = new WeakMap<Page, string[]>();

/** A page in a new browser context: no saved plan, nothing shared with the first page. */
async function freshPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  pageErrors.set(page, errors);
  return page;
}

/** Closes a fresh page's context; any uncaught error in that page fails the test. */
async function closeFresh(page: Page): Promise<void> {
  await page.context().close();
  expect(pageErrors.get(page), 'uncaught errors in the fresh page').toEqual([]);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await scanAxe(page);
  expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual(
    [],
  );
}

/** The link with one character of its data changed. */
function tampered(link: string): string {
  const at = link.indexOf('#plan=v1.') + 20;
  const changed = link.charAt(at) === 'A' ? 'B' : 'A';
  return link.slice(0, at) + changed + link.slice(at + 1);
}

test.describe('share links', () => {
  test('a shared link opens the same plan in a fresh browser, and leaves the address clean', async ({
    wizard,
    browser,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await wizard.fill(wizard.textbox('Workspace name'), 'shared-ml');
    await wizard.next('Compute');
    await wizard.fill(wizard.textbox('Compute name'), 'shared-cluster');
    const share = new SharePage(wizard.page);
    const link = await share.share();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#plan=v1\.[A-Za-z0-9_-]+$/);
    await expect(share.dialog.getByText('Link copied to the clipboard.')).toBeVisible();
    expect(await wizard.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await share.close();
    await expect(share.shareButton).toBeFocused();

    const page = await freshPage(browser, baseURL);
    const other = new WizardPage(page);
    await page.goto(link);
    await expect(new SharePage(page).notice('Opened the shared plan')).toBeVisible();
    await expect(new SharePage(page).undoButton).toHaveCount(0);
    await expect(other.textbox('Workspace name')).toHaveValue('shared-ml');
    await other.next('Compute');
    await expect(other.textbox('Compute name')).toHaveValue('shared-cluster');
    expect(new URL(page.url()).hash).toBe('');
    expect(JSON.parse((await other.storedPlan()) ?? '{}')).toMatchObject({
      workspace: { name: 'shared-ml' },
    });
    await closeFresh(page);
  });

  test('opening a link over your own draft can be undone', async ({ wizard, browser, baseURL }) => {
    await wizard.fill(wizard.textbox('Workspace name'), 'from-link');
    const link = await new SharePage(wizard.page).share();

    const page = await freshPage(browser, baseURL);
    const other = new WizardPage(page);
    await other.goto();
    await other.fill(other.textbox('Workspace name'), 'my-draft');
    await other.expectSavedWorkspaceName('my-draft');
    await page.goto(link);
    const share = new SharePage(page);
    await expect(other.textbox('Workspace name')).toHaveValue('from-link');
    await share.undoButton.click();
    await expect(share.notice('Your draft is back')).toBeVisible();
    await expect(other.textbox('Workspace name')).toHaveValue('my-draft');
    await closeFresh(page);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a tampered link keeps the draft and says what is wrong (${colorScheme})`, async ({
      wizard,
      browser,
      baseURL,
    }) => {
      const link = await new SharePage(wizard.page).share();

      const page = await freshPage(browser, baseURL);
      await switchColorScheme(page, colorScheme);
      const other = new WizardPage(page);
      await other.goto();
      await other.fill(other.textbox('Workspace name'), 'my-draft');
      await other.expectSavedWorkspaceName('my-draft');
      const draft = await other.storedPlan();

      await page.goto(tampered(link));
      const share = new SharePage(page);
      await expect(share.notice('The shared link could not be opened')).toBeVisible();
      await expect(share.problems).toHaveText([/damaged/]);
      await expect(other.textbox('Workspace name')).toHaveValue('my-draft');
      expect(await other.storedPlan()).toBe(draft);
      expect(new URL(page.url()).hash).toBe('');
      await expectNoAxeViolations(page);

      // A link of an unknown format, pasted into the address bar of the open page.
      await page.goto(`${link.split('#')[0]}#plan=v9.AAAA`);
      await expect(share.problems).toHaveText([/share format v9/]);
      await expect(other.textbox('Workspace name')).toHaveValue('my-draft');
      await closeFresh(page);
    });
  }

  test('the Share dialog has no axe violations in light and dark', async ({ wizard, page }) => {
    const share = new SharePage(wizard.page);
    await share.share();
    await expectNoAxeViolations(page);
    await switchColorScheme(page, 'dark');
    await expectNoAxeViolations(page);
  });
});
