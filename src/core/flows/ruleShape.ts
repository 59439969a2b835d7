import type { SecurityRule } from '../model/index.ts';

type Properties = SecurityRule['properties'];

const lower = (value: string | undefined) => (value ?? '').toLowerCase();

/** The values of a singular/plural field pair, lower-cased and sorted, so spelling variants compare equal. */
export function fieldValues(single: string | undefined, plural: readonly string[] | undefined): string[] {
  const values = [...(single !== undefined && single !== '' ? [single] : []), ...(plural ?? [])];
  return values.map((value) => value.trim().toLowerCase()).sort();
}

function shapeKey(p: Omit<Properties, 'priority'>): string {
  return JSON.stringify([
    p.direction,
    p.access,
    lower(p.protocol),
    fieldValues(p.sourceAddressPrefix, p.sourceAddressPrefixes),
    fieldValues(p.sourcePortRange, p.sourcePortRanges),
    fieldValues(p.destinationAddressPrefix, p.destinationAddressPrefixes),
    fieldValues(p.destinationPortRange, p.destinationPortRanges),
  ]);
}

/** True when `rule` has this name (case-insensitive) and the same effect as `body`, whatever its priority. */
export function sameRule(rule: SecurityRule, name: string, body: Omit<Properties, 'priority'>): boolean {
  return rule.name.toLowerCase() === name.toLowerCase() && shapeKey(rule.properties) === shapeKey(body);
}
