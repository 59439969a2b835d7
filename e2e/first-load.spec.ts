import { styleBucketOrdering } from '@griffel/core';
import type { Page, Request } from '@playwright/test';
import { measure } from '../scripts/size.ts';
import { FIRST_SCREEN_MARK } from '../src/ui/lazy/firstScreen.ts';
import { FindingsPage } from './fixtures/FindingsPage.ts';
import { expect, test } from './fixtures/test.ts';
import { GalleryPage } from './fixtures/GalleryPage.ts';
import { stepTitles, WizardPage } from './fixtures/WizardPage.ts';

/** The build the preview server serves (see playwright.config.ts). */
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';

/** The requirements engine's entry chunk (src/ui/findings/engineModule.ts). */
// With or without a query: after a failed load the app asks for the same file afresh, with a query added.
const isEngine = (url: string) => /(^|\/)assets\/engineModule-[\w-]+\.js(\?[^#]*)?$/.test(url);

/** Paths of the JavaScript files the page requests from now on, e.g. `assets/main-abc.js`. */
function recordScripts(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (request: Request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) files.push(pathname.replace(/^\//, ''));
  });
  return files;
}

/** The plan checks' chunk (src/ui/state/planValidator.ts), loaded once the first screen is shown. */
const isValidator = (url: string) => /(^|\/)assets\/planValidator-[\w-]+\.js(\?[^#]*)?$/.test(url);

const COUNTS = /^\d+ errors?, \d+ warnings?, \d+ info$/;

test.describe('first load', () => {
  test('a first visit loads exactly the JavaScript the size budget counts, findings included', async ({
    page,
  }) => {
    const requested = recordScripts(page);
    const wizard = new WizardPage(page);
    await page.goto('/', { waitUntil: 'networkidle' });
    await wizard.expectStep('Isolation & workspace');

    // `npm run size` counts index.html's scripts, their static imports and its modulepreload links: what
    // the page fetched before its first screen was shown (src/ui/lazy/firstScreen.ts marks the moment).
    const counted = measure(OUT_DIR)
      .chunks.filter((chunk) => chunk.initial)
      .map((chunk) => chunk.file);
    const fetched = await page.evaluate((mark) => {
      const shown = performance.getEntriesByName(mark)[0]?.startTime ?? Number.POSITIVE_INFINITY;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ file: new URL(entry.name).pathname.slice(1), before: entry.startTime < shown }));
    }, FIRST_SCREEN_MARK);
    expect(fetched.some((entry) => !entry.before)).toBe(true);
    const beforeShown = fetched.filter((entry) => entry.before).map((entry) => entry.file);
    expect([...new Set(beforeShown)].sort()).toEqual([...counted].sort());
    // The plan schema, which checks every edit, comes right after the first screen; the engine waits for a change.
    const afterShown = fetched.filter((entry) => !entry.before).map((entry) => entry.file);
    expect(afterShown.some(isValidator)).toBe(true);
    expect(requested.some(isEngine)).toBe(false);

    // The starting plan's findings come with the page (checked when the app was built).
    const findings = new FindingsPage(page, wizard);
    await expect(findings.panel.getByText(COUNTS)).toBeVisible();
    await expect(findings.panel).not.toContainText('Checking');
    await expect(findings.group('Info')).toBeVisible();

    // The engine arrives as soon as the person starts on the form, and checks their edits.
    const engine = page.waitForRequest((request) => isEngine(request.url()));
    await wizard.textbox('Workspace name').click();
    await engine;
    await wizard.textbox('Workspace name').fill('mlw-first-load');
    await expect(findings.panel.getByText(COUNTS)).toBeVisible();
    expect(requested.filter(isEngine)).toHaveLength(1);
  });

  test("the page arrives with the first screen's styles, and later parts add theirs in Griffel's order", async ({
    wizard,
    page,
  }) => {
    /** Griffel's style elements: bucket (reset, plain, :hover, @media …), priority and rules, in page order. */
    const styleSheets = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLStyleElement>('style[data-make-styles-bucket]')].map((element) => ({
          bucket: element.dataset.makeStylesBucket ?? '',
          priority: Number(element.dataset.priority ?? '0'),
          media: element.media,
          rules: [...(element.sheet?.cssRules ?? [])].map((rule) => rule.cssText),
        })),
      );
    /** Whether the sheets are in Griffel's order: by bucket, then media query, then priority. */
    const inGriffelOrder = (sheets: Awaited<ReturnType<typeof styleSheets>>) =>
      sheets.every((sheet, index) => {
        const before = sheets[index - 1];
        if (!before) return true;
        const order =
          styleBucketOrdering.indexOf(sheet.bucket as never) -
          styleBucketOrdering.indexOf(before.bucket as never);
        if (order !== 0) return order > 0;
        if (sheet.media !== before.media) return sheet.media > before.media;
        return sheet.priority >= before.priority;
      });
    const rulesOf = (sheets: Awaited<ReturnType<typeof styleSheets>>) =>
      sheets.flatMap((sheet) => sheet.rules);

    const atStart = await styleSheets();
    expect(atStart[0]?.bucket).toBe('r');
    expect(inGriffelOrder(atStart)).toBe(true);
    const firstRules = rulesOf(atStart);
    expect(firstRules.length).toBeGreaterThan(500);

    for (const title of stepTitles.slice(1)) await wizard.next(title);
    await expect(page.getByText('Loading this step…')).toHaveCount(0);
    const gallery = new GalleryPage(page);
    await gallery.open();
    await gallery.close();

    const atEnd = await styleSheets();
    const allRules = rulesOf(atEnd);
    // The review step, the diagram and the dialog brought styles of their own…
    expect(allRules.length).toBeGreaterThan(firstRules.length);
    expect(allRules).toEqual(expect.arrayContaining(firstRules));
    // …in elements among the page's, in Griffel's order.
    expect(atEnd.length).toBeGreaterThan(atStart.length);
    expect(inGriffelOrder(atEnd)).toBe(true);
  });

  test('until the engine has arrived a changed plan says it is being checked, and Next waits for the checks', async ({
    wizard,
    page,
  }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(
      (url) => isEngine(url.href),
      async (route) => {
        await held;
        await route.continue();
      },
    );
    const findings = new FindingsPage(page, wizard);

    await wizard.textbox('Workspace name').fill('mlw-checking');
    await expect(findings.panel.getByText('Checking the plan…', { exact: true })).toBeVisible();
    await expect(findings.panel).not.toContainText('No findings');
    await wizard.nextButton.click();
    await expect(findings.panel.getByText('Checking the plan…', { exact: true })).toBeVisible();
    await wizard.expectStep('Isolation & workspace');

    release();
    await wizard.expectStep('Compute');
    await expect(findings.panel.getByText(COUNTS)).toBeVisible();
  });

  test("when the checks can't be fetched the panel says so and retries, and Next still works", async ({
    wizard,
    page,
  }) => {
    let refuse = true;
    await page.route(
      (url) => isEngine(url.href),
      (route) => (refuse ? route.abort('internetdisconnected') : route.continue()),
    );
    const findings = new FindingsPage(page, wizard);

    await wizard.textbox('Workspace name').fill('mlw-offline');
    await expect(findings.panel.getByText("The checks couldn't be loaded.")).toBeVisible();
    await expect(findings.panel).not.toContainText('No findings');
    await wizard.nextButton.click();
    await wizard.expectStep('Compute');

    refuse = false;
    await findings.panel.getByRole('button', { name: 'Retry' }).click();
    await expect(findings.panel.getByText(COUNTS)).toBeVisible();
    await expect(findings.panel).not.toContainText("couldn't be loaded");
  });

  test("when the plan checks can't be fetched the page says so, and Retry brings them", async ({ page }) => {
    let refuse = true;
    await page.route(
      (url) => isValidator(url.href),
      (route) => (refuse ? route.abort('internetdisconnected') : route.continue()),
    );
    const wizard = new WizardPage(page);
    await page.goto('/');
    await wizard.expectStep('Isolation & workspace');
    const notice = page.getByText("The plan checks couldn't be loaded");
    await expect(notice).toBeVisible();
    const name = wizard.textbox('Workspace name');
    await name.fill('x');
    // Not judged: without the checks nothing can be.
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');

    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(notice).toBeVisible();
    refuse = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(notice).toBeHidden();
    // The step starts over with the checks: a bad name is now explained, a good one kept.
    await name.fill('x');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await name.fill('mlw-after-retry');
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await wizard.nextButton.click();
    await wizard.expectStep('Compute');
    await wizard.backButton.click();
    await expect(name).toHaveValue('mlw-after-retry');
  });
});
