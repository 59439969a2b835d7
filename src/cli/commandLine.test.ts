import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run.ts';
import { captureIo, fakeCore } from './testIo.ts';

const cluster = fileURLToPath(new URL('../../examples/compute-cluster.plan.json', import.meta.url));
const packageVersion = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

describe('help and version', () => {
  it.each([
    [['--help'], 'Commands:'],
    [['-h'], 'Commands:'],
    [['help', 'generate'], 'generate <plan.json> --out <dir>'],
    [['validate', '--help'], 'validate <plan.json|folder|glob>… [--format <format>]'],
    [['validate', 'x.json', '-h'], 'validate <plan.json|folder|glob>… [--format <format>]'],
    [['audit', '--help'], 'audit --resource-graph <page.json>…'],
    [['generate', '--help'], '--out <dir>'],
  ])('%j prints help and exits 0', async (argv, expected) => {
    const captured = captureIo();
    expect(await run(argv, captured.io)).toBe(0);
    expect(captured.stdout()).toContain(expected);
    expect(captured.stdout()).toContain('Exit codes:');
    expect(captured.stderr()).toBe('');
  });

  it('prints the version from package.json', async () => {
    const captured = captureIo();
    expect(await run(['--version'], captured.io)).toBe(0);
    expect(captured.stdout()).toBe(`${packageVersion}\n`);
  });
});

describe('command-line mistakes (exit 2 with the usage)', () => {
  it.each([
    [[], /^Name a command\./],
    [['lint', cluster], /^Unknown command "lint"; the commands are validate, generate and audit\./],
    [['--verbose'], /^Unknown option "--verbose"/],
    [['validate', cluster, '--jsn'], /^Unknown option "--jsn" for validate\./],
    [['validate', cluster, '-x'], /^Unknown option "-x" for validate\./],
    [['validate'], /^validate needs the path of a plan file\./],
    [
      ['generate', cluster, 'other.json', '--out', 'x'],
      /^generate takes one plan file; remove "other\.json"\./,
    ],
    [
      ['validate', cluster, '--format', 'xml'],
      /^--format xml is not a format of validate; use one of: text, json, sarif/,
    ],
    [['generate', cluster, '--out', 'x', '--format', 'sarif'], /^--format sarif is not a format of generate/],
    [['audit'], /^audit needs the Resource Graph export/],
    [['validate', cluster, '--json=yes'], /^--json takes no value; remove "=yes"\./],
    [['validate', cluster, '--service-tags'], /^--service-tags needs a value: --service-tags <file>\./],
    [['generate', cluster], /^generate needs --out <dir>/],
    [['generate', cluster, '--out', '-x'], /^--out needs a value: --out <dir>\./],
    [
      ['generate', cluster, '--out', 'a', '--out', 'b'],
      /^--out was given twice \("a" and "b"\); it takes one value\. Keep the one you mean\./,
    ],
    [
      ['validate', cluster, '--service-tags=x.json', '--service-tags', 'y.json'],
      /^--service-tags was given twice \("x\.json" and "y\.json"\)/,
    ],
  ])('%j', async (argv, message) => {
    const captured = captureIo();
    expect(await run(argv, captured.io)).toBe(2);
    expect(captured.stderr()).toMatch(message);
    expect(captured.stderr()).toContain('Usage:');
    expect(captured.stdout()).toBe('');
  });

  it('still prints one JSON object on stdout with --json', async () => {
    const captured = captureIo();
    expect(await run(['validate', '--json'], captured.io)).toBe(2);
    expect(JSON.parse(captured.stdout())).toEqual({
      schemaErrors: [{ path: '', message: 'validate needs the path of a plan file.' }],
    });
  });

  it('accepts --out=<dir> and options before the plan path', async () => {
    const { core, calls } = fakeCore([]);
    expect(await run(['generate', '--json', '--out=unused', cluster], captureIo().io, core)).toBe(0);
    expect(calls.check).toHaveLength(1);
  });
});

describe('unexpected failures', () => {
  const failing = {
    checkPlan: () => {
      throw new TypeError(
        'Cannot read properties of undefined (reading "x")\n    at checkPlan (rules.ts:1:1)',
      );
    },
    generateBundle: () => ({ files: [] }),
    proveFlows: () => ({ flows: [] }),
  };

  it('exits 70 with one line and no stack trace', async () => {
    const captured = captureIo();
    expect(await run(['validate', cluster], captured.io, failing)).toBe(70);
    const lines = captured.stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Internal error: Cannot read properties of undefined .*please report it/);
  });

  it('keeps stdout one JSON object with --json', async () => {
    const captured = captureIo();
    expect(await run(['validate', cluster, '--json'], captured.io, failing)).toBe(70);
    expect(Object.keys(JSON.parse(captured.stdout()) as object)).toEqual(['internalError']);
  });
});
