import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPlan, MAX_PLAN_BYTES, parsePlanText, proveFlows } from '../core/index.ts';
import { run } from './run.ts';
import { captureIo, fakeCore, finding, tempDir, TEST_TODAY } from './testIo.ts';

const examplesDir = fileURLToPath(new URL('../../examples/', import.meta.url));
const examples = readdirSync(examplesDir).filter((name) => name.endsWith('.plan.json'));
const cluster = join(examplesDir, 'compute-cluster.plan.json');
const brokenDir = join(examplesDir, 'broken');
const broken = readdirSync(brokenDir).filter((name) => name.endsWith('.plan.json'));

/** Writes `text` to a new temp file and returns its path. */
function planFile(text: string, name = 'plan.json'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

/** The cluster example with `edit` applied, as a file. */
function editedCluster(edit: (plan: Record<string, Record<string, unknown>>) => void): string {
  const plan = JSON.parse(readFileSync(cluster, 'utf8')) as Record<string, Record<string, unknown>>;
  edit(plan);
  return planFile(JSON.stringify(plan));
}

describe('validate', () => {
  it.each(examples)('accepts examples/%s with exit 0', async (name) => {
    const captured = captureIo();
    expect(await run(['validate', join(examplesDir, name)], captured.io)).toBe(0);
    expect(captured.stdout()).toContain('0 errors');
    expect(captured.stderr()).toBe('');
  });

  it.each(broken)('finds an error in examples/broken/%s with exit 1', async (name) => {
    const captured = captureIo();
    expect(await run(['validate', join(brokenDir, name), '--json'], captured.io)).toBe(1);
    const { findings } = JSON.parse(captured.stdout()) as { findings: { severity: string }[] };
    expect(findings.some((finding) => finding.severity === 'error')).toBe(true);
  });

  it('prints exactly one JSON object with --json', async () => {
    const captured = captureIo();
    expect(await run(['validate', cluster, '--json'], captured.io)).toBe(0);
    const plan = parsePlanText(readFileSync(cluster, 'utf8'));
    if (!plan.ok) throw new Error('the cluster example must be a valid plan');
    const printed = JSON.parse(captured.stdout()) as { findings: unknown; flows: Record<string, unknown>[] };
    expect(printed.findings).toEqual(checkPlan(plan.plan));
    expect(printed.flows.map((flow) => flow.flow)).toEqual(proveFlows(plan.plan).flows.map((f) => f.flowId));
    expect(printed.flows.find((flow) => flow.flow === 'out-storage-443')).toEqual({
      flow: 'out-storage-443',
      requirement: expect.any(String),
      status: 'required',
      direction: 'Outbound',
      protocol: 'Tcp',
      port: 443,
      remote: 'Storage.eastus2',
      verdict: 'reaches',
      path: [
        'NSG nsg-training: AllowStorageOutbound (150)',
        'system route 0.0.0.0/0 → Internet',
        'NAT gateway nat-contoso-vnet',
      ],
      reason: expect.stringContaining('is allowed'),
    });
  });

  it('exits 1 on an error finding and groups the text report by severity', async () => {
    const { core } = fakeCore([
      finding('error'),
      finding('warning', 'compute.ssh'),
      finding('info', 'outbound'),
    ]);
    const captured = captureIo();
    expect(await run(['validate', cluster], captured.io, core)).toBe(1);
    const text = captured.stdout();
    const order = [
      'Errors (1)',
      'network.subnet.addressPrefix',
      'Warnings (1)',
      'compute.ssh',
      'Info (1)',
      'outbound',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('A error about network.subnet.addressPrefix.');
    expect(text).toContain('test-error · https://learn.microsoft.com/');
    expect(text).toMatch(/1 error, 1 warning, 1 info\. Fix the errors before deploying\.\n$/);
  });

  it('exits 1 with the findings as JSON', async () => {
    const findings = [finding('error'), finding('info')];
    const captured = captureIo();
    expect(await run(['validate', cluster, '--json'], captured.io, fakeCore(findings).core)).toBe(1);
    expect(JSON.parse(captured.stdout())).toEqual({ findings, flows: [] });
  });

  it('prints the proof as a table after the findings, with why a flow fails and the field to change', async () => {
    const captured = captureIo();
    const nsgDeny = join(brokenDir, 'nsg-deny-priority-100.plan.json');
    expect(await run(['validate', nsgDeny], captured.io)).toBe(1);
    const text = captured.stdout();
    const table = text.slice(text.indexOf('Once deployed:'));
    expect(table).toMatch(/^Once deployed: 15 flows followed through what the bundle deploys \(/);
    expect(table).toMatch(/\n {2}Verdict +Flow +Traffic\n/);
    expect(table).toMatch(/\n {2}blocked +out-aml-443 +outbound TCP 443 to AzureMachineLearning\n/);
    const unwrapped = table.replace(/\n +/g, ' ');
    expect(unwrapped).toMatch(
      /blocked +out-aml-443 +outbound TCP 443 to AzureMachineLearning NSG nsg-training denies it: rule "DenyAllOutbound" \(priority 100\) comes first\. \(change network\.subnet\.networkSecurityGroup\.securityRules\.0\)/,
    );
  });

  it("shows a broken example's failing flows in --json with the deciding resource", async () => {
    const captured = captureIo();
    await run(['validate', join(brokenDir, 'private-subnet-no-egress.plan.json'), '--json'], captured.io);
    const { flows } = JSON.parse(captured.stdout()) as {
      flows: { flow: string; verdict: string; deciding?: string }[];
    };
    expect(flows.find((flow) => flow.flow === 'out-aml-443')).toMatchObject({
      verdict: 'noWayOut',
      deciding: 'subnet training',
    });
  });

  it('exits 0 when there are only warnings and info', async () => {
    const captured = captureIo();
    const core = fakeCore([finding('warning'), finding('info')]).core;
    expect(await run(['validate', cluster], captured.io, core)).toBe(0);
    expect(captured.stdout()).toContain('0 errors, 1 warning, 1 info. No errors');
  });

  it('colours the report only when the io allows colour', async () => {
    const core = fakeCore([finding('error')]).core;
    const plain = captureIo(false);
    const coloured = captureIo(true);
    await run(['validate', cluster], plain.io, core);
    await run(['validate', cluster], coloured.io, core);
    expect(plain.stdout()).not.toContain('\u001b[');
    expect(coloured.stdout()).toContain('\u001b[31m');
  });

  it('passes a --service-tags file to the checks parsed, with its name and today', async () => {
    const tags = planFile('{"changeNumber": 7, "cloud": "Public", "values": []}', 'ServiceTags_Public.json');
    const { core, calls } = fakeCore([]);
    expect(await run(['validate', cluster, '--service-tags', tags], captureIo().io, core)).toBe(0);
    expect(calls.check).toEqual([
      {
        serviceTags: {
          file: { changeNumber: 7, cloud: 'Public', values: [] },
          fileName: tags,
          today: TEST_TODAY,
        },
      },
    ]);
  });
});

describe('validate with a plan that is not usable (exit 2)', () => {
  it('names the path of a misspelt field and lists every problem', async () => {
    const path = editedCluster((plan) => {
      plan.workspace!.regoin = plan.workspace!.region;
      delete plan.workspace!.region;
      plan.compute!.name = 'cpu-1';
    });
    const text = captureIo();
    expect(await run(['validate', path], text.io)).toBe(2);
    expect(text.stderr()).toMatch(/^ {2}workspace\.regoin: Unknown field "regoin"/m);
    expect(text.stdout()).toBe('');
    const json = captureIo();
    expect(await run(['validate', path, '--json'], json.io)).toBe(2);
    const body = JSON.parse(json.stdout()) as { schemaErrors: { path: string; message: string }[] };
    expect(Object.keys(body)).toEqual(['schemaErrors']);
    expect(body.schemaErrors.map((error) => error.path).sort()).toEqual(
      ['compute.name', 'workspace.region', 'workspace.regoin'].sort(),
    );
  });

  const cases: [string, () => string, RegExp][] = [
    ['a missing file', () => join(tempDir(), 'absent.json'), /There is no file at .*absent\.json/],
    ['an empty folder', () => tempDir(), /The folder .* has no \.json files; name the plan files/],
    ['text that is not JSON', () => planFile('{ "version": 1,'), /This is not valid JSON/],
    [
      'a file over the size limit',
      () => planFile(' '.repeat(MAX_PLAN_BYTES + 1)),
      /the most accepted is 2\.0 MB/,
    ],
    ['a JSON array', () => planFile('[]'), /A plan is a JSON object/],
  ];
  it.each(cases)('refuses %s, in text and in JSON', async (_label, makePath, message) => {
    const path = makePath();
    const text = captureIo();
    expect(await run(['validate', path], text.io)).toBe(2);
    expect(text.stderr()).toMatch(message);
    expect(text.stderr()).not.toMatch(/^\s+at /m);
    const json = captureIo();
    expect(await run(['validate', path, '--json'], json.io)).toBe(2);
    const body = JSON.parse(json.stdout()) as { schemaErrors: { message: string }[] };
    expect(body.schemaErrors[0]?.message).toMatch(message);
  });

  it('refuses a --service-tags file that is not JSON', async () => {
    const captured = captureIo();
    expect(await run(['validate', cluster, '--service-tags', planFile('not json')], captured.io)).toBe(2);
    expect(captured.stderr()).toMatch(/--service-tags .*: The file is not valid JSON/);
  });
});
