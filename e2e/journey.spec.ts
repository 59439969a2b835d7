import { readFileSync } from 'node:fs';
import { parsePlanText, serializePlan, type Plan } from '../src/core/index.ts';
import { generateBundle } from '../src/core/generators/index.ts';
import type { Locator } from '@playwright/test';
import { expect, test, type ReviewPage } from './fixtures/ReviewPage.ts';

function example(name: string): Plan {
  const result = parsePlanText(readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`examples/${name} is not a valid plan`);
  return result.plan;
}

/** Each compute kind by the label people choose it by, with the example plan its values come from. */
const journeys = [
  {
    label: 'Compute cluster',
    example: 'compute-cluster.plan.json',
    files: ['compute.yml', 'create_compute.py'],
  },
  {
    label: 'Compute instance',
    example: 'compute-instance.plan.json',
    files: ['compute.yml', 'create_compute.py'],
  },
  { label: 'Serverless compute', example: 'serverless.plan.json', files: ['create_compute.py'] },
  { label: 'Azure Databricks', example: 'databricks.plan.json', files: ['attach_compute_legacy_sdk_v1.py'] },
  { label: 'Attached virtual machine', example: 'virtual-machine.plan.json', files: ['compute.yml'] },
  { label: 'HDInsight', example: 'hdinsight.plan.json', files: ['attach_compute_legacy_sdk_v1.py'] },
] as const;

/** Every bundle has these, whatever the compute. */
const COMMON_FILES = [
  'README.md',
  'deploy.sh',
  'azuredeploy.json',
  'azuredeploy.parameters.json',
  'main.bicep',
  'main.bicepparam',
  'main.tf',
];

/** Types a value into a box as a person would and leaves it. */
async function type(box: Locator, value: string): Promise<void> {
  await box.fill(value);
  await box.blur();
}

/**
 * On the compute step: enter a value the form refuses, see Next refused and the field marked, then
 * correct it. Serverless compute has no name, so its maximum node count is the value got wrong.
 */
async function meetAndFixAnError(review: ReviewPage, plan: Plan): Promise<void> {
  const page = review.page;
  const nameBox = page.getByRole('textbox', { name: 'Compute name' });
  const box =
    plan.compute.kind === 'serverless' ? page.getByRole('spinbutton', { name: 'Maximum nodes' }) : nameBox;
  await box.fill(plan.compute.kind === 'serverless' ? '0' : 'bad_name!');
  await box.blur();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  expect(await review.currentStep()).toBe('Compute');
  await box.fill(
    plan.compute.kind === 'serverless' ? String(plan.compute.maxNodes) : (plan.compute.name ?? ''),
  );
  await box.blur();
  await expect(box).not.toHaveAttribute('aria-invalid', 'true');
}

/**
 * The Azure Databricks subnets start without a network security group, which Databricks requires:
 * the Subnet step says so and refuses Next. Fix it as a person would: a new NSG on each subnet.
 */
async function giveDatabricksSubnetsAnNsg(review: ReviewPage): Promise<void> {
  for (const title of ['Host subnet (public)', 'Container subnet (private)']) {
    const panel = review.page.getByRole('region', { name: title });
    await panel.getByRole('radio', { name: 'Create a new network security group' }).check();
    const name = panel.getByRole('textbox', { name: /network security group name/i });
    if ((await name.count()) > 0 && (await name.inputValue()) === '') await type(name, 'dbx-nsg');
  }
}

/** From the step on screen to the review with Next, fixing what a step refuses on the way. */
async function walkToReview(review: ReviewPage, plan: Plan): Promise<void> {
  for (let i = 0; i < 8 && (await review.currentStep()) !== 'Review & export'; i++) {
    if (plan.compute.kind === 'databricks' && (await review.currentStep()) === 'Subnet')
      await giveDatabricksSubnetsAnNsg(review);
    await review.next();
  }
}

async function exportedPlan(review: ReviewPage): Promise<Plan> {
  const event = review.page.waitForEvent('download');
  await review.page.getByRole('button', { name: 'Export plan' }).click();
  const parsed = parsePlanText(readFileSync(await (await event).path(), 'utf8'));
  if (!parsed.ok) throw new Error(`Export plan wrote an invalid plan: ${JSON.stringify(parsed.errors)}`);
  return parsed.plan;
}

test.describe('journeys from the first step to the files', () => {
  // Highlighting, zipping and axe scans are heavy on a busy machine.
  test.describe.configure({ timeout: 120_000 });

  for (const { label, example: file, files } of journeys) {
    test(`${label}: choose it, walk every step, fix a mistake, download the bundle`, async ({ review }) => {
      const plan = example(file);
      const page = review.page;
      expect(await review.currentStep()).toBe('Isolation & workspace');
      await review.next();
      await page.getByRole('radio', { name: label, exact: true }).check();
      await meetAndFixAnError(review, plan);
      if ('resourceId' in plan.compute)
        await type(page.getByRole('textbox', { name: 'Resource id' }), plan.compute.resourceId);
      await walkToReview(review, plan);

      await expect(page.getByText('Ready to export')).toBeVisible();
      const zip = await review.downloadZip();
      const folder = plan.workspace.name;
      const names = Object.keys(zip.entries).map((path) => path.replace(`${folder}/`, ''));
      for (const name of [...COMMON_FILES, ...files]) expect(names).toContain(name);
      const drafted = await exportedPlan(review);
      expect(drafted.compute.kind).toBe(plan.compute.kind);
      // The bundle's files in order, then the plan they came from, so the archive can be regenerated.
      expect(names).toEqual([...generateBundle(drafted).files.map((f) => f.name), `${folder}.plan.json`]);
      expect(zip.entries[`${folder}/${folder}.plan.json`]).toBe(serializePlan(drafted));
      const arm = JSON.parse(zip.entries[`${folder}/azuredeploy.json`] ?? '') as Record<string, unknown>;
      expect(arm.$schema).toMatch(/deploymentTemplate\.json#$/);
      expect(Array.isArray(arm.resources) && arm.resources.length).toBeGreaterThan(0);
    });
  }

  test('reloading the page keeps the draft: the review shows the same plan and files', async ({ review }) => {
    const page = review.page;
    await review.next();
    await type(page.getByRole('textbox', { name: 'Compute name' }), 'journey-gpu');
    await review.open();
    await expect(page.getByText('A compute cluster named "journey-gpu"')).toBeVisible();
    const before = await review.downloadZip();

    await page.reload();
    await expect(review.stepNavigation).toBeVisible();
    await review.open();
    await expect(page.getByText('A compute cluster named "journey-gpu"')).toBeVisible();
    expect((await review.downloadZip()).entries).toEqual(before.entries);
  });
});
