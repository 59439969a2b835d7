import type { Proof } from '../proof/index.ts';
import type { Finding, ServiceTagsInput } from '../rules/index.ts';

/** One file of a generated bundle (file names: PLAN-FORMAT.md, "Command line"). */
export interface GeneratedFile {
  readonly name: string;
  readonly language: 'json' | 'bicep' | 'bash' | 'yaml' | 'python' | 'hcl' | 'markdown';
  readonly content: string;
}

/** What `generateBundle` may use besides the plan. */
export interface GenerateOptions {
  /** The Service Tags file for IP-prefix routes (`tunneling.routeTargets: "ipPrefixes"`). */
  readonly serviceTags?: ServiceTagsInput;
  /**
   * The plan's findings, for the README ("findings that still apply"). When omitted the generator
   * checks the plan itself.
   */
  readonly findings?: readonly Finding[];
  /** The plan's reachability proof, for the README's flow table. When omitted the generator proves it. */
  readonly proof?: Proof;
}

/** The generated files, README first. */
export interface Bundle {
  readonly files: readonly GeneratedFile[];
}
