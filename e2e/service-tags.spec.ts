import { readFileSync } from 'node:fs';
import { hugeFileOnDisk, largeGovFile, readGovFixture, ServiceTagsPage } from './fixtures/ServiceTagsPage.ts';
import { expect, switchColorScheme, test } from './fixtures/test.ts';
import { scanAxe } from './fixtures/axe.ts';

type Json = Record<string, Record<string, unknown>>;

/** The cluster example routed through a firewall with IP-prefix routes, in `region`. */
function ipPrefixPlan(region: string): Json {
  const plan = JSON.parse(
    readFileSync(new URL('../examples/compute-cluster.plan.json', import.meta.url), 'utf8'),
  ) as Json;
  plan.workspace = { ...plan.workspace, region };
  const network = plan.network as { vnet: Record<string, unknown> };
  network.vnet = { ...network.vnet, region };
  plan.compute = { ...plan.compute, publicIp: true };
  plan.tunneling = { mode: 'userDefinedRoutes', applianceIp: '10.0.0.4', routeTargets: 'ipPrefixes' };
  return plan;
}

/** Opens the Tunnelling step with the IP-prefix plan of `region` in the wizard. */
async function tunnellingWith(tags: ServiceTagsPage, region: string): Promise<void> {
  await tags.openTunnelling();
  await tags.importPlan(`ip-prefixes-${region}.plan.json`, ipPrefixPlan(region));
  await expect(tags.fileInput).toBeVisible();
}

async function expectNoAxeViolations(tags: ServiceTagsPage): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await switchColorScheme(tags.page, scheme);
    const results = await scanAxe(tags.page);
    expect(results.violations, `axe violations (${scheme})`).toEqual([]);
  }
}

test.describe('Service Tags file in the Tunnelling step', () => {
  // Two axe scans and a 5 MB file: more than the default 30 s on a busy machine.
  test.describe.configure({ timeout: 120_000 });

  test('parses a 5 MB file in a Web Worker: the page never reads or parses it itself', async ({
    wizard,
  }, testInfo) => {
    const tags = new ServiceTagsPage(wizard.page);
    await tunnellingWith(tags, 'usgovvirginia');
    const file = largeGovFile();
    expect(file.text.length).toBeGreaterThan(4_500_000);
    const worker = wizard.page.waitForEvent('worker');
    await ServiceTagsPage.watchMainThread(wizard.page);
    await tags.choose(file);
    await worker;
    await tags.expectLoaded(file.name);
    await expect(tags.tagRow('BatchNodeManagement.USGovVirginia')).toBeVisible();
    const seen = await tags.mainThread();
    // The file's bytes and its JSON stay in the worker; the page gets only the routable tags back.
    expect(seen.read, 'largest file or blob read on the page thread').toBeLessThan(100_000);
    expect(seen.parsed, 'largest text parsed as JSON on the page thread').toBeLessThan(100_000);
    // How long the page's thread was busy at a stretch is a figure, not a pass mark: it depends on the machine's load.
    testInfo.annotations.push({
      type: 'long tasks (ms) while a 5 MB file loaded',
      description: seen.longTasks.length === 0 ? 'none over 50 ms' : seen.longTasks.join(', '),
    });
  });

  test.describe(() => {
    test('shows the real US Government file and the exact routes, dropped or chosen with the keyboard', async ({
      wizard,
    }) => {
      const tags = new ServiceTagsPage(wizard.page);
      await tunnellingWith(tags, 'usgovvirginia');
      const before = await wizard.storedPlan();
      await tags.drop(readGovFixture());
      await tags.expectLoaded('ServiceTags_Gov_20260719.json');
      await expect(tags.facts.filter({ hasText: 'Azure Government ("AzureGovernment")' })).toBeVisible();
      await expect(tags.facts.filter({ hasText: /^401$/ })).toBeVisible();
      await expect(tags.facts.filter({ hasText: /^2026-07-19 \(\d+ weeks old\)$/ })).toBeVisible();
      const batch = tags.tagRow('BatchNodeManagement.USGovVirginia');
      await expect(batch.getByRole('cell')).toHaveText([
        'BatchNodeManagement.USGovVirginia',
        '5',
        '5',
        '1',
        'Not listed',
      ]);
      await expect(tags.tagRow('AzureMachineLearning.USGovVirginia').getByRole('cell').nth(4)).toHaveText(
        'Not stated',
      );
      // The paired region's prefixes are routed too (USGovVirginia pairs with USGovTexas): 10 + 5 + 3 + 4.
      await expect(tags.tagRow('AzureMachineLearning.USGovTexas').getByRole('cell').nth(2)).toHaveText('3');
      await expect(tags.tagRow('BatchNodeManagement.USGovTexas').getByRole('cell').nth(2)).toHaveText('4');
      await expect(
        wizard.page.getByText(
          /^22 routes to Internet, besides 0\.0\.0\.0\/0 to your firewall; .* 9 IPv6 prefixes/,
        ),
      ).toBeVisible();
      expect(await wizard.storedPlan()).toBe(before);
      await expectNoAxeViolations(tags);

      await tags.fileInput.focus();
      await expect(tags.fileInput).toBeFocused();
      await wizard.page.setViewportSize({ width: 390, height: 844 });
      await tags.fileInput.scrollIntoViewIfNeeded();
      await expect(tags.fileInput).toBeInViewport();
      // The panel fits a phone; only its route table scrolls sideways inside its own region.
      const wider = await tags.panel.evaluate((panel) =>
        [...panel.querySelectorAll('*')]
          .filter((element) => !element.closest('[role="region"]'))
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
          .map((element) => element.tagName),
      );
      expect(wider, 'elements wider than a 390 px screen').toEqual([]);
    });

    test('explains a file of another cloud than the plan region', async ({ wizard }) => {
      const tags = new ServiceTagsPage(wizard.page);
      await tunnellingWith(tags, 'eastus2');
      await tags.choose(readGovFixture());
      await tags.expectLoaded('ServiceTags_Gov_20260719.json');
      await expect(
        tags.panel.getByText(/is in Azure public cloud, but this Service Tags file is for Azure Government/),
      ).toBeVisible();
      await expect(tags.tagTable).toBeHidden();
    });
  });

  test('refuses bad files with a clear message and leaves the plan and the file in use as they were', async ({
    wizard,
  }) => {
    const tags = new ServiceTagsPage(wizard.page);
    await tunnellingWith(tags, 'usgovvirginia');
    const good = largeGovFile();
    await tags.choose(good);
    await tags.expectLoaded(good.name);
    const before = await wizard.storedPlan();

    const cases = [
      { name: 'ServiceTags_Gov_20260720.json', text: '{"cloud": ', message: /The file is not valid JSON/ },
      {
        name: 'ServiceTags_Gov_20260721.json',
        text: '{"cloud": "AzureGovernment", "values": {}}',
        message: /not a Service Tags file/,
      },
    ];
    for (const bad of cases) {
      await tags.choose(bad);
      await expect(tags.refusal(bad.name)).toBeVisible();
      await expect(wizard.page.getByText(bad.message)).toBeVisible();
    }
    await tags.chooseFromDisk(hugeFileOnDisk(100));
    await expect(tags.refusal('ServiceTags_Public_20260720.json')).toBeVisible();
    await expect(wizard.page.getByText(/The file is 100\.0 MB, more than the 25\.0 MB/)).toBeVisible();

    await tags.expectLoaded(good.name);
    expect(await wizard.storedPlan()).toBe(before);
    await expectNoAxeViolations(tags);
  });

  test('names an unknown region', async ({ wizard }) => {
    const tags = new ServiceTagsPage(wizard.page);
    await tunnellingWith(tags, 'usgovmars');
    const file = largeGovFile();
    await tags.choose(file);
    await tags.expectLoaded(file.name);
    await expect(tags.panel.getByText(/"usgovmars" is not a known Azure region/)).toBeVisible();
  });
});
