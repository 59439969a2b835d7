import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { parsePlanText, type Plan } from '../src/core/index.ts';
import { layoutDiagram } from '../src/ui/diagram/layout/layoutDiagram.ts';
import { DiagramPage } from './fixtures/DiagramPage.ts';
import { switchColorScheme } from './fixtures/test.ts';
import { scanAxe } from './fixtures/axe.ts';

const CLUSTER = 'compute-cluster.plan.json';
const BROKEN = 'broken/nsg-deny-priority-100.plan.json';
const HUB = 'hub-and-spoke.plan.json';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function example(name: string): Plan {
  const result = parsePlanText(readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`examples/${name} is not a valid plan`);
  return result.plan;
}

/** Playwright's test with the diagram page object; an uncaught page error fails the test. */
const test = base.extend<{ diagram: DiagramPage }>({
  diagram: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(new DiagramPage(page));
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

test('the review draws the plan with an accessible name and lists every flow in words', async ({
  diagram,
}) => {
  await diagram.openWith(CLUSTER);
  const layout = layoutDiagram(example(CLUSTER));

  await expect(diagram.image('Network diagram of contoso-ml')).toBeVisible();
  await expect(diagram.image('Network diagram of contoso-ml')).toHaveAccessibleDescription(layout.summary);
  const { parts, flows } = await diagram.describe();
  await expect(parts.filter({ hasText: 'Virtual network contoso-vnet' })).toHaveCount(1);
  await expect(parts.filter({ hasText: 'NAT gateway with a public IP' })).toHaveCount(1);
  await expect(flows).toHaveCount(layout.arrows.length);
  await expect(flows.filter({ hasText: ': allowed' })).toHaveCount(layout.arrows.length);
  await expect(
    flows.filter({ hasText: 'Outbound TCP 443 to Storage.eastus2, through the NAT gateway' }),
  ).toHaveCount(1);
});

test('a plan whose NSG denies everything shows its flows as denied, naming the rule', async ({ diagram }) => {
  await diagram.openWith(BROKEN);
  const layout = layoutDiagram(example(BROKEN));
  await expect(diagram.image('Network diagram of contoso-ml')).toHaveAccessibleDescription(/15 denied/);
  const { flows } = await diagram.describe();
  await expect(flows).toHaveCount(layout.arrows.length);
  const denied = flows.filter({ hasText: /: denied \(by rule "DenyAllOutbound" \(priority 100\)\)/ });
  await expect(denied).toHaveCount(layout.arrows.length);
});

test('a hub-and-spoke plan shows the hub, its peering and the private DNS zones, in both themes', async ({
  diagram,
  page,
}) => {
  await diagram.openWith(HUB);
  const layout = layoutDiagram(example(HUB));
  const image = diagram.image('Network diagram of contoso-ml');
  for (const text of [
    'Hub virtual network hub-vnet',
    'Peering, must exist already',
    'privatelink.api.azureml.ms',
    'privatelink.notebooks.azure.net',
  ]) {
    await expect(image.getByText(text, { exact: true })).toBeVisible();
  }
  const { parts } = await diagram.describe();
  await expect(parts).toHaveCount(layout.boxes.filter((b) => b.description).length);
  await expect(parts.filter({ hasText: /^Private DNS zone privatelink\./ })).toHaveCount(2);
  await expect(parts.filter({ hasText: /^Hub virtual network hub-vnet .*must exist already/ })).toHaveCount(
    1,
  );
  for (const colorScheme of ['light', 'dark'] as const) {
    await switchColorScheme(page, colorScheme);
    const results = await scanAxe(page, 'figure[aria-label="Network diagram"]');
    expect(
      results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) })),
      colorScheme,
    ).toEqual([]);
  }
});

test('the SVG download is a standalone, well-formed SVG with the theme resolved', async ({ diagram }) => {
  await diagram.openWith(BROKEN);
  const { fileName, bytes } = await diagram.download('SVG');
  const text = bytes.toString('utf8');

  expect(fileName).toBe('network-diagram.svg');
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
  const parsed = await diagram.parseSvg(text);
  expect(parsed).toEqual({ root: 'svg', namespace: 'http://www.w3.org/2000/svg' });
  expect(text, 'no CSS variables left').not.toContain('var(--');
  expect(text, 'no class names left').not.toContain('class=');
  expect(text).toContain('<title');
  expect(text).toContain('>Storage.eastus2</text>');
});

test('the PNG download is a PNG at twice the drawing size', async ({ diagram }) => {
  await diagram.openWith(CLUSTER);
  const layout = layoutDiagram(example(CLUSTER));
  const { fileName, bytes } = await diagram.download('PNG');

  expect(fileName).toBe('network-diagram.png');
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  // IHDR: width and height as 4-byte big-endian numbers at bytes 16 and 20.
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([layout.width * 2, layout.height * 2]);
  expect(bytes.length).toBeGreaterThan(20_000);
});

test('on a 390 px screen the diagram scrolls sideways and can be scrolled from the keyboard', async ({
  diagram,
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await diagram.openWith(CLUSTER);
  const scroller = diagram.scroller;
  const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  await scroller.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the diagram and its description have no axe violations in ${colorScheme} mode`, async ({
    diagram,
    page,
  }) => {
    await switchColorScheme(page, colorScheme);
    await diagram.openWith(BROKEN);
    await diagram.describe();
    const results = await scanAxe(page, 'figure[aria-label="Network diagram"]');
    expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual(
      [],
    );
  });
}
