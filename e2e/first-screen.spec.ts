import type { Page } from '@playwright/test';
import { LOAD_FAILED, NOT_PRERENDERED, PRERENDERED } from '../scripts/vite/prerender.ts';
import { STORAGE_KEY } from '../src/ui/state/persistence.ts';
import { STEP_STORAGE_KEY } from '../src/ui/wizard/stepMemory.ts';
import { expect, test } from './fixtures/test.ts';
import { WizardPage } from './fixtures/WizardPage.ts';

/** A phone's screen: the first screen written into the page at build time is the narrow, light one. */
const PHONE = { width: 390, height: 844 };

const SCREEN = `[${PRERENDERED}]`;

/**
 * Holds back every JavaScript file (they never arrive, nor fail): what the page shows then is what it paints
 * before any script of the app runs.
 */
// (The page's load event waits for them then, so the tests go on once the page is parsed.)
const holdScripts = (page: Page) => page.route('**/assets/*.js', () => new Promise<void>(() => undefined));

/** The Content-Security-Policy violations the page reports in its console. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Where a person sees the parts that make the first screen, in CSS pixels. */
async function layout(page: Page) {
  const parts = {
    title: page.locator('h1'),
    notice: page.getByText('Example plan', { exact: true }),
    steps: page.locator('nav').first(),
    heading: page.locator('#wizard-step-heading'),
    firstField: page.locator('input[type="text"]').first(),
  };
  const boxes: Record<string, { x: number; y: number; width: number; height: number } | null> = {};
  for (const [name, locator] of Object.entries(parts)) boxes[name] = await locator.boundingBox();
  return boxes;
}

test.describe('the first screen written into the page', () => {
  test.use({ viewport: PHONE });

  test('a first visit on a phone shows it before any script, inert, and the app takes its place exactly', async ({
    page,
  }) => {
    const violations = cspViolations(page);
    await holdScripts(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    const screen = page.locator(SCREEN);
    await expect(screen).toBeVisible();
    await expect(screen.getByText('Example plan', { exact: true })).toBeVisible();
    await expect(screen).toHaveAttribute('inert', '');
    await expect(screen).toHaveAttribute('aria-hidden', 'true');
    // Inert: the keyboard can't reach its controls, and assistive technology doesn't announce them.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate((selector) => document.activeElement?.closest(selector) ?? null, SCREEN),
    ).toBeNull();
    await expect(page.getByRole('heading', { name: 'Isolation & workspace' })).toHaveCount(0);
    const painted = await layout(page);

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    const wizard = new WizardPage(page);
    await wizard.goto();
    await wizard.expectStep('Isolation & workspace');
    await expect(page.locator(SCREEN)).toHaveCount(0);
    expect(await layout(page)).toEqual(painted);
    expect(violations).toEqual([]);
  });

  test("the app's scripts start only after the first screen is painted, and the app then works", async ({
    page,
  }) => {
    const violations = cspViolations(page);
    const wizard = new WizardPage(page);
    await wizard.goto();
    const { paint, firstScript } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      firstScript: Math.min(
        ...performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
          .map((entry) => entry.startTime),
      ),
    }));
    expect(paint).toBeLessThan(firstScript);
    await wizard.textbox('Workspace name').fill('mlw-phone');
    await expect(wizard.textbox('Workspace name')).toHaveValue('mlw-phone');
    expect(violations).toEqual([]);
  });

  test("says so, instead of a screen that would never respond, when the app's code can't be fetched", async ({
    page,
  }) => {
    await page.route('**/assets/*.js', (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    await expect(page.getByRole('alert')).toHaveText(LOAD_FAILED);
    await expect(page.locator(SCREEN)).toHaveCount(0);
  });

  const returning: [string, (page: Page) => Promise<unknown>][] = [
    [
      'a plan kept in this browser',
      (page) => page.addInitScript((key) => localStorage.setItem(key, '{}'), STORAGE_KEY),
    ],
    [
      'the step left on',
      (page) => page.addInitScript((key) => localStorage.setItem(key, 'subnet'), STEP_STORAGE_KEY),
    ],
  ];
  for (const [name, arrange] of returning) {
    test(`a returning visitor with ${name} never sees it`, async ({ page }) => {
      const violations = cspViolations(page);
      await arrange(page);
      await holdScripts(page);
      await page.goto('/', { waitUntil: 'domcontentloaded' });
      // The head's inline script ran (its hash in the page's CSP let it) and marked the page before the body.
      await expect(page.locator('html')).toHaveAttribute(NOT_PRERENDERED, '');
      await expect(page.locator(SCREEN)).toHaveCount(1);
      await expect(page.locator(SCREEN)).toBeHidden();
      expect(violations).toEqual([]);
    });
  }

  test('a share link never shows it', async ({ page }) => {
    await holdScripts(page);
    await page.goto('/#plan=abc', { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html')).toHaveAttribute(NOT_PRERENDERED, '');
    await expect(page.locator(SCREEN)).toHaveCount(1);
    await expect(page.locator(SCREEN)).toBeHidden();
  });

  test('a dark system never shows it (the written screen is light)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await holdScripts(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await expect(page.locator(SCREEN)).toHaveCount(1);
    await expect(page.locator(SCREEN)).toBeHidden();
  });

  test('a wide screen never shows it (its findings sit in a column there)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await holdScripts(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await expect(page.locator(SCREEN)).toHaveCount(1);
    await expect(page.locator(SCREEN)).toBeHidden();
  });
});
