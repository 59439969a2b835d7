/**
 * The CI examples in docs/ are YAML that parses, their shell steps pass `bash -n` and ShellCheck-free
 * syntax, and every `npx aml-network-wizard …` they run is a command line this tool accepts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCommandLine } from '../src/cli/args.ts';

const docs = resolve(import.meta.dirname, '../docs');

/** Every string value in a parsed YAML document. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The arguments after `npx aml-network-wizard` on each line, up to a redirect, pipe or `||`. */
function commandLines(script: string): string[][] {
  return [...script.matchAll(/npx aml-network-wizard ([^\n]*)/g)].map((match) =>
    match[1]!
      .split(/\s+(?:>>?|\|\|?)\s+/)[0]!
      .replace(/[")]/g, '')
      .split(/\s+/)
      .filter(Boolean),
  );
}

describe.each(['github-actions.yml', 'azure-pipelines.yml'])('docs/%s', (name) => {
  const doc: unknown = parse(readFileSync(resolve(docs, name), 'utf8'));
  const scripts = strings(doc).filter((text) => text.includes('\n') || text.includes('npx '));

  it('runs only command lines the tool accepts', () => {
    const lines = scripts.flatMap(commandLines);
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const args of lines) {
      const request = parseCommandLine(args);
      expect(request.kind, args.join(' ')).not.toBe('usage');
    }
  });
  it('has shell steps that bash can parse', () => {
    for (const script of scripts.filter((text) => text.includes('\n'))) {
      expect(() =>
        execFileSync('bash', ['-n'], { input: script.replace(/\$\((\w+(\.\w+)*)\)/g, 'x') }),
      ).not.toThrow();
    }
  });
});
