import type { Plan } from '../model/index.ts';
import { NSG_RULES_PATH, subnetNsg } from './context.ts';
import { evaluateNsg, type EvaluateOptions } from './evaluate.ts';
import { parseRule } from './parseRule.ts';
import { plannedSecurityRules } from './planned.ts';
import { requiredFlows } from './required.ts';
import type { Flow, FlowVerdict, MalformedField, NsgDecision, SourcedRule } from './types.ts';

/** The result of simulating a plan's flows through its subnet's NSG. */
export interface Simulation {
  /** Every required flow with its verdict, in catalogue order. */
  readonly flows: readonly FlowVerdict[];
  /** The rules evaluated besides Azure's defaults: the plan's rules, then the planned ones. */
  readonly rules: readonly SourcedRule[];
  /** The planned rules alone (what generators emit). */
  readonly planned: readonly SourcedRule[];
  /** Fields of the plan's rules that could not be read; those rules are treated as not matching. */
  readonly malformed: readonly MalformedField[];
  /** True when the compute subnet has an NSG in the plan. */
  readonly hasNsg: boolean;
  /** A general internet host (outside every service tag) over TCP 443 outbound: does the NSG let it through? */
  readonly internet: NsgDecision;
}

/** A probe flow to a general internet host, to tell whether outbound is restricted. */
export const INTERNET_PROBE: Flow = {
  id: 'probe-internet-443',
  specId: 'probe-internet',
  direction: 'Outbound',
  protocol: 'Tcp',
  port: 443,
  remote: 'Internet',
  status: 'situational',
  why: 'A general internet host, outside every service tag.',
  docUrl: 'https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview',
};

const NO_NSG: NsgDecision = {
  result: 'allowed',
  note: 'The subnet has no network security group, so nothing filters this flow.',
};

/** The fields of the plan's own rules that can't be read, at their exact plan paths. */
export function malformedFields(rules: readonly SourcedRule[]): MalformedField[] {
  const fields: MalformedField[] = [];
  for (const { rule, path, parsed: given } of rules) {
    const parsed = given ?? parseRule(rule);
    if (parsed.ok || path === undefined) continue;
    for (const problem of parsed.problems) {
      fields.push({
        path: `${path}.properties.${problem.field}`,
        ruleName: rule.name,
        message: problem.message,
      });
    }
  }
  return fields;
}

function simulate(plan: Plan): Simulation {
  const nsg = subnetNsg(plan);
  const existing: SourcedRule[] = (nsg?.securityRules ?? []).map((rule, i) => ({
    rule,
    origin: 'existing',
    path: `${NSG_RULES_PATH}.${i}`,
    parsed: parseRule(rule),
  }));
  const planned: SourcedRule[] = plannedSecurityRules(plan).map((rule) => ({ rule, origin: 'planned' }));
  const rules = [...existing, ...planned];
  const prefix = plan.network?.subnet?.addressPrefix;
  const options: EvaluateOptions = prefix === undefined ? {} : { subnetPrefix: prefix };
  const decide = (flow: Flow): NsgDecision => (nsg ? evaluateNsg(rules, flow, options) : NO_NSG);
  return {
    flows: requiredFlows(plan).map((flow) => ({ flow, ...decide(flow) })),
    rules,
    planned,
    malformed: malformedFields(existing),
    hasNsg: nsg !== undefined,
    internet: decide(INTERNET_PROBE),
  };
}

const memo = new WeakMap<Plan, Simulation>();

/**
 * Simulates every required flow of the plan through the compute subnet's NSG: the plan's rules plus
 * the rules the plan adds plus Azure's defaults. Memoized per plan object, so the rules that need it
 * share one simulation.
 * @see https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview
 */
export function simulateFlows(plan: Plan): Simulation {
  let result = memo.get(plan);
  if (!result) {
    result = simulate(plan);
    memo.set(plan, result);
  }
  return result;
}
