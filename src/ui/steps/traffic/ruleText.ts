import type { SecurityRule } from '../../../core/index.ts';

/** One security rule as a table row: every value already in words. */
export interface RuleRow {
  readonly name: string;
  readonly priority: number;
  readonly direction: 'Inbound' | 'Outbound';
  readonly access: 'Allow' | 'Deny';
  readonly protocol: string;
  readonly source: string;
  readonly destination: string;
  readonly ports: string;
}

const PROTOCOL_WORDS: Record<SecurityRule['properties']['protocol'], string> = {
  Tcp: 'TCP',
  Udp: 'UDP',
  Icmp: 'ICMP',
  Esp: 'ESP',
  Ah: 'AH',
  '*': 'Any',
};

/** "TCP", "UDP", "Any" for `*`. */
export const protocolText = (protocol: SecurityRule['properties']['protocol']): string =>
  PROTOCOL_WORDS[protocol];

const present = (value: string | undefined): value is string => value !== undefined && value !== '';

/** The last segment of a resource id (an application security group's name). */
const lastSegment = (id: string): string => id.split('/').filter(Boolean).pop() ?? id;

/**
 * One side of a rule in words: its single value and its list, joined; application security groups by
 * name; `*` as "Any".
 */
export function addressText(
  single: string | undefined,
  list: readonly string[] | undefined,
  groups?: readonly { id: string }[],
): string {
  if (groups && groups.length > 0) {
    return groups.map((group) => `Application security group ${lastSegment(group.id)}`).join(', ');
  }
  const values = [...(present(single) ? [single] : []), ...(list ?? [])];
  if (values.length === 0) return 'Not set';
  return values.map((value) => (value.trim() === '*' ? 'Any' : value)).join(', ');
}

/** Ports in words: the single value and the list joined, `*` as "Any". */
export function portsText(single: string | undefined, list: readonly string[] | undefined): string {
  return addressText(single, list);
}

/** A security rule as a readable row (destination ports; source ports are almost always any). */
export function ruleRow(rule: SecurityRule): RuleRow {
  const p = rule.properties;
  return {
    name: rule.name,
    priority: p.priority,
    direction: p.direction,
    access: p.access,
    protocol: protocolText(p.protocol),
    source: addressText(p.sourceAddressPrefix, p.sourceAddressPrefixes, p.sourceApplicationSecurityGroups),
    destination: addressText(
      p.destinationAddressPrefix,
      p.destinationAddressPrefixes,
      p.destinationApplicationSecurityGroups,
    ),
    ports: portsText(p.destinationPortRange, p.destinationPortRanges),
  };
}

/** The rules of one direction, lowest priority number (evaluated first) first. */
export function rulesOf(rules: readonly SecurityRule[], direction: 'Inbound' | 'Outbound'): SecurityRule[] {
  return rules
    .filter((rule) => rule.properties.direction === direction)
    .sort((a, b) => a.properties.priority - b.properties.priority || a.name.localeCompare(b.name));
}

const OPEN_SOURCES = new Set(['*', 'any', 'internet', '0.0.0.0/0']);

/** True when an SSH source lets anyone on the internet connect. */
export function isOpenToWorld(source: string | undefined): boolean {
  return source !== undefined && OPEN_SOURCES.has(source.trim().toLowerCase());
}
