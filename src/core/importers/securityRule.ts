import * as z from 'zod/mini';
import { securityRuleSchema, type SecurityRule } from '../model/index.ts';
import { armObject, armReference, caseInsensitiveEnum } from './normalize.ts';
import { REPORT_INPUT } from './result.ts';

const text = z.string();
const textList = z.array(z.string());

/** A security rule as `az network nsg show` prints it (flattened) or ARM returns it (nested). */
export const armSecurityRuleInput = armObject({
  name: z.string().check(z.minLength(1)),
  priority: z.number().check(z.int()),
  direction: caseInsensitiveEnum(['Inbound', 'Outbound']),
  access: caseInsensitiveEnum(['Allow', 'Deny']),
  protocol: caseInsensitiveEnum(['Tcp', 'Udp', 'Icmp', 'Esp', 'Ah', '*']),
  description: z.optional(text),
  sourceAddressPrefix: z.optional(text),
  sourceAddressPrefixes: z.optional(textList),
  sourcePortRange: z.optional(text),
  sourcePortRanges: z.optional(textList),
  destinationAddressPrefix: z.optional(text),
  destinationAddressPrefixes: z.optional(textList),
  destinationPortRange: z.optional(text),
  destinationPortRanges: z.optional(textList),
  sourceApplicationSecurityGroups: z.optional(z.array(armReference)),
  destinationApplicationSecurityGroups: z.optional(z.array(armReference)),
});
export type ArmSecurityRuleInput = z.output<typeof armSecurityRuleInput>;

type RuleProperties = SecurityRule['properties'];

const SINGLE_FIELDS = [
  'description',
  'sourceAddressPrefix',
  'sourcePortRange',
  'destinationAddressPrefix',
  'destinationPortRange',
] as const;
const LIST_FIELDS = [
  'sourceAddressPrefixes',
  'sourcePortRanges',
  'destinationAddressPrefixes',
  'destinationPortRanges',
] as const;
const ASG_FIELDS = ['sourceApplicationSecurityGroups', 'destinationApplicationSecurityGroups'] as const;

/**
 * The plan's nested rule (`{ name, properties }`) from either input shape. Read-only fields (`id`, `etag`,
 * `provisioningState`) are left out so a plan file doesn't change when Azure bumps them, and empty lists
 * (which `az` prints for unused plural fields) are dropped.
 * @see https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules
 */
export function toPlanSecurityRule(rule: ArmSecurityRuleInput): SecurityRule {
  const properties: RuleProperties = {
    priority: rule.priority,
    direction: rule.direction,
    access: rule.access,
    protocol: rule.protocol,
  };
  for (const field of SINGLE_FIELDS) {
    const value = rule[field];
    if (value !== undefined) properties[field] = value;
  }
  for (const field of LIST_FIELDS) {
    const value = rule[field];
    if (value !== undefined && value.length > 0) properties[field] = [...value];
  }
  for (const field of ASG_FIELDS) {
    const value = rule[field];
    if (value !== undefined && value.length > 0) properties[field] = value.map(({ id }) => ({ id }));
  }
  return { name: rule.name, properties };
}

/** Validates built rules against the plan schema; the first failure as a message naming the rule. */
export function checkPlanRules(rules: readonly SecurityRule[], container: string): string | undefined {
  for (const [index, rule] of rules.entries()) {
    const result = securityRuleSchema.safeParse(rule, REPORT_INPUT);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where =
        issue === undefined || issue.path.length === 0 ? '' : ` (${issue.path.map(String).join('.')})`;
      return `Security rule ${index} "${rule.name}" in ${container} can't be used in a plan${where}: ${(issue?.message ?? 'invalid value').replace(/\.$/, '')}.`;
    }
  }
  return undefined;
}
