import * as z from 'zod/mini';
import { securityRuleSchema, type Plan, type SecurityRule } from '../../../core/index.ts';

type Properties = SecurityRule['properties'];
type Direction = Properties['direction'];

/** What the rule dialog edits; names follow the plan so findings land on the right field. */
export interface RuleFormValues {
  name: string;
  properties: {
    priority: number;
    direction: Direction;
    access: Properties['access'];
    protocol: Properties['protocol'];
    sourceAddressPrefix: string;
    sourcePortRange: string;
    destinationAddressPrefix: string;
    destinationPortRange: string;
    description?: string | undefined;
  };
}

/** "a, b" → ["a", "b"]; blanks dropped. */
export const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

const joined = (single: string | undefined, list: readonly string[] | undefined): string =>
  [...(single ? [single] : []), ...(list ?? [])].join(', ');

/** The dialog's values for a rule, or for a new rule of `direction` at `priority`. */
export function ruleFormValues(
  rule: SecurityRule | undefined,
  direction: Direction,
  priority: number,
): RuleFormValues {
  if (!rule) {
    return {
      name: '',
      properties: {
        priority,
        direction,
        access: 'Allow',
        protocol: 'Tcp',
        sourceAddressPrefix: direction === 'Inbound' ? '' : 'VirtualNetwork',
        sourcePortRange: '*',
        destinationAddressPrefix: direction === 'Inbound' ? 'VirtualNetwork' : '',
        destinationPortRange: '',
      },
    };
  }
  const p = rule.properties;
  return {
    name: rule.name,
    properties: {
      priority: p.priority,
      direction: p.direction,
      access: p.access,
      protocol: p.protocol,
      sourceAddressPrefix: joined(p.sourceAddressPrefix, p.sourceAddressPrefixes),
      sourcePortRange: joined(p.sourcePortRange, p.sourcePortRanges),
      destinationAddressPrefix: joined(p.destinationAddressPrefix, p.destinationAddressPrefixes),
      destinationPortRange: joined(p.destinationPortRange, p.destinationPortRanges),
      ...(p.description === undefined ? {} : { description: p.description }),
    },
  };
}

const required = (what: string, example: string) =>
  z
    .string()
    .check(z.trim(), z.minLength(1, { message: `Enter ${what}, such as ${example}; use * for any.` }));

/**
 * The dialog's schema: the plan's rule schema for name and description, plus what Azure enforces across
 * rules: priorities 100–4096 and unique per direction, names unique in the NSG.
 */
export function ruleFormSchema(others: readonly SecurityRule[]) {
  return z
    .object({
      name: securityRuleSchema.shape.name,
      properties: z.object({
        priority: z
          .number({ message: 'Enter a priority from 100 to 4096.' })
          .check(
            z.int({ message: 'Enter a whole number from 100 to 4096.' }),
            z.gte(100, { message: 'Azure accepts priorities from 100 to 4096.' }),
            z.lte(4096, { message: 'Azure accepts priorities from 100 to 4096.' }),
          ),
        direction: z.enum(['Inbound', 'Outbound']),
        access: z.enum(['Allow', 'Deny']),
        protocol: securityRuleSchema.shape.properties.shape.protocol,
        sourceAddressPrefix: required('the source', '203.0.113.0/24 or AzureMachineLearning'),
        sourcePortRange: required('the source ports', '*'),
        destinationAddressPrefix: required('the destination', 'VirtualNetwork'),
        destinationPortRange: required('the destination ports', '22 or 8000-8080'),
        description: securityRuleSchema.shape.properties.shape.description,
      }),
    })
    .check(
      z.superRefine((values, ctx) => {
        const name = values.name.toLowerCase();
        if (others.some((rule) => rule.name.toLowerCase() === name)) {
          ctx.addIssue({
            code: 'custom',
            path: ['name'],
            message: 'Another rule has this name; names are unique.',
          });
        }
        const clash = others.find(
          (rule) =>
            rule.properties.direction === values.properties.direction &&
            rule.properties.priority === values.properties.priority,
        );
        if (clash) {
          ctx.addIssue({
            code: 'custom',
            path: ['properties', 'priority'],
            message: `Rule "${clash.name}" already has priority ${clash.properties.priority} in this direction; each priority is used once.`,
          });
        }
      }),
    );
}

type SideFields = readonly [single: keyof Properties, plural: keyof Properties];

/** Writes one side's text back: unchanged text keeps the original fields as they were. */
function applySide(
  target: Record<string, unknown>,
  original: Properties | undefined,
  [single, plural]: SideFields,
  text: string,
) {
  const before = original
    ? joined(original[single] as string | undefined, original[plural] as string[] | undefined)
    : undefined;
  if (before !== undefined && before === text.trim()) return;
  delete target[single];
  delete target[plural];
  const values = splitList(text);
  if (values.length === 1) target[single] = values[0];
  else target[plural] = values;
}

/**
 * The rule after the dialog: the original rule's fields in their original order, with only what was edited
 * changed (so an edit doesn't reformat what ARM returned).
 */
export function applyRuleEdit(original: SecurityRule | undefined, values: RuleFormValues): SecurityRule {
  const v = values.properties;
  const properties: Record<string, unknown> = {
    ...(original?.properties ?? {}),
    priority: v.priority,
    direction: v.direction,
    access: v.access,
    protocol: v.protocol,
  };
  const o = original?.properties;
  applySide(properties, o, ['sourceAddressPrefix', 'sourceAddressPrefixes'], v.sourceAddressPrefix);
  applySide(properties, o, ['sourcePortRange', 'sourcePortRanges'], v.sourcePortRange);
  applySide(
    properties,
    o,
    ['destinationAddressPrefix', 'destinationAddressPrefixes'],
    v.destinationAddressPrefix,
  );
  applySide(properties, o, ['destinationPortRange', 'destinationPortRanges'], v.destinationPortRange);
  const description = v.description?.trim();
  if (description) properties.description = description;
  else delete properties.description;
  // The dialog's schema has checked every field; parsing again would reorder an imported rule's fields.
  return { ...(original ?? {}), name: values.name, properties } as SecurityRule;
}

/** The lowest free priority from 100 up in steps of 10 for a new rule of `direction`. */
export function nextPriority(rules: readonly SecurityRule[], direction: Direction): number {
  const taken = new Set(
    rules.filter((r) => r.properties.direction === direction).map((r) => r.properties.priority),
  );
  let priority = 100;
  while (taken.has(priority) && priority < 4096) priority += 10;
  return priority;
}

/** The plan with the compute subnet's NSG holding `rules` (unchanged when there is no NSG). */
export function withNsgRules(plan: Plan, rules: readonly SecurityRule[]): Plan {
  const subnet = plan.network?.subnet;
  const nsg = subnet?.networkSecurityGroup;
  if (!plan.network || !subnet || !nsg) return plan;
  return {
    ...plan,
    network: {
      ...plan.network,
      subnet: { ...subnet, networkSecurityGroup: { ...nsg, securityRules: [...rules] } },
    },
  };
}
