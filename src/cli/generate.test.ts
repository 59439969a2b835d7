import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flowProof } from '../../test/helpers/flowProof.ts';
import { run } from './run.ts';
import { captureIo, fakeCore, file, finding, tempDir, TEST_TODAY } from './testIo.ts';

const cluster = fileURLToPath(new URL('../../examples/compute-cluster.plan.json', import.meta.url));
const bundle = [file('main.bicep', "param location string = 'eastus2'\n"), file('README.md')];

/** An --out folder holding `main.bicep` from a previous run and a file of the user's. */
async function previousRun(): Promise<string> {
  const out = join(tempDir(), 'out');
  const code = await run(
    ['generate', cluster, '--out', out],
    captureIo().io,
    fakeCore([], [file('main.bicep', 'old\n')]).core,
  );
  expect(code).toBe(0);
  writeFileSync(join(out, 'notes.txt'), 'mine\n');
  return out;
}

describe('generate', () => {
  it('writes the bundle into --out, creating the folder', async () => {
    const out = join(tempDir(), 'nested', 'out');
    const captured = captureIo();
    expect(await run(['generate', cluster, '--out', out], captured.io, fakeCore([], bundle).core)).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['README.md', 'main.bicep']);
    expect(readFileSync(join(out, 'main.bicep'), 'utf8')).toBe(bundle[0]?.content);
    expect(captured.stdout()).toContain(`Wrote 2 files to ${out}:\n  main.bicep\n  README.md\n`);
    expect(readdirSync(join(out, '..'))).toEqual(['out']);
  });

  it('makes the bash script executable', async () => {
    const out = join(tempDir(), 'out');
    const script = { name: 'deploy.sh', language: 'bash', content: 'az version\n' } as const;
    expect(await run(['generate', cluster, '--out', out], captureIo().io, fakeCore([], [script]).core)).toBe(
      0,
    );
    expect(statSync(join(out, 'deploy.sh')).mode & 0o100).toBe(0o100);
  });

  it('lists the findings and file names with --json', async () => {
    const out = join(tempDir(), 'out');
    const captured = captureIo();
    const findings = [finding('warning')];
    const core = fakeCore(findings, bundle).core;
    expect(await run(['generate', cluster, '--out', out, '--json'], captured.io, core)).toBe(0);
    expect(JSON.parse(captured.stdout())).toEqual({
      findings,
      flows: [],
      files: ['main.bicep', 'README.md'],
    });
  });

  it('replaces files of a previous run and keeps files it does not generate', async () => {
    const out = await previousRun();
    expect(await run(['generate', cluster, '--out', out], captureIo().io, fakeCore([], bundle).core)).toBe(0);
    expect(readFileSync(join(out, 'main.bicep'), 'utf8')).toBe(bundle[0]?.content);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('exits 1 and writes nothing when a finding is an error', async () => {
    const out = await previousRun();
    const { core, calls } = fakeCore([finding('error')], bundle);
    const captured = captureIo();
    expect(await run(['generate', cluster, '--out', out, '--json'], captured.io, core)).toBe(1);
    expect(JSON.parse(captured.stdout())).toEqual({ findings: [finding('error')], flows: [], files: [] });
    expect(calls.generate).toEqual([]);
    expect(readFileSync(join(out, 'main.bicep'), 'utf8')).toBe('old\n');
    expect(readdirSync(out).sort()).toEqual(['main.bicep', 'notes.txt']);
  });

  it('says in text that nothing was written when a finding is an error', async () => {
    const out = join(tempDir(), 'out');
    const captured = captureIo();
    expect(
      await run(['generate', cluster, '--out', out], captured.io, fakeCore([finding('error')]).core),
    ).toBe(1);
    expect(captured.stdout()).toContain(`Nothing was written to ${out}: fix the errors above`);
    expect(existsSync(out)).toBe(false);
  });

  it('passes --service-tags to the checks and the generators, with the findings and proof for the README', async () => {
    const tags = join(tempDir(), 'ServiceTags_Public.json');
    writeFileSync(tags, '{"changeNumber": 3, "cloud": "Public", "values": []}');
    const { core, calls } = fakeCore([], bundle);
    const argv = ['generate', cluster, '--out', join(tempDir(), 'out'), '--service-tags', tags];
    expect(await run(argv, captureIo().io, core)).toBe(0);
    const serviceTags = {
      file: { changeNumber: 3, cloud: 'Public', values: [] },
      fileName: tags,
      today: TEST_TODAY,
    };
    expect(calls.check).toEqual([{ serviceTags }]);
    expect(calls.generate).toEqual([{ serviceTags, findings: [], proof: { flows: [] } }]);
  });

  it('exits 2 when --out is under a file', async () => {
    const blocker = join(tempDir(), 'file');
    writeFileSync(blocker, 'x');
    const captured = captureIo();
    const code = await run(
      ['generate', cluster, '--out', join(blocker, 'out')],
      captured.io,
      fakeCore([], bundle).core,
    );
    expect(code).toBe(2);
    expect(captured.stderr()).toContain(
      `Can't write into ${join(blocker, 'out')}: ${blocker} is a file, not a folder.`,
    );
  });

  it('exits 2 without writing when the plan is not valid', async () => {
    const bad = join(tempDir(), 'bad.json');
    writeFileSync(bad, '{"version": 1}');
    const out = join(tempDir(), 'out');
    const captured = captureIo();
    expect(await run(['generate', bad, '--out', out, '--json'], captured.io, fakeCore([], bundle).core)).toBe(
      2,
    );
    expect(JSON.parse(captured.stdout())).toHaveProperty('schemaErrors');
    expect(existsSync(out)).toBe(false);
  });
});

describe('generate and the reachability proof', () => {
  const blocked = flowProof({
    flowId: 'out-aml-443',
    remote: 'AzureMachineLearning',
    verdict: 'blocked',
    reason: 'TCP 443 to AzureMachineLearning is denied by rule "DenyAll" (priority 100).',
    path: ['NSG nsg-a: DenyAll (100)'],
    deciding: {
      resource: 'NSG nsg-a, rule "DenyAll" (priority 100)',
      planPath: 'network.subnet.networkSecurityGroup.securityRules.0',
    },
  });

  it('refuses to write when a required flow is blocked though no rule found an error, naming the resource', async () => {
    const out = await previousRun();
    const { core, calls } = fakeCore([finding('warning')], bundle, { flows: [blocked] });
    const captured = captureIo();
    expect(await run(['generate', cluster, '--out', out], captured.io, core)).toBe(1);
    expect(calls.generate).toEqual([]);
    expect(readFileSync(join(out, 'main.bicep'), 'utf8')).toBe('old\n');
    const text = captured.stdout();
    expect(text).toContain('flow-fails-once-deployed');
    expect(text).toContain(
      `Nothing was written to ${out}: once deployed, out-aml-443 would be blocked by NSG nsg-a, rule "DenyAll" (priority 100).`,
    );
    expect(text).toMatch(/Once deployed: 1 flows followed through what the bundle deploys \(1 blocked\)/);
  });

  it('writes when every required flow reaches or is unknown, and lists the flows in --json', async () => {
    const out = join(tempDir(), 'out');
    const reaches = { ...blocked, verdict: 'reaches', reason: 'allowed', deciding: undefined } as const;
    const captured = captureIo();
    const core = fakeCore([], bundle, { flows: [reaches] }).core;
    expect(await run(['generate', cluster, '--out', out, '--json'], captured.io, core)).toBe(0);
    const printed = JSON.parse(captured.stdout()) as { flows: { flow: string; verdict: string }[] };
    expect(printed.flows).toEqual([expect.objectContaining({ flow: 'out-aml-443', verdict: 'reaches' })]);
    expect(readdirSync(out).sort()).toEqual(['README.md', 'main.bicep']);
  });
});
