/**
 * Plan builders for rule tests: start from a shipped example, change what the test is about, and get
 * back a plan the schema accepted. Used only by tests, so it lives outside the production folders; every
 * rule family shares it.
 */
import { parsePlan, type Network, type Plan, type Subnet } from '../../src/core/model/index.ts';
import { checkPlan } from '../../src/core/rules/checkPlan.ts';
import type { Finding, Rule, Severity } from '../../src/core/rules/types.ts';
import computeCluster from '../../examples/compute-cluster.plan.json' with { type: 'json' };
import computeInstance from '../../examples/compute-instance.plan.json' with { type: 'json' };
import databricks from '../../examples/databricks.plan.json' with { type: 'json' };
import hdinsight from '../../examples/hdinsight.plan.json' with { type: 'json' };
import managedVnet from '../../examples/managed-vnet.plan.json' with { type: 'json' };
import serverless from '../../examples/serverless.plan.json' with { type: 'json' };
import virtualMachine from '../../examples/virtual-machine.plan.json' with { type: 'json' };
import delegatedSubnet from '../../examples/broken/delegated-subnet.plan.json' with { type: 'json' };
import forcedTunnelNoAmlRoute from '../../examples/broken/forced-tunnel-no-aml-route.plan.json' with { type: 'json' };
import nsgDenyPriority100 from '../../examples/broken/nsg-deny-priority-100.plan.json' with { type: 'json' };
import privateSubnetNoEgress from '../../examples/broken/private-subnet-no-egress.plan.json' with { type: 'json' };
import subnetTooSmall from '../../examples/broken/subnet-too-small.plan.json' with { type: 'json' };

/** The valid examples, one per compute kind plus the managed network, by file name without `.plan.json`. */
export const VALID_EXAMPLES = {
  'compute-cluster': computeCluster,
  'compute-instance': computeInstance,
  databricks,
  hdinsight,
  'managed-vnet': managedVnet,
  serverless,
  'virtual-machine': virtualMachine,
} as const;

/** Schema-valid plans that break one documented requirement each (`examples/broken/`). */
const BROKEN_EXAMPLES = {
  'broken/delegated-subnet': delegatedSubnet,
  'broken/forced-tunnel-no-aml-route': forcedTunnelNoAmlRoute,
  'broken/nsg-deny-priority-100': nsgDenyPriority100,
  'broken/private-subnet-no-egress': privateSubnetNoEgress,
  'broken/subnet-too-small': subnetTooSmall,
} as const;

export type ValidExampleName = keyof typeof VALID_EXAMPLES;
export type ExampleName = ValidExampleName | keyof typeof BROKEN_EXAMPLES;

/** Names of `examples/*.plan.json`, in a stable order. */
export const EXAMPLE_NAMES = Object.keys(VALID_EXAMPLES).sort() as readonly ValidExampleName[];

const ALL_EXAMPLES: Readonly<Record<ExampleName, unknown>> = { ...VALID_EXAMPLES, ...BROKEN_EXAMPLES };

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A fresh, mutable copy of an example file's JSON, before schema validation. */
export function exampleJson(name: ExampleName): Record<string, unknown> {
  return clone(ALL_EXAMPLES[name]) as Record<string, unknown>;
}

/** Parses raw JSON as a plan; throws with every schema problem listed when it isn't one (tests only). */
export function planFrom(raw: unknown): Plan {
  const result = parsePlan(raw);
  if (!result.ok) {
    const problems = result.errors.map((e) => `${e.path || '(plan)'}: ${e.message}`).join('\n');
    throw new Error(`Not a valid plan:\n${problems}`);
  }
  return result.plan;
}

/** An example parsed through {@link parsePlan}, with every default applied. */
export function examplePlan(name: ExampleName): Plan {
  return planFrom(exampleJson(name));
}

/**
 * A copy of `plan` changed by `mutate` and parsed again, so defaults and shape checks apply as they would
 * to a file. `mutate` edits the copy in place; `plan` itself is never changed. Throws when the result is
 * not a valid plan (tests only).
 */
export function withPatch(plan: Plan, mutate: (draft: Plan) => void): Plan {
  const draft = clone(plan);
  mutate(draft);
  return planFrom(clone(draft));
}

/** Findings of the given rules (default: every rule) for `plan`, optionally only those of one rule id. */
export function findingsOf(plan: Plan, rules?: readonly Rule[], ruleId?: string): Finding[] {
  const findings = rules ? checkPlan(plan, {}, rules) : checkPlan(plan);
  return ruleId === undefined ? findings : findings.filter((f) => f.ruleId === ruleId);
}

/** Severity, path and message of each finding: what rule tests compare. */
export function brief(findings: readonly Finding[]): { severity: Severity; path: string; message: string }[] {
  return findings.map(({ severity, path, message }) => ({ severity, path, message }));
}

/** The plan's network section, for patches; throws when the plan has none (tests only). */
export function networkOf(plan: Plan): Network {
  if (!plan.network) throw new Error('This plan has no "network" section.');
  return plan.network;
}

/** The plan's compute subnet, for patches; throws when the plan has none (tests only). */
export function subnetOf(plan: Plan): Subnet {
  const subnet = networkOf(plan).subnet;
  if (!subnet) throw new Error('This plan has no "network.subnet".');
  return subnet;
}

/** One row of a rule's test table: a plan and the findings (message as a substring) the rule gives it. */
export interface RuleCase {
  readonly name: string;
  readonly plan: () => Plan;
  readonly expected: readonly {
    readonly severity: Severity;
    readonly path: string;
    readonly message: string;
  }[];
}

/** Test rows by rule id. */
export type RuleTable = Readonly<Record<string, readonly RuleCase[]>>;

/** Ids of `rules` the table doesn't test both ways: at least one row with findings and one without. */
export function untestedRules(rules: readonly Rule[], table: RuleTable): string[] {
  return rules
    .filter((rule) => {
      const cases = table[rule.id] ?? [];
      return !cases.some((c) => c.expected.length > 0) || !cases.some((c) => c.expected.length === 0);
    })
    .map((rule) => rule.id);
}
