import {
  closeSync,
  copyFileSync,
  existsSync,
  ftruncateSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileSize, todayUtc } from './nodeIo.ts';
import { run } from './run.ts';
import { captureIo, fakeCore, tempDir } from './testIo.ts';

const cluster = fileURLToPath(new URL('../../examples/compute-cluster.plan.json', import.meta.url));
const govFixture = fileURLToPath(
  new URL('../../test/fixtures/service-tags/ServiceTags_Gov_20260719.json', import.meta.url),
);

/** The cluster example routed through a firewall with IP-prefix targets, in `region`. */
function ipPrefixPlan(region: string): string {
  const plan = JSON.parse(readFileSync(cluster, 'utf8')) as Record<string, Record<string, unknown>>;
  plan.workspace = { ...plan.workspace, region };
  const network = plan.network as { vnet: Record<string, unknown> };
  network.vnet = { ...network.vnet, region };
  plan.compute = { ...plan.compute, publicIp: true };
  plan.tunneling = { mode: 'userDefinedRoutes', applianceIp: '10.0.0.4', routeTargets: 'ipPrefixes' };
  const path = join(tempDir(), 'plan.json');
  writeFileSync(path, JSON.stringify(plan));
  return path;
}

function tagsFile(text: string, name = 'ServiceTags_Public_20260720.json'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

describe('--service-tags files that are refused (exit 2, the plan is not checked)', () => {
  const cases: [string, () => string, RegExp][] = [
    ['not JSON', () => tagsFile('{"cloud": '), /The file is not valid JSON/],
    ['the wrong shape', () => tagsFile('{"cloud": "Public", "values": {}}'), /not a Service Tags file/],
    ['a web page', () => tagsFile('<!doctype html><html></html>'), /a web page, not the Service Tags JSON/],
    ['empty', () => tagsFile(''), /The file is empty/],
    [
      'a 100 MB file (refused by size, never read)',
      () => {
        const path = join(tempDir(), 'ServiceTags_Public_20260720.json');
        const fd = openSync(path, 'w');
        ftruncateSync(fd, 100 * 1024 * 1024);
        closeSync(fd);
        return path;
      },
      /The file is 100\.0 MB, more than the 25\.0 MB/,
    ],
  ];

  it.each(cases)('%s', async (_name, makeFile, message) => {
    const { core, calls } = fakeCore([]);
    const captured = captureIo();
    expect(await run(['validate', cluster, '--service-tags', makeFile()], captured.io, core)).toBe(2);
    expect(captured.stderr()).toMatch(/^--service-tags .*ServiceTags_Public_20260720\.json: /);
    expect(captured.stderr()).toMatch(message);
    expect(captured.stderr()).not.toMatch(/\n\s+at /);
    expect(calls.check).toEqual([]);
  });

  it('says so in one JSON object with --json', async () => {
    const captured = captureIo();
    expect(await run(['validate', cluster, '--json', '--service-tags', tagsFile('[]')], captured.io)).toBe(2);
    const body = JSON.parse(captured.stdout()) as { schemaErrors: { path: string; message: string }[] };
    expect(body.schemaErrors[0]?.message).toMatch(/it is a list, not an object/);
  });
});

describe('the clock and the file size', () => {
  it('gives today in UTC and a file size without reading', async () => {
    expect(todayUtc(new Date('2026-11-26T23:59:59Z'))).toBe('2026-11-26');
    expect(await fileSize(tagsFile('12345'))).toBe(5);
    await expect(fileSize(join(tempDir(), 'missing.json'))).rejects.toThrow(/There is no file/);
  });
});

describe('a plan routing IP prefixes', () => {
  it('is an error without --service-tags', async () => {
    const captured = captureIo();
    expect(await run(['validate', ipPrefixPlan('usgovvirginia'), '--json'], captured.io)).toBe(1);
    const { findings } = JSON.parse(captured.stdout()) as { findings: { ruleId: string }[] };
    expect(findings.map((f) => f.ruleId)).toContain('service-tags-file-needed');
  });

  it("reports a file of another cloud than the plan's region, and generate writes nothing", async () => {
    const tags = tagsFile('{"changeNumber": 410, "cloud": "Public", "values": []}');
    const out = join(tempDir(), 'out');
    const captured = captureIo();
    const argv = ['generate', ipPrefixPlan('usgovvirginia'), '--out', out, '--service-tags', tags];
    expect(await run(argv, captured.io)).toBe(1);
    expect(captured.stdout()).toContain('service-tags-cloud-mismatch');
    expect(captured.stdout().replace(/\s+/g, ' ')).toContain(
      'is in Azure Government, but this Service Tags file is for Azure public cloud',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('warns about a file older than eight weeks, counted from the clock', async () => {
    const tags = tagsFile(
      '{"changeNumber": 380, "cloud": "Public", "values": []}',
      'ServiceTags_Public_20260401.json',
    );
    const captured = captureIo();
    expect(
      await run(['validate', ipPrefixPlan('eastus2'), '--service-tags', tags, '--json'], captured.io),
    ).toBe(1);
    const { findings } = JSON.parse(captured.stdout()) as { findings: { ruleId: string; message: string }[] };
    const stale = findings.find((f) => f.ruleId === 'service-tags-stale');
    expect(stale?.message).toContain('dated 2026-04-01, 17 weeks before today (2026-08-01)');
  });

  it('validates with the real US Government file and prints what the file is', async () => {
    const tags = join(tempDir(), 'ServiceTags_Gov_20260719.json');
    copyFileSync(govFixture, tags);
    const captured = captureIo();
    expect(await run(['validate', ipPrefixPlan('usgovvirginia'), '--service-tags', tags], captured.io)).toBe(
      0,
    );
    expect(captured.stdout()).toContain(
      `Service Tags file ${tags}: Azure Government ("cloud": "AzureGovernment"), change 401, dated 2026-07-19`,
    );
    expect(captured.stdout()).toContain('ip-ranges-change');
  });

  it('generates the prefix routes from the real US Government file', async () => {
    const out = join(tempDir(), 'out');
    const argv = [
      'generate',
      ipPrefixPlan('usgovvirginia'),
      '--out',
      out,
      '--service-tags',
      govFixture,
      '--json',
    ];
    const captured = captureIo();
    expect(await run(argv, captured.io)).toBe(0);
    expect(readdirSync(out)).toContain('deploy.sh');
    const script = readFileSync(join(out, 'deploy.sh'), 'utf8');
    expect(script).toContain("--address-prefix '20.140.91.64/28'");
    expect(script).toContain("az network list-service-tags --location 'usgovvirginia'");
  });
});
