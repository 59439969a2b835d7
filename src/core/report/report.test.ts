import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { jsonLocator, toJunit, toMarkdown, toSarif, artifactUri } from './index.ts';
import { PLAN_TEXT, SUBJECTS, TOOL } from './testing.ts';

const schema = JSON.parse(
  readFileSync(
    new URL('../../../test/third-party/sarif-2.1.0/sarif-schema-2.1.0.json', import.meta.url),
    'utf8',
  ),
) as object;

function validateSarif(log: unknown) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return { ok: validate(log), errors: validate.errors };
}

interface SarifResult {
  ruleId: string;
  level: string;
  ruleIndex: number;
  message?: { text: string };
  locations: { physicalLocation: unknown }[];
}
interface Case {
  name: string;
  failure?: { message: string };
  error?: { message: string };
  skipped?: { message: string };
  'system-out'?: string;
}
interface Suite {
  name: string;
  testcase: Case[];
}

describe('jsonLocator', () => {
  const locate = jsonLocator(PLAN_TEXT);
  it('places a path on the line and column of its property', () => {
    expect(locate('network.subnet.addressPrefix')).toEqual({ line: 5, column: 7 });
    expect(locate('network.subnet.delegations.0')).toEqual({ line: 6, column: 23 });
  });
  it('falls back to the nearest ancestor the file has, and the file start for the empty path', () => {
    expect(locate('network.subnet.routeTable.routes')).toEqual({ line: 4, column: 5 });
    expect(locate('')).toEqual({ line: 1, column: 1 });
    expect(jsonLocator('{')('network')).toEqual({ line: 1, column: 1 });
  });
});

describe('toSarif', () => {
  const log = toSarif(SUBJECTS, TOOL) as {
    runs: {
      tool: { driver: { rules: { id: string; helpUri: string }[] } };
      results: SarifResult[];
    }[];
  };
  it('validates against the official SARIF 2.1.0 schema', () => {
    const result = validateSarif(log);
    expect(result.errors ?? []).toEqual([]);
    expect(result.ok).toBe(true);
  });
  it('the schema check can fail: a result without a message is refused', () => {
    const broken = structuredClone(log);
    delete broken.runs[0]!.results[0]!.message;
    expect(validateSarif(broken).ok).toBe(false);
  });
  it('lists the rules with their Microsoft doc as helpUri', () => {
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.find((rule) => rule.id === 'nsg-outbound')?.helpUri).toBe(
      'https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall',
    );
    expect(rules.map((rule) => rule.id)).toContain('plan-schema');
  });
  it('locates each finding at the line and column of its path, with an encoded URI', () => {
    const [first, second, third] = log.runs[0]!.results;
    expect(first).toMatchObject({ ruleId: 'subnet-size', level: 'error', ruleIndex: 0 });
    expect(first!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'plans/a%20%26%20%3Cb%3E.json' },
      region: { startLine: 5, startColumn: 7 },
    });
    expect(second).toMatchObject({ level: 'warning', ruleIndex: 1 });
    expect(third).toMatchObject({ level: 'note' });
    const levels = log.runs[0]!.results.map((r) => `${r.ruleId}:${r.level}`);
    expect(levels).toEqual([
      'subnet-size:error',
      'nsg-outbound:warning',
      'nsg-outbound:note',
      'plan-schema:error',
      'audit-incomplete:warning',
    ]);
  });
  it('turns absolute paths into file URIs', () => {
    expect(artifactUri('/home/a b/p.json')).toBe('file:///home/a%20b/p.json');
    expect(artifactUri('.\\plans\\x.json')).toBe('plans/x.json');
  });
  it('is deterministic', () => {
    expect(JSON.stringify(toSarif(SUBJECTS, TOOL))).toBe(JSON.stringify(log));
  });
});

describe('toJunit', () => {
  const xml = toJunit(SUBJECTS, TOOL);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['testsuite', 'testcase'].includes(name),
  });
  const doc = parser.parse(xml) as { testsuites: Record<string, string> & { testsuite: Suite[] } };
  const suites = doc.testsuites.testsuite;

  it('parses back with a real XML parser: a suite per subject, a test per applicable rule', () => {
    expect(suites.map((suite) => suite.name)).toEqual(SUBJECTS.map((subject) => subject.id));
    const names = suites[0]!.testcase.map((test) => test.name);
    expect(names).toEqual(['subnet-size: The subnet is big enough.', 'nsg-outbound: Outbound is allowed.']);
    expect(doc.testsuites).toMatchObject({ tests: '6', failures: '1', errors: '1', skipped: '1' });
  });
  it('fails the rules with error findings; warnings go to system-out; text is escaped and cleaned', () => {
    const [size, outbound] = suites[0]!.testcase;
    expect(size!.failure?.message).toBe('Too small: "/29" < /28 & more.');
    expect(outbound!.failure).toBeUndefined();
    expect(outbound!['system-out']).toContain('Delegated  <x>.');
    expect(suites[1]!.testcase.every((test) => test.failure === undefined)).toBe(true);
  });
  it('marks a plan that is not a plan as an error and an unchecked compute as skipped', () => {
    expect(suites[2]!.testcase[0]!.error?.message).toContain('Not JSON');
    expect(suites[3]!.testcase[0]!.skipped?.message).toContain('missing from the export');
  });
});

describe('toMarkdown', () => {
  const md = toMarkdown(SUBJECTS, { title: 'Plans checked', subjectHeading: 'Plan' });
  it('lists every subject worst first with counts, and escapes what Markdown would read', () => {
    const rows = md
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Status') && !line.startsWith('| ---'));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toBe('| ❌ failed | plans/a \\& \\<b\\>.json | 1 | 1 | 1 |');
    expect(rows[3]).toContain('✅ passed');
    expect(md).toContain('1 ❌ failed · 1 ⛔ not a plan · 1 ❔ couldn’t check · 1 ✅ passed');
  });
});
