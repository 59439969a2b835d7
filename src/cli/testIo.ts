/** Test helpers for the command line: captured output over the real file system, and a fake core. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCS, type Finding, type Proof, type Severity } from '../core/index.ts';
import type { GeneratedFile } from '../core/generators/index.ts';
import type { CliIo } from './io.ts';
import { fileSize, readTextFile, writeFilesAtomically } from './nodeIo.ts';
import type { CoreApi } from './run.ts';

export interface CapturedIo {
  readonly io: CliIo;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/** The fixed date the captured IO reports as today. */
export const TEST_TODAY = '2026-08-01';

/** IO that captures stdout and stderr and reads and writes real files; today is {@link TEST_TODAY}. */
export function captureIo(color = false): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: (text) => void out.push(text),
      stderr: (text) => void err.push(text),
      color,
      readText: readTextFile,
      fileSize,
      today: () => TEST_TODAY,
      writeFiles: writeFilesAtomically,
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

/** A fresh empty folder under the system temp folder. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'aml-cli-test-'));

export function finding(severity: Severity, path = 'network.subnet.addressPrefix'): Finding {
  return {
    ruleId: `test-${severity}`,
    severity,
    path,
    message: `A ${severity} about ${path}.`,
    docUrl: DOCS.secureTraining,
  };
}

export function file(name: string, content = `${name}\n`): GeneratedFile {
  return { name, language: 'markdown', content };
}

/** Core with fixed findings and bundle, recording the options each call received. */
export function fakeCore(
  findings: readonly Finding[],
  files: readonly GeneratedFile[] = [],
  proof: Proof = { flows: [] },
) {
  const calls: { check: unknown[]; generate: unknown[] } = { check: [], generate: [] };
  const core: CoreApi = {
    checkPlan: (_plan, options) => {
      calls.check.push(options);
      return findings;
    },
    generateBundle: (_plan, options) => {
      calls.generate.push(options);
      return { files };
    },
    proveFlows: () => proof,
  };
  return { core, calls };
}
