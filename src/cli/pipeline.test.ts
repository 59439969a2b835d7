import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { syntheticExport } from '../core/audit/synthetic.ts';
import { defaultCore, run } from './run.ts';
import { captureIo, tempDir } from './testIo.ts';

const examples = join(import.meta.dirname, '../../examples');
const good = join(examples, 'compute-cluster.plan.json');
const broken = join(examples, 'broken');

describe('validate with many plans', () => {
  it('checks files, folders and globs into one report; the exit code is the worst', async () => {
    const captured = captureIo();
    expect(await run(['validate', good, broken, '--json'], captured.io)).toBe(1);
    const report = JSON.parse(captured.stdout()) as {
      plans: { file: string; findings?: unknown[] }[];
      summary: Record<string, number>;
    };
    expect(report.plans.map((plan) => plan.file.replace(`${examples}/`, ''))).toEqual([
      'compute-cluster.plan.json',
      'broken/delegated-subnet.plan.json',
      'broken/forced-tunnel-no-aml-route.plan.json',
      'broken/nsg-deny-priority-100.plan.json',
      'broken/private-subnet-no-egress.plan.json',
      'broken/subnet-too-small.plan.json',
    ]);
    expect(report.summary).toEqual({ plans: 6, passed: 1, failed: 5, unusable: 0 });
    const glob = captureIo();
    expect(await run(['validate', `${examples}/*.plan.json`], glob.io)).toBe(0);
    const count = readdirSync(examples).filter((name) => name.endsWith('.plan.json')).length;
    expect(count).toBeGreaterThan(1);
    expect(glob.stdout()).toContain(`${count} plans: 0 with errors, 0 not usable, ${count} passed.`);
  });
  it('keeps going past a file that is not a plan, and exits 2', async () => {
    const bad = join(tempDir(), 'bad.json');
    writeFileSync(bad, '{ "version": 1,');
    const captured = captureIo();
    expect(await run(['validate', bad, good], captured.io)).toBe(2);
    expect(captured.stdout()).toContain('bad.json is not a usable plan');
    expect(captured.stdout()).toContain('2 plans: 0 with errors, 1 not usable, 1 passed.');
  });
  it('writes JUnit XML that parses, with a failure for each broken plan', async () => {
    const captured = captureIo();
    expect(await run(['validate', broken, '--format', 'junit'], captured.io)).toBe(1);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      captured.stdout(),
    ) as {
      testsuites: { failures: string; testsuite: unknown[] };
    };
    expect(xml.testsuites.testsuite).toHaveLength(5);
    expect(Number(xml.testsuites.failures)).toBeGreaterThanOrEqual(5);
  });
  it('writes SARIF with a result on the line of the finding in the plan file', async () => {
    const captured = captureIo();
    const plan = join(broken, 'delegated-subnet.plan.json');
    expect(await run(['validate', plan, '--format', 'sarif'], captured.io)).toBe(1);
    const sarif = JSON.parse(captured.stdout()) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { region: object } }[] }[] }[];
    };
    const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'subnet-not-delegated');
    // Where the value of "delegations" starts, found independently of the report's JSON parser.
    const lines = readFileSync(plan, 'utf8').split('\n');
    const line = lines.findIndex((text) => text.includes('"delegations"'));
    const column = lines[line]!.indexOf('["') + 2;
    expect(result?.locations[0]?.physicalLocation.region).toEqual({
      startLine: line + 1,
      startColumn: column,
    });
  });
  it('gives each plan its flows in JSON and its proof table in text', async () => {
    const captured = captureIo();
    const nsgDeny = join(broken, 'nsg-deny-priority-100.plan.json');
    expect(await run(['validate', good, nsgDeny, '--json'], captured.io)).toBe(1);
    const report = JSON.parse(captured.stdout()) as {
      plans: { flows: { flow: string; verdict: string; status: string }[] }[];
    };
    const verdicts = report.plans.map((plan) =>
      plan.flows.filter((f) => f.status === 'required').map((f) => f.verdict),
    );
    expect(verdicts[0]?.length).toBeGreaterThan(5);
    expect(new Set(verdicts[0]).has('blocked')).toBe(false);
    expect(verdicts[1]?.every((verdict) => verdict === 'blocked')).toBe(true);
    const text = captureIo();
    expect(await run(['validate', good, nsgDeny], text.io)).toBe(1);
    expect(text.stdout().match(/^Once deployed: \d+ flows followed/gm)).toHaveLength(2);
  });
  it('fails a plan in SARIF when only the proof finds a required flow blocked, on the deciding rule', async () => {
    const captured = captureIo();
    const plan = join(broken, 'nsg-deny-priority-100.plan.json');
    const rulesFindNothing = { ...defaultCore, checkPlan: () => [] };
    expect(await run(['validate', plan, '--format', 'sarif'], captured.io, rulesFindNothing)).toBe(1);
    const sarif = JSON.parse(captured.stdout()) as {
      runs: {
        tool: { driver: { rules: { id: string; helpUri: string }[] } };
        results: {
          ruleId: string;
          level: string;
          locations: { physicalLocation: { region: { startLine: number } } }[];
        }[];
      }[];
    };
    const [result] = sarif.runs[0]!.results;
    expect(result?.ruleId).toBe('flow-fails-once-deployed');
    expect(result?.level).toBe('error');
    const lines = readFileSync(plan, 'utf8').split('\n');
    const rules = lines.findIndex((text) => text.includes('"securityRules"'));
    expect(result?.locations[0]?.physicalLocation.region.startLine).toBeGreaterThan(rules + 1);
    expect(
      sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'flow-fails-once-deployed')?.helpUri,
    ).toMatch(/^https:\/\/learn\.microsoft\.com\//);
  });
});

function exportFiles(computes: number) {
  const dir = tempDir();
  const { rows, brokenIds, uncheckedIds } = syntheticExport(computes);
  const half = Math.ceil(rows.length / 2);
  const first = join(dir, 'page-1.json');
  const second = join(dir, 'page-2.json');
  writeFileSync(
    first,
    JSON.stringify({
      count: half,
      data: rows.slice(0, half),
      skip_token: 'next',
      total_records: rows.length,
    }),
  );
  writeFileSync(second, JSON.stringify(rows.slice(half)));
  return { first, second, brokenIds, uncheckedIds };
}

describe('audit', () => {
  it('audits every compute across pages: JSON with findings and flows, exit 1 on errors', async () => {
    const { first, second, brokenIds, uncheckedIds } = exportFiles(200);
    const captured = captureIo();
    expect(await run(['audit', '--resource-graph', first, second, '--format', 'json'], captured.io)).toBe(1);
    const report = JSON.parse(captured.stdout()) as {
      computes: { id: string; status: string; flows: unknown[]; findings: unknown[]; kind: string }[];
      summary: Record<string, number>;
    };
    expect(report.computes).toHaveLength(200);
    const failed = report.computes.filter((c) => c.status === 'failed').map((c) => c.id);
    expect(failed.sort()).toEqual([...brokenIds].sort());
    const unchecked = report.computes.filter((c) => c.status === 'unchecked').map((c) => c.id);
    expect(unchecked.sort()).toEqual([...uncheckedIds].sort());
    expect(report.computes[0]).toMatchObject({ kind: 'computeCluster', status: 'passed' });
    expect(report.computes[0]!.flows.length).toBeGreaterThan(0);
    expect(report.summary).toMatchObject({
      computes: 200,
      failed: brokenIds.size,
      unchecked: uncheckedIds.size,
    });
  });
  it('prints a table in text, and the query with --print-query', async () => {
    const { first, second } = exportFiles(20);
    const text = captureIo();
    await run(['audit', '--resource-graph', first, '--resource-graph', second], text.io);
    expect(text.stdout()).toMatch(/^STATUS +KIND +ERRORS +WARNINGS +COMPUTE +WORKSPACE$/m);
    expect(text.stdout()).toMatch(/^COULDN'T CHECK +AmlCompute .* c3-cpu +ws-0$/m);
    const query = captureIo();
    expect(await run(['audit', '--print-query'], query.io)).toBe(0);
    expect(query.stdout()).toMatch(/^resources\n\| where type in~/);
  });
  it('refuses a file that is not a Resource Graph result, saying what to run', async () => {
    const path = join(tempDir(), 'nsg.json');
    writeFileSync(path, JSON.stringify({ value: [] }));
    const captured = captureIo();
    expect(await run(['audit', '--resource-graph', path], captured.io)).toBe(2);
    expect(captured.stderr()).toContain('This is not a Resource Graph result');
  });
});
