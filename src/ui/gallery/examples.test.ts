import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../core/index.ts';
import { wizardSteps } from '../wizard/steps.ts';
import { exampleFiles, GALLERY_EXAMPLES, galleryExamples, loadExample } from './examples.ts';
import { firstError } from './findingStep.ts';

const examplesDir = new URL('../../../examples/', import.meta.url);
const onDisk = ['', 'broken/']
  .flatMap((folder) =>
    readdirSync(new URL(folder, examplesDir))
      .filter((name) => name.endsWith('.plan.json'))
      .map((name) => folder + name),
  )
  .sort();

async function plan(file: string): Promise<Plan> {
  const result = await loadExample(file);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

/** The step each broken example opens on: where its error is edited. */
const ERROR_STEP: Readonly<Record<string, readonly [string, string]>> = {
  'broken/subnet-too-small.plan.json': ['Subnet', 'network.subnet.addressPrefix'],
  'broken/delegated-subnet.plan.json': ['Subnet', 'network.subnet.delegations.0'],
  'broken/nsg-deny-priority-100.plan.json': [
    'Outbound',
    'network.subnet.networkSecurityGroup.securityRules.0',
  ],
  'broken/private-subnet-no-egress.plan.json': ['Subnet', 'network.subnet.defaultOutboundAccess'],
  'broken/forced-tunnel-no-aml-route.plan.json': ['Tunnelling', 'network.subnet.routeTable.routes'],
};

describe('examples gallery', () => {
  it('bundles every example on disk, and describes each one with a title and a one-line lesson', () => {
    expect(exampleFiles()).toEqual(onDisk);
    expect(GALLERY_EXAMPLES.map((example) => example.file).sort()).toEqual(onDisk);
    expect(galleryExamples()).toEqual(GALLERY_EXAMPLES);
    for (const example of GALLERY_EXAMPLES) {
      expect(example.broken).toBe(example.file.startsWith('broken/'));
      expect(example.lesson).toMatch(/^[A-Z].{20,160}[.:]$/);
      expect(example.lesson).not.toContain('\n');
    }
    expect(new Set(GALLERY_EXAMPLES.map((example) => example.title)).size).toBe(GALLERY_EXAMPLES.length);
  });

  it.each(GALLERY_EXAMPLES.filter((example) => !example.broken))(
    '$file loads without errors',
    async ({ file }) => {
      const loaded = await plan(file);
      expect(loaded).not.toHaveProperty('$schema');
      expect(firstError(loaded)).toBeUndefined();
    },
  );

  it.each(GALLERY_EXAMPLES.filter((example) => example.broken))(
    '$file opens on its error step',
    async ({ file }) => {
      const loaded = await plan(file);
      const error = firstError(loaded);
      expect(error === undefined ? undefined : wizardSteps[error.step]?.title).toBe(ERROR_STEP[file]?.[0]);
      expect(error?.path).toBe(ERROR_STEP[file]?.[1]);
    },
  );

  it('reports an unknown example instead of throwing', async () => {
    expect(await loadExample('broken/none.plan.json')).toEqual({
      ok: false,
      errors: [{ path: '', message: 'There is no example broken/none.plan.json.' }],
    });
  });
});
