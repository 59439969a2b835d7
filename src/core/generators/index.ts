import type { Plan } from '../model/index.ts';

/** One file of a generated bundle (file names: PLAN-FORMAT.md, "Command line"). */
export interface GeneratedFile {
  readonly name: string;
  readonly language: 'json' | 'bicep' | 'bash' | 'yaml' | 'python' | 'hcl' | 'markdown';
  readonly content: string;
}

export interface GenerateOptions {
  /** Parsed Service Tags file, for IP-prefix routes (forced-tunnelling issue). */
  readonly serviceTags?: unknown;
}

export interface Bundle {
  readonly files: readonly GeneratedFile[];
}

/** PLACEHOLDER until the generators land: builds the deployable bundle for a plan without error findings. */
export function generateBundle(_plan: Plan, _options: GenerateOptions = {}): Bundle {
  return { files: [] };
}
