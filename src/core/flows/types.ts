import type { FlowSpec } from '../catalog/flows.ts';
import type { SecurityRule } from '../model/index.ts';
import type { ParseRuleResult } from './parseRule.ts';

export type Direction = 'Inbound' | 'Outbound';

/**
 * One flow the compute needs: a single protocol and destination port between the compute subnet and
 * a remote end (a service tag such as `Storage.eastus2`, or an address prefix).
 */
export interface Flow {
  /** `<catalogue id>-<port>`, e.g. `out-aml-443`; unique within a plan's flows. */
  readonly id: string;
  /** The catalogue entry it comes from (src/core/catalog/flows.ts). */
  readonly specId: string;
  readonly direction: Direction;
  readonly protocol: 'Tcp' | 'Udp';
  readonly port: number;
  /** Service tag (regional tags resolved to the compute region) or address prefix. */
  readonly remote: string;
  readonly status: FlowSpec['status'];
  readonly why: string;
  readonly docUrl: string;
}

/** Where a rule the simulator evaluates comes from. */
export type RuleOrigin = 'existing' | 'planned' | 'default';

/** A security rule with where it comes from; `path` points into the plan for rules the plan holds. */
export interface SourcedRule {
  readonly rule: SecurityRule;
  readonly origin: RuleOrigin;
  readonly path?: string;
  /** The rule's ports and addresses, parsed once by whoever built this object; parsed on use when absent. */
  readonly parsed?: ParseRuleResult;
}

/** The rule that decided a flow. */
export interface DecidingRule {
  readonly name: string;
  readonly priority: number;
  readonly access: 'Allow' | 'Deny';
  readonly origin: RuleOrigin;
  /** Plan path of the rule (`network.subnet.networkSecurityGroup.securityRules.3`) when the plan holds it. */
  readonly path?: string;
}

export type FlowResult = 'allowed' | 'denied' | 'unknown';

/** The outcome of one flow against one NSG. */
export interface NsgDecision {
  readonly result: FlowResult;
  /** The deciding rule; for `unknown`, the first rule whose match could not be decided. Absent when no NSG filters the flow. */
  readonly rule?: DecidingRule;
  /** Why the result is `unknown`, or that no NSG filters the subnet. */
  readonly note?: string;
}

/** A field of an existing rule the simulator could not read; the rule is treated as not matching. */
export interface MalformedField {
  /** Path of the field, e.g. `network.subnet.networkSecurityGroup.securityRules.2.properties.destinationPortRange`. */
  readonly path: string;
  readonly ruleName: string;
  readonly message: string;
}

/** A required flow with its verdict. */
export interface FlowVerdict extends NsgDecision {
  readonly flow: Flow;
}
