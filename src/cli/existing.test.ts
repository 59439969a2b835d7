import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run.ts';
import { captureIo, tempDir } from './testIo.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../core/importers/fixtures/${name}`, import.meta.url));
const plan = fileURLToPath(new URL('../../examples/compute-cluster.plan.json', import.meta.url));
const existing = [
  'az-vnet-show.json',
  'az-subnet-show.json',
  'az-nsg-show.json',
  'az-route-table-show.json',
].flatMap((name) => ['--existing', fixture(name)]);

describe('validate --existing', () => {
  it('audits the plan against the resources az printed, naming the legacy Batch rule', async () => {
    const captured = captureIo();
    const code = await run(['validate', plan, ...existing, '--json'], captured.io);
    const output = JSON.parse(captured.stdout()) as {
      findings: { ruleId: string; path: string }[];
      existing: { understood: { source: string; kind: string }[]; legacy: { name: string }[] };
    };
    expect(output.existing.understood.map((item) => item.kind)).toEqual([
      'vnet',
      'subnet',
      'nsg',
      'routeTable',
    ]);
    expect(output.existing.legacy.length).toBeGreaterThan(0);
    // The existing route table sends 0.0.0.0/0 to an appliance: the audit sees the forced tunnel.
    expect(
      output.findings.some(
        (f) => f.path.startsWith('network.subnet.routeTable') || f.ruleId.startsWith('forced-tunnel'),
      ),
    ).toBe(true);
    expect([0, 1]).toContain(code);
  });

  it('prints what was read in the text report', async () => {
    const captured = captureIo();
    await run(['validate', plan, ...existing], captured.io);
    expect(captured.stdout()).toContain('Checked with the resources that exist today:');
    expect(captured.stdout()).toContain('not needed since 2020');
  });

  it('warns when the resources read do not match the plan, in text and in JSON', async () => {
    const text = captureIo();
    await run(['validate', plan, ...existing], text.io);
    expect(text.stdout()).toMatch(
      /warning: The pasted virtual network is "[^"]+", but the plan uses the existing virtual network "contoso-vnet"/,
    );
    const json = captureIo();
    await run(['validate', plan, ...existing, '--json'], json.io);
    const output = JSON.parse(json.stdout()) as { existing: { warnings: string[] } };
    expect(output.existing.warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining('the plan uses the existing virtual network "contoso-vnet"'),
      ]),
    );
  });

  it('refuses a file that is not a network resource, naming it (exit 2)', async () => {
    const dir = tempDir();
    const stray = join(dir, 'storage.json');
    writeFileSync(stray, JSON.stringify({ type: 'Microsoft.Storage/storageAccounts', name: 'st' }));
    const captured = captureIo();
    const code = await run(['validate', plan, '--existing', stray], captured.io);
    expect(code).toBe(2);
    expect(captured.stderr()).toContain(`--existing ${stray}`);
  });

  it('refuses text that is not JSON (exit 2, no stack trace)', async () => {
    const dir = tempDir();
    const broken = join(dir, 'nsg.json');
    writeFileSync(broken, '{ "name": ');
    const captured = captureIo();
    const code = await run(['validate', plan, '--existing', broken, '--json'], captured.io);
    expect(code).toBe(2);
    expect(JSON.parse(captured.stdout())).toHaveProperty('schemaErrors');
    expect(captured.stderr()).not.toMatch(/\n\s+at /);
  });
});
