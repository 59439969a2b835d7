import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attachedComputeNameRule,
  computeNameRule,
  databricksWorkspaceNameRule,
  hdinsightClusterNameRule,
  isAlnum,
  nameProblem,
  networkChildNameRule,
  resourceGroupNameRule,
  vnetNameRule,
  workspaceNameRule,
  type NameRule,
  uniqueNames,
} from './names.ts';

/** A name of `length` characters starting with `first` and padded with `fill`. */
const sized = (length: number, first = 'a', fill = 'b') => (first + fill.repeat(length)).slice(0, length);

type Case = readonly [name: string, problem: RegExp | undefined];

/** Boundaries of REQUIREMENTS.md §8, per resource: each name and the problem it must have (or none). */
const table: readonly (readonly [NameRule, readonly Case[]])[] = [
  [
    computeNameRule,
    [
      [sized(2), /^The compute name is too short: use 3–24 characters\.$/],
      [sized(3), undefined],
      [sized(24), undefined],
      [sized(25), /is too long: use 3–24 characters/],
      ['cpu-1', /must not end with a hyphen followed by digits/],
      ['cpu-cluster-42', /must not end with a hyphen followed by digits/],
      ['cpu-1a', undefined],
      ['cpu1', undefined],
      ['gpu-', undefined],
      ['1cpu', /must start with a letter/],
      ['-cpu', /must start with a letter/],
      ['cpu_cluster', /may contain only letters, digits and hyphens; remove "_"/],
      ['cpu cluster', /remove " "/],
      ['cpü', /remove "ü"/],
    ],
  ],
  [
    attachedComputeNameRule,
    [
      [sized(1), /is too short: use 2–16 characters/],
      [sized(2), undefined],
      [sized(16), undefined],
      [sized(17), /is too long: use 2–16 characters/],
      ['9vm', /must start with a letter/],
      ['vm.1', /remove "\."/],
    ],
  ],
  [
    workspaceNameRule,
    [
      [sized(2), /is too short: use 3–33 characters/],
      [sized(3), undefined],
      [sized(33), undefined],
      [sized(34), /is too long: use 3–33 characters/],
      ['1ws', undefined],
      ['ml_ws-1', undefined],
      ['_ws', /must start with a letter or digit/],
      ['ml.ws', /remove "\."/],
    ],
  ],
  [
    vnetNameRule,
    [
      [sized(1), /is too short: use 2–64 characters/],
      [sized(2), undefined],
      [sized(64), undefined],
      [sized(65), /is too long: use 2–64 characters/],
      ['vnet.prod_', undefined],
      ['_vnet', /must start with a letter or digit/],
      ['vnet.', /must end with a letter, digit or underscore/],
      ['vnet-', /must end with a letter, digit or underscore/],
      ['vnet/1', /remove "\/"/],
    ],
  ],
  [
    networkChildNameRule('subnet name'),
    [
      ['', /^Enter the subnet name: 1–80 characters\.$/],
      ['a', undefined],
      [sized(80), undefined],
      [sized(81), /subnet name is too long: use 1–80 characters/],
      ['training.', /must end with a letter, digit or underscore/],
      ['.training', /must start with a letter or digit/],
    ],
  ],
  [
    resourceGroupNameRule,
    [
      ['', /^Enter the resource group name: 1–90 characters\.$/],
      ['a', undefined],
      [sized(90), undefined],
      [sized(91), /is too long: use 1–90 characters/],
      ['ml-rg.', /must end with any allowed character but a period/],
      ['(ml).rg_1', undefined],
      ['ml rg', /remove " "/],
    ],
  ],
  [
    databricksWorkspaceNameRule,
    [
      [sized(2), /is too short: use 3–64 characters/],
      [sized(64), undefined],
      [sized(65), /is too long: use 3–64 characters/],
      ['dbx.ws', /remove "\."/],
    ],
  ],
  [
    hdinsightClusterNameRule,
    [
      [sized(2), /is too short: use 3–59 characters/],
      [sized(59), undefined],
      [sized(60), /is too long: use 3–59 characters/],
      ['-hdi', /must start with a letter or digit/],
      ['hdi-', /must end with a letter or digit/],
    ],
  ],
];

describe.each(table)('$label', (rule, cases) => {
  it.each(cases)('%j', (name, problem) => {
    const actual = nameProblem(rule, name);
    if (problem === undefined) expect(actual).toBeUndefined();
    else expect(actual).toMatch(problem);
  });
});

describe('the length message while a person types', () => {
  // A form shows it as an alert: one message for every length past the limit is announced once, not per key.
  it.each(table.map(([rule]) => [rule.label, rule] as const))('%s: one message past each end', (_, rule) => {
    const longs = [1, 2, 10].map((extra) => nameProblem(rule, sized(rule.max + extra)));
    expect(new Set(longs).size).toBe(1);
    expect(longs[0]).toMatch(/too long/);
    const shorts = Array.from({ length: rule.min - 1 }, (_, i) => nameProblem(rule, sized(i + 1)));
    expect(new Set(shorts).size).toBeLessThanOrEqual(1);
    expect(nameProblem(rule, sized(rule.max + 5))).not.toContain(sized(rule.max + 5));
  });
});

describe('naming rules against the ARM patterns of REQUIREMENTS.md §8', () => {
  const alphabet = fc.constantFrom(...'aZ09-_. '.split(''), 'b', 'Q', '5');
  const names = fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join(''));
  const references: [NameRule, RegExp][] = [
    [computeNameRule, /^[a-zA-Z](?![a-zA-Z0-9-]*-\d+$)[a-zA-Z0-9-]{2,23}$/],
    [workspaceNameRule, /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/],
  ];
  it.each(references)('$label accepts exactly what the pattern accepts', (rule, pattern) => {
    fc.assert(
      fc.property(names, (name) => (nameProblem(rule, name) === undefined) === pattern.test(name)),
      { numRuns: 2000 },
    );
  });
});

describe('isAlnum', () => {
  it.each([
    ['a', true],
    ['Z', true],
    ['7', true],
    ['-', false],
    ['ab', false],
    ['', false],
    ['é', false],
  ])('%j → %j', (ch, expected) => {
    expect(isAlnum(ch)).toBe(expected);
  });
});

describe('uniqueNames', () => {
  it('gives each wanted name once, numbering repeats, comparing without case as Azure does', () => {
    const name = uniqueNames(['AzureMachineLearningToInternet']);
    expect(name('azuremachinelearningtointernet')).toBe('azuremachinelearningtointernet-2');
    expect(name('kv-vault-pe')).toBe('kv-vault-pe');
    expect(name('KV-vault-pe')).toBe('KV-vault-pe-2');
    expect(name('kv-vault-pe')).toBe('kv-vault-pe-3');
  });
});
