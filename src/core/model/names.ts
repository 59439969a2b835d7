import * as z from 'zod/mini';

/**
 * Azure naming rules for the resources a plan names (REQUIREMENTS.md §8). Each rule is a list of
 * checks in the order a person would fix them, so the message names the first thing that is wrong.
 * @see https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
 */
export interface NameRule {
  /** What the name is, for messages: "compute name". */
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** The allowed characters, in words, and as a character class body. */
  readonly charsetWords: string;
  readonly charset: RegExp;
  readonly start?: { readonly pattern: RegExp; readonly words: string };
  readonly end?: { readonly pattern: RegExp; readonly words: string };
  readonly forbidden?: { readonly pattern: RegExp; readonly words: string };
}

/**
 * Hands out names, each once: the name wanted, or `-2`, `-3`, … after it when it is taken, comparing without
 * case as Azure does. `taken` are the names already in use (a route table's routes); the first holder of a
 * name keeps it.
 */
export function uniqueNames(taken: Iterable<string> = []): (wanted: string) => string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  return (wanted) => {
    let name = wanted;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${wanted}-${n}`;
    used.add(name.toLowerCase());
    return name;
  };
}

/**
 * Returns what is wrong with `value` under `rule`, or undefined when the name is valid. A form shows the
 * message as an alert while the person types, so it doesn't repeat the value or its length: one message
 * for the whole run of keys that are too many (or too few), announced once.
 */
export function nameProblem(rule: NameRule, value: string): string | undefined {
  const { label, min, max } = rule;
  if (value.length < min || value.length > max) {
    const size = min === max ? `${min}` : `${min}–${max}`;
    if (value.length === 0) return `Enter the ${label}: ${size} characters.`;
    return `The ${label} is too ${value.length < min ? 'short' : 'long'}: use ${size} characters.`;
  }
  const bad = [...value].find((ch) => !rule.charset.test(ch));
  if (bad !== undefined) {
    return `The ${label} may contain only ${rule.charsetWords}; remove "${bad}".`;
  }
  if (rule.start && !rule.start.pattern.test(value))
    return `The ${label} must start with ${rule.start.words}.`;
  if (rule.end && !rule.end.pattern.test(value)) return `The ${label} must end with ${rule.end.words}.`;
  if (rule.forbidden?.pattern.test(value)) return `The ${label} ${rule.forbidden.words}.`;
  return undefined;
}

const alnum = /[a-zA-Z0-9]/;
const startAlnum = { pattern: /^[a-zA-Z0-9]/, words: 'a letter or digit' };
const startLetter = { pattern: /^[a-zA-Z]/, words: 'a letter' };
const endAlnumUnderscore = { pattern: /[a-zA-Z0-9_]$/, words: 'a letter, digit or underscore' };

/** Compute cluster and compute instance names (ARM pattern `^[a-zA-Z](?![a-zA-Z0-9-]*-\d+$)[a-zA-Z0-9\-]{2,23}$`). */
export const computeNameRule: NameRule = {
  label: 'compute name',
  min: 3,
  max: 24,
  charsetWords: 'letters, digits and hyphens',
  charset: /[a-zA-Z0-9-]/,
  start: startLetter,
  forbidden: {
    pattern: /-\d+$/,
    words: 'must not end with a hyphen followed by digits (such as "-1"); Azure reserves that form',
  },
};

/** Attached compute names (virtual machine, HDInsight, Databricks). */
export const attachedComputeNameRule: NameRule = {
  label: 'attached compute name',
  min: 2,
  max: 16,
  charsetWords: 'letters, digits and hyphens',
  charset: /[a-zA-Z0-9-]/,
  start: startLetter,
};

export const workspaceNameRule: NameRule = {
  label: 'workspace name',
  min: 3,
  max: 33,
  charsetWords: 'letters, digits, underscores and hyphens',
  charset: /[a-zA-Z0-9_-]/,
  start: startAlnum,
};

export const vnetNameRule: NameRule = {
  label: 'virtual network name',
  min: 2,
  max: 64,
  charsetWords: 'letters, digits, underscores, periods and hyphens',
  charset: /[a-zA-Z0-9_.-]/,
  start: startAlnum,
  end: endAlnumUnderscore,
};

/** Subnets, NSGs, NSG rules, route tables, routes, NAT gateways and public IPs share one rule. */
export function networkChildNameRule(label: string): NameRule {
  return { ...vnetNameRule, label, min: 1, max: 80 };
}

export const resourceGroupNameRule: NameRule = {
  label: 'resource group name',
  min: 1,
  max: 90,
  charsetWords: 'letters, digits, underscores, hyphens, periods and parentheses',
  charset: /[a-zA-Z0-9_.()-]/,
  end: { pattern: /[^.]$/, words: 'any allowed character but a period' },
};

export const databricksWorkspaceNameRule: NameRule = {
  label: 'Databricks workspace name',
  min: 3,
  max: 64,
  charsetWords: 'letters, digits, underscores and hyphens',
  charset: /[a-zA-Z0-9_-]/,
};

export const hdinsightClusterNameRule: NameRule = {
  label: 'HDInsight cluster name',
  min: 3,
  max: 59,
  charsetWords: 'letters, digits and hyphens',
  charset: /[a-zA-Z0-9-]/,
  start: startAlnum,
  end: { pattern: /[a-zA-Z0-9]$/, words: 'a letter or digit' },
};

/** A zod string that enforces `rule` with its message. */
export function nameSchema(rule: NameRule) {
  return z.string().check(
    z.superRefine((value, ctx) => {
      const problem = nameProblem(rule, value);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    }),
    z.meta({ description: `${rule.label}: ${rule.min}–${rule.max} characters, ${rule.charsetWords}` }),
  );
}

/** True when `ch` is a single ASCII letter or digit (exported for legalizers). */
export function isAlnum(ch: string): boolean {
  return ch.length === 1 && alnum.test(ch);
}
