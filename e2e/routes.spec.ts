import { expect, test } from './fixtures/TrafficStepsPage.ts';
import { FindingsPage } from './fixtures/FindingsPage.ts';
import { GalleryPage } from './fixtures/GalleryPage.ts';
import { switchColorScheme } from './fixtures/test.ts';
import type { TrafficStepsPage } from './fixtures/TrafficStepsPage.ts';
import { capture } from './fixtures/capture.ts';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

const EXAMPLE = 'Forced tunnel without the AzureMachineLearning route';
const TO_FIREWALL = {
  name: 'default-to-firewall',
  properties: { addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance', nextHopIpAddress: '10.0.0.4' },
};

/** rt-training once the route the forced-tunnel finding asks for is in. */
const WITH_AML_ROUTE = [
  TO_FIREWALL,
  {
    name: 'AzureMachineLearningToInternet',
    properties: { addressPrefix: 'AzureMachineLearning', nextHopType: 'Internet' },
  },
];

/** The step on screen, apart from the findings column (whose cards may offer the same fix). */
const currentStep = (page: Page) => page.locator('section[aria-labelledby="wizard-step-heading"]');

/** Opens the wizard and loads the broken forced-tunnel example, which opens at the Tunnelling step. */
async function loadForcedTunnel(traffic: TrafficStepsPage): Promise<void> {
  await traffic.goto();
  const gallery = new GalleryPage(traffic.page);
  await gallery.open();
  await gallery.load(EXAMPLE);
  await traffic.wizard.expectStep('Tunnelling');
  await expect(traffic.existingRoutes('rt-training')).toBeVisible();
}

test.describe('routes of an existing route table', () => {
  // An example load, exports and axe scans each: more than the default 30 s on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('the route the forced-tunnel error asks for is added in one click, and the error goes', async ({
    traffic,
    page,
  }) => {
    await loadForcedTunnel(traffic);
    const findings = new FindingsPage(page, traffic.wizard);
    await expect(findings.finding('pip-forced-tunnel-aml-route')).toBeVisible();
    await expect(
      page.getByText('The finding on this table asks for one route: AzureMachineLearning → Internet.'),
    ).toBeVisible();

    await currentStep(page).getByRole('button', { name: 'Add the route', exact: true }).click();
    const table = traffic.existingRoutes('rt-training');
    expect((await traffic.cells(traffic.row(table, 'AzureMachineLearningToInternet'))).slice(0, 3)).toEqual([
      'AzureMachineLearningToInternet',
      'AzureMachineLearning',
      'Internet',
    ]);
    await expect(page.getByRole('button', { name: 'Add a route' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Add the route', exact: true })).toHaveCount(0);
    await expect(findings.finding('pip-forced-tunnel-aml-route')).toHaveCount(0);

    const plan = await traffic.exportedPlan();
    expect(plan.network?.subnet?.routeTable?.routes).toEqual(WITH_AML_ROUTE);
  });

  test("the finding's card adds the same route in one click, from any step", async ({ traffic, page }) => {
    await loadForcedTunnel(traffic);
    await traffic.wizard.stepButton('Isolation & workspace').click();
    await traffic.wizard.expectStep('Isolation & workspace');
    const findings = new FindingsPage(page, traffic.wizard);
    const card = findings.finding('pip-forced-tunnel-aml-route');
    const fix = card.getByRole('button', { name: 'Add the route', exact: true });
    await expect(fix).toHaveAccessibleDescription(/AzureMachineLearning/);
    await fix.click();
    await expect(card).toHaveCount(0);
    // The card went with its button: the findings column has the focus, and the step didn't change.
    await expect(findings.panel).toBeFocused();
    await traffic.wizard.expectStep('Isolation & workspace');
    const plan = await traffic.exportedPlan();
    expect(plan.network?.subnet?.routeTable?.routes).toEqual(WITH_AML_ROUTE);
  });

  test('only the finding a route settles offers a fix on its card', async ({ traffic, page }) => {
    await loadForcedTunnel(traffic);
    const findings = new FindingsPage(page, traffic.wizard);
    // The BatchNodeManagement route is advice (a choice), not a certain fix.
    const cards = findings.panel.getByRole('listitem');
    await expect(cards.first()).toBeVisible();
    const withFix = cards.filter({ has: page.getByRole('button', { name: /^Add the (route|\d+ routes)$/ }) });
    await expect(withFix).toHaveCount(1);
    await expect(withFix).toContainText('pip-forced-tunnel-aml-route');
  });

  test("a Databricks subnet's table gets every route its findings ask for in one click", async ({
    traffic,
    page,
  }) => {
    // The Databricks example, forced-tunnelled through the host subnet's table, which routes only Sql out.
    type Example = Record<string, unknown> & {
      network: { databricks: Record<string, unknown> & { publicSubnet: Record<string, unknown> } };
    };
    const example = JSON.parse(
      await readFile(new URL('../examples/databricks.plan.json', import.meta.url), 'utf8'),
    ) as Example;
    const { databricks } = example.network;
    const routes = [
      TO_FIREWALL,
      { name: 'sql', properties: { addressPrefix: 'Sql', nextHopType: 'Internet' } },
    ];
    const plan = {
      ...example,
      tunneling: { mode: 'none' },
      network: {
        ...example.network,
        databricks: {
          ...databricks,
          publicSubnet: { ...databricks.publicSubnet, routeTable: { name: 'rt-public', routes } },
        },
      },
    };
    await traffic.goto();
    await traffic.wizard.importPlan('dbx-forced-tunnel.plan.json', JSON.stringify(plan));
    const findings = new FindingsPage(page, traffic.wizard);
    await expect(findings.finding('dbx-udr')).toBeVisible();
    await traffic.wizard.openFromStepList('Tunnelling');
    await traffic.wizard.expectStep('Tunnelling');
    const table = traffic.existingRoutes('rt-public');
    await expect(table).toBeVisible();
    await expect(
      page.getByText(
        'The findings on this table ask for these routes: AzureDatabricks → Internet, Storage → Internet, EventHub → Internet.',
      ),
    ).toBeVisible();

    await currentStep(page).getByRole('button', { name: 'Add the 3 routes', exact: true }).click();
    await expect(findings.finding('dbx-udr')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add the 3 routes' })).toHaveCount(0);
    const saved = (await traffic.exportedPlan()).network?.databricks?.publicSubnet.routeTable?.routes;
    expect(saved?.map((route) => [route.properties.addressPrefix, route.properties.nextHopType])).toEqual([
      ['0.0.0.0/0', 'VirtualAppliance'],
      ['Sql', 'Internet'],
      ['AzureDatabricks', 'Internet'],
      ['Storage', 'Internet'],
      ['EventHub', 'Internet'],
    ]);
  });

  test('a route is added, edited and removed with the keyboard alone; a bad prefix is explained and nothing is lost', async ({
    traffic,
    page,
  }) => {
    await loadForcedTunnel(traffic);
    const table = traffic.existingRoutes('rt-training');
    const addButton = page.getByRole('button', { name: 'Add a route' });

    await traffic.tabTo(addButton);
    await page.keyboard.press('Enter');
    await expect(traffic.ruleDialog).toBeVisible();
    await expect(
      traffic.ruleDialog.getByRole('heading', { name: 'Add a route to rt-training' }),
    ).toBeVisible();
    await expect(traffic.dialogBox('Route name')).toBeFocused();
    await page.keyboard.type('spoke');
    // A new route starts at the appliance the table already uses.
    await expect(traffic.dialogBox('Next hop IP')).toHaveValue('10.0.0.4');
    await traffic.tabTo(traffic.dialogBox('Address prefix'));
    await page.keyboard.type('10.2.0.1/16');
    await page.keyboard.press('Enter');
    await expect(traffic.ruleDialog).toBeVisible();
    await expect(traffic.dialogBox('Address prefix')).toHaveAccessibleDescription(
      /host bits set; Azure rejects it\. Did you mean 10\.2\.0\.0\/16\?/,
    );
    await expect(traffic.dialogBox('Address prefix')).toHaveAttribute('aria-invalid', 'true');
    await expect(traffic.dialogBox('Route name')).toHaveValue('spoke');
    await expect(traffic.dialogBox('Address prefix')).toHaveValue('10.2.0.1/16');
    await traffic.tabTo(traffic.dialogBox('Address prefix'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('10.2.0.0/16');
    await page.keyboard.press('Enter');
    await expect(traffic.ruleDialog).toHaveCount(0);
    await expect(traffic.row(table, 'spoke', '10.2.0.0/16', 'Virtual appliance 10.0.0.4')).toHaveCount(1);
    await expect(addButton).toBeFocused();

    await traffic.tabTo(page.getByRole('button', { name: 'Edit route spoke' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(traffic.ruleDialog.getByRole('heading', { name: 'Edit route spoke' })).toBeVisible();
    await traffic.tabTo(traffic.dialogBox('Next hop IP'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('10.0.0.5');
    await page.keyboard.press('Enter');
    await expect(traffic.ruleDialog).toHaveCount(0);
    await expect(traffic.row(table, 'spoke', 'Virtual appliance 10.0.0.5')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Edit route spoke' })).toBeFocused();

    let plan = await traffic.exportedPlan();
    expect(plan.network?.subnet?.routeTable?.routes).toEqual([
      TO_FIREWALL,
      {
        name: 'spoke',
        properties: {
          addressPrefix: '10.2.0.0/16',
          nextHopType: 'VirtualAppliance',
          nextHopIpAddress: '10.0.0.5',
        },
      },
    ]);

    await traffic.tabTo(page.getByRole('button', { name: 'Remove route spoke' }));
    await page.keyboard.press('Enter');
    await expect(traffic.row(table, 'spoke')).toHaveCount(0);
    await expect(addButton).toBeFocused();
    plan = await traffic.exportedPlan();
    expect(plan.network?.subnet?.routeTable?.routes).toEqual([TO_FIREWALL]);
  });

  test('a route to Internet needs no IP, and a name the table has is refused', async ({ traffic, page }) => {
    await loadForcedTunnel(traffic);
    await page.getByRole('button', { name: 'Edit route default-to-firewall' }).click();
    await traffic.ruleDialog.getByRole('combobox', { name: 'Next hop' }).selectOption('Internet');
    await expect(traffic.dialogBox('Next hop IP')).toHaveCount(0);
    await traffic.ruleDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(traffic.ruleDialog).toHaveCount(0);

    await page.getByRole('button', { name: 'Add a route' }).click();
    await traffic.wizard.fill(traffic.dialogBox('Route name'), 'Default-To-Firewall');
    await expect(traffic.dialogBox('Route name')).toHaveAccessibleDescription(
      /Another route on rt-training has this name/,
    );
    await traffic.ruleDialog.getByRole('button', { name: 'Cancel' }).click();
    const plan = await traffic.exportedPlan();
    expect(plan.network?.subnet?.routeTable?.routes).toEqual([TO_FIREWALL]);
  });

  test('the appliance IP the route table names is offered, and used only when asked', async ({
    traffic,
    page,
  }) => {
    await loadForcedTunnel(traffic);
    await traffic.wizard.radio('Through a firewall (user-defined routes)').check();
    await expect(traffic.applianceIp).toHaveValue('');
    await expect(
      page.getByText(
        'Route “default-to-firewall” on rt-training already sends internet traffic to 10.0.0.4.',
      ),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Use 10.0.0.4' }).click();
    await expect(traffic.applianceIp).toHaveValue('10.0.0.4');
    await expect(traffic.applianceIp).toBeFocused();
    await expect(page.getByRole('button', { name: 'Use 10.0.0.4' })).toHaveCount(0);
    const plan = await traffic.exportedPlan();
    expect(plan.tunneling).toMatchObject({ mode: 'userDefinedRoutes', applianceIp: '10.0.0.4' });
  });
});

test.describe('the route editor in both themes and at both widths', () => {
  test.describe.configure({ timeout: 90_000 });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations, reads whole and fits in ${colorScheme} mode`, async ({ traffic, page }) => {
      await switchColorScheme(page, colorScheme);
      await loadForcedTunnel(traffic);
      await expect(
        currentStep(page).getByRole('button', { name: 'Add the route', exact: true }),
      ).toBeVisible();
      expect(await traffic.axeViolations()).toEqual([]);

      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await traffic.existingRoutes('rt-training').scrollIntoViewIfNeeded();
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth, `page wider than the window at ${width} px`).toBeLessThanOrEqual(innerWidth);
        await capture(traffic.page, `routes-${colorScheme}-${width}`, { fullPage: false });
      }

      await page.getByRole('button', { name: 'Add a route' }).click();
      await traffic.wizard.fill(traffic.dialogBox('Address prefix'), 'Azure Machine Learning');
      await expect(traffic.dialogBox('Address prefix')).toHaveAttribute('aria-invalid', 'true');
      expect(await traffic.axeViolations()).toEqual([]);
      await capture(traffic.page, `route-dialog-${colorScheme}-390`, { fullPage: false });
      await page.setViewportSize({ width: 1280, height: 900 });
      await capture(traffic.page, `route-dialog-${colorScheme}-1280`, { fullPage: false });
      await traffic.ruleDialog.getByRole('button', { name: 'Cancel' }).click();

      await traffic.wizard.radio('Through a firewall (user-defined routes)').check();
      await expect(page.getByRole('button', { name: 'Use 10.0.0.4' })).toBeVisible();
      expect(await traffic.axeViolations()).toEqual([]);
      await page.getByRole('button', { name: 'Use 10.0.0.4' }).scrollIntoViewIfNeeded();
      await capture(traffic.page, `appliance-offer-${colorScheme}-1280`, { fullPage: false });
    });
  }
});
