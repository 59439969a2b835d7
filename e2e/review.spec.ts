import { readFileSync } from 'node:fs';
import { parsePlanText, type Plan } from '../src/core/index.ts';
import { simulateFlows } from '../src/core/flows/index.ts';
import { proveFlows } from '../src/core/proof/index.ts';
import { generateBundle } from '../src/core/generators/index.ts';
import { fileKind } from '../src/ui/export/fileKinds.ts';
import { runOrder } from '../src/ui/export/runOrder.ts';
import { expect, test } from './fixtures/ReviewPage.ts';
import { switchColorScheme } from './fixtures/test.ts';
import { capture } from './fixtures/capture.ts';

function example(name: string): Plan {
  const result = parsePlanText(readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`examples/${name} is not a valid plan`);
  return result.plan;
}

const CLUSTER = 'compute-cluster.plan.json';
const BROKEN = 'broken/nsg-deny-priority-100.plan.json';

test.describe('review and export', () => {
  // Highlighting, zipping and axe scans are heavy on a busy machine.
  test.describe.configure({ timeout: 120_000 });

  test('a valid plan shows its flows with verdicts, a file list with highlighted code, and what to run', async ({
    review,
  }) => {
    const page = review.page;
    await review.openExample(CLUSTER);
    const plan = example(CLUSTER);

    await expect(page.getByText('Ready to export')).toBeVisible();
    const names = generateBundle(plan).files.map((file) => file.name);
    await expect(review.fact('Required flows')).toHaveText(
      `✓All ${simulateFlows(plan).flows.length} allowed`,
    );
    await expect(review.fact('Once deployed')).toHaveText(`✓All ${proveFlows(plan).flows.length} reach`);
    await expect(review.fact('Files to deploy')).toHaveText(`✓${names.length} files, ready below`);
    await expect(page.getByText(`A compute cluster named "${plan.compute.name ?? ''}"`)).toBeVisible();
    const flows = simulateFlows(plan).flows;
    // Every flow is fine: the tables wait behind their buttons, and the review stays short.
    await expect(review.flowsToggle('required')).toHaveText(`Show the ${flows.length} required flows`);
    await expect(review.flowTable).toHaveCount(0);
    await expect(review.proofTable).toHaveCount(0);
    await review.showFlows();
    await expect(review.flowTable.getByRole('row')).toHaveCount(flows.length + 1);
    await expect(review.flowRows('Allowed')).toHaveCount(flows.length);
    const aml = review.flowRow('AzureMachineLearning', 443);
    await expect(aml).toContainText('AllowAzureMachineLearningOutbound, priority 110, added by this plan');

    // Once deployed: every flow followed through what the files deploy, each with the path it takes.
    const proof = proveFlows(plan).flows;
    await expect(review.proofTable.getByRole('row')).toHaveCount(proof.length + 1);
    await expect(page.getByText(`${proof.length} flows: ${proof.length} reach.`)).toBeVisible();
    const amlProof = proof.find((flow) => flow.flowId === 'out-aml-443');
    expect(amlProof?.path).toContain('NSG nsg-training: AllowAzureMachineLearningOutbound (110)');
    await expect(review.proofRow('Outbound TCP 443 to AzureMachineLearning')).toContainText(
      `Reaches${amlProof?.path.join(' → ') ?? ''}`,
    );

    const tabs = review.fileList.getByRole('tab');
    await expect(tabs).toHaveCount(names.length);
    for (const [i, file] of generateBundle(plan).files.entries()) {
      await expect(tabs.nth(i)).toHaveAccessibleName(file.name);
      await expect(tabs.nth(i)).toHaveAccessibleDescription(fileKind(file));
      await expect(tabs.nth(i)).toContainText(fileKind(file));
    }
    await expect(review.tab('README.md')).toHaveAttribute('aria-selected', 'true');
    await review.tab('azuredeploy.json').click();
    await expect(review.tab('azuredeploy.json')).toHaveAttribute('aria-selected', 'true');
    await expect(review.codeRegion('azuredeploy.json')).toContainText('"$schema"');
    await expect(review.highlighted('azuredeploy.json').first()).toBeVisible({ timeout: 20_000 });
    await review.tab('deploy.sh').click();
    await expect(review.highlighted('deploy.sh').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('tabpanel')).toHaveAccessibleName('deploy.sh');

    const steps = page.getByRole('list', { name: 'What to run, in order' }).getByRole('listitem');
    await expect(steps).toHaveCount(4);
    await expect(steps.nth(0)).toContainText('az login');
    await expect(steps.nth(1)).toContainText('az extension add -n ml');
    await expect(steps.nth(2)).toContainText('bash deploy.sh');
    await expect(steps.nth(2)).toContainText('--parameters @azuredeploy.parameters.json');
    await expect(steps.nth(3)).toContainText('az ml compute create --file compute.yml');
  });

  test.describe('with the clipboard allowed', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('Copy puts the file on the clipboard and says so', async ({ review }) => {
      const page = review.page;
      await review.openExample(CLUSTER);
      await review.tab('main.bicep').click();
      await review.button('Copy').click();
      await expect(page.getByText('Copied main.bicep to the clipboard.')).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const bicep = generateBundle(example(CLUSTER)).files.find((file) => file.name === 'main.bicep');
      expect(copied).toBe(bicep?.content);
    });

    test('each command of what to run has its own Copy, which copies exactly that command', async ({
      review,
    }) => {
      const page = review.page;
      await review.openExample(CLUSTER);
      const plan = example(CLUSTER);
      const steps = runOrder(plan, generateBundle(plan).files);
      const list = page.getByRole('list', { name: 'What to run, in order' });
      await expect(list.getByRole('button', { name: /^Copy the command: / })).toHaveCount(
        steps.flatMap((step) => step.commands).length,
      );

      await review.copyCommand('Sign in to Azure, 2 of 2').click();
      const signIn = list.getByRole('listitem').nth(0);
      await expect(signIn.getByRole('status')).toHaveText('Copied the command to the clipboard.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(steps[0]?.commands[1]?.command);

      // Only the step whose command was copied says so.
      await review.copyCommand('the ARM template').click();
      const deploy = list.getByRole('listitem').nth(2);
      await expect(deploy.getByRole('status')).toHaveText('Copied the command to the clipboard.');
      await expect(signIn.getByRole('status')).toHaveText('');
      const arm = steps[2]?.commands.find((command) => command.label === 'or the ARM template')?.command;
      expect(arm).toContain('--template-file azuredeploy.json');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(arm);
    });
  });

  test('a refused clipboard gets a way out instead of silence', async ({ review }) => {
    const page = review.page;
    await review.openExample(CLUSTER);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
      });
    });
    await review.button('Copy').click();
    await expect(
      page.getByText('The browser did not allow copying to the clipboard. Download the file'),
    ).toBeVisible();
    await review.copyCommand('Azure CLI script').click();
    await expect(
      page.getByText('The browser did not allow copying to the clipboard. Select the command'),
    ).toBeVisible();
  });

  test('the file list works with the keyboard alone, and the actions act on the chosen file', async ({
    review,
  }) => {
    const page = review.page;
    await review.openExample(CLUSTER);
    const files = generateBundle(example(CLUSTER)).files;

    await review.tab('README.md').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(review.tab('azuredeploy.json')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(review.tab('azuredeploy.json')).toHaveAttribute('aria-selected', 'true');
    await expect(review.codeRegion('azuredeploy.json')).toContainText('"$schema"');
    await page.keyboard.press('End');
    const last = files.at(-1)?.name ?? '';
    await expect(review.tab(last)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(review.tab(last)).toHaveAttribute('aria-selected', 'true');
    await expect(review.codeRegion(last)).toBeVisible();

    // Tab leaves the list for the chosen file's actions, which act on it.
    await page.keyboard.press('Tab');
    await expect(review.button('Copy')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(review.button(`Download ${last}`)).toBeFocused();
    const event = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await event).suggestedFilename()).toBe(last);
    await expect(page.getByText(`Downloaded ${last}.`)).toBeVisible();
  });

  test('downloads one file, and the whole bundle as a zip', async ({ review }) => {
    await review.openExample(CLUSTER);
    const plan = example(CLUSTER);
    const bundle = generateBundle(plan).files;

    await review.tab('main.tf').click();
    const one = await review.downloadFile('main.tf');
    expect(one.fileName).toBe('main.tf');
    expect(one.bytes.toString('utf8')).toBe(bundle.find((file) => file.name === 'main.tf')?.content);

    const zip = await review.downloadZip();
    const folder = plan.workspace.name;
    expect(zip.fileName).toBe(`${folder}-aml-network.zip`);
    // The generated files, then the plan they come from.
    expect(Object.keys(zip.entries)).toEqual([
      ...bundle.map((file) => `${folder}/${file.name}`),
      `${folder}/${folder}.plan.json`,
    ]);
    for (const name of [
      'README.md',
      'deploy.sh',
      'azuredeploy.json',
      'main.bicep',
      'main.tf',
      'compute.yml',
    ]) {
      expect(Object.keys(zip.entries)).toContain(`${folder}/${name}`);
    }
    const arm = JSON.parse(zip.entries[`${folder}/azuredeploy.json`] ?? '') as Record<string, unknown>;
    expect(arm.$schema).toMatch(/deploymentTemplate\.json#$/);
    expect(Array.isArray(arm.resources)).toBe(true);
    expect(zip.entries[`${folder}/README.md`]).toBe(bundle[0]?.content);
  });

  test('a plan with errors blocks the templates, keeps the plan file, and shows the denied flows', async ({
    review,
  }) => {
    const page = review.page;
    // An import opens the plan at its first error; the step list still reaches the review from there.
    await review.importExample(CLUSTER);
    await review.openExample(BROKEN);

    await expect(review.blockedMessage).toBeVisible();
    await expect(
      page.getByText(/Findings: \d+ errors?, \d+ warnings?, \d+ info\. Templates built/),
    ).toBeVisible();
    await expect(page.getByText('The files appear here once the plan has no errors.')).toBeVisible();
    await expect(review.button('Download all as zip')).toHaveCount(0);
    await expect(review.fileList).toHaveCount(0);
    await expect(review.fact('Files to deploy')).toHaveText('✕Not until the errors are fixed');
    await expect(review.fact('Required flows')).toContainText('denied');

    const denied = simulateFlows(example(BROKEN)).flows.filter((flow) => flow.result === 'denied');
    expect(denied.length).toBeGreaterThan(0);
    // A flow needs a look: both tables show from the start.
    await expect(review.flowsToggle('required')).toHaveAttribute('aria-expanded', 'true');
    await expect(review.flowsToggle('deployed')).toHaveAttribute('aria-expanded', 'true');
    await expect(review.flowRows('Denied')).toHaveCount(denied.length);
    await expect(review.flowRows('Denied').first()).toContainText(
      'DenyAllOutbound, priority 100, in the NSG today',
    );
    await expect(review.proofRow('Outbound TCP 443 to AzureMachineLearning')).toContainText(
      'Blocked' +
        'NSG nsg-training denies it: rule "DenyAllOutbound" (priority 100) comes first. (change network.subnet.networkSecurityGroup.securityRules.0)',
    );

    const event = page.waitForEvent('download');
    // Named after the workspace, like the examples and the plan inside the zip.
    await review.button('Download contoso-ml.plan.json').click();
    expect((await event).suggestedFilename()).toBe('contoso-ml.plan.json');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the review has no axe violations in ${colorScheme} mode, valid and blocked`, async ({ review }) => {
      const page = review.page;
      await switchColorScheme(page, colorScheme);
      await review.openExample(CLUSTER);
      await expect(review.highlighted('README.md').first()).toBeVisible({ timeout: 20_000 });
      const wrap = page.getByRole('switch', { name: 'Wrap long lines' });
      await wrap.check();
      await expect(wrap).toBeChecked();
      expect(await review.axeViolations()).toEqual([]);

      await review.openExample(BROKEN);
      await expect(review.blockedMessage).toBeVisible();
      expect(await review.axeViolations()).toEqual([]);
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [1280, 390] as const) {
      test.describe(`${colorScheme}, ${width} px`, () => {
        test.use({ colorScheme, viewport: { width, height: 900 } });

        test('the review fits the window, summary on top and the file browser in reach', async ({
          review,
        }) => {
          const page = review.page;
          await review.openExample(CLUSTER);
          await expect(review.highlighted('README.md').first()).toBeVisible({ timeout: 20_000 });
          await expect(review.fact('Files to deploy')).toBeVisible();
          // The summary comes before the long sections.
          const glanceTop = (await review.glance.boundingBox())?.y ?? Infinity;
          const flowsTop =
            (await page.getByRole('heading', { name: 'Required traffic' }).boundingBox())?.y ?? 0;
          expect(glanceTop).toBeLessThan(flowsTop);

          if (width === 390) {
            // A phone chooses the file from a drop-down above the viewer.
            await expect(review.fileList).toHaveCount(0);
            await review.filePicker.selectOption('main.tf');
            await expect(review.codeRegion('main.tf')).toBeVisible();
            await expect(review.button('Download main.tf')).toBeVisible();
          } else {
            // The list stands beside the viewer.
            const list = await review.fileList.boundingBox();
            const viewer = await review.codeRegion('README.md').boundingBox();
            expect((list?.x ?? 0) + (list?.width ?? 0)).toBeLessThanOrEqual(viewer?.x ?? 0);
          }
          expect(await review.stepOverflow()).toEqual([]);
          expect(await review.overflowsHorizontally()).toBe(false);

          await capture(page, `review-${colorScheme}-${width}`);
          if (width === 390) expect(await review.axeViolations()).toEqual([]);
        });
      });
    }
  }
});
