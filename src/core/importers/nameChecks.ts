import type { Plan, Subnet, Vnet } from '../model/index.ts';
import { wordList } from './detect.ts';
import { flattenArm, isJsonObject, parseArmId } from './normalize.ts';

/** A subnet as a resource id names it. */
interface SubnetRef {
  readonly vnet?: string;
  readonly name: string;
}

const same = (a: string | undefined, b: string | undefined): boolean =>
  a === undefined || b === undefined || a.toLowerCase() === b.toLowerCase();

const described = (ref: SubnetRef): string =>
  ref.vnet === undefined ? `"${ref.name}"` : `"${ref.name}" in VNet "${ref.vnet}"`;

/**
 * The subnets an NSG or route table is attached to, from `subnets` in either shape; `[]` when Azure says
 * none (an empty list, or `null` as `az` prints it), undefined when the document doesn't say.
 */
function attachedSubnets(json: unknown): readonly SubnetRef[] | undefined {
  if (!isJsonObject(json)) return undefined;
  const holder = isJsonObject(json.properties) ? json.properties : json;
  if (!('subnets' in holder)) return undefined;
  const subnets = Array.isArray(holder.subnets) ? holder.subnets : [];
  return subnets.flatMap((subnet): SubnetRef[] => {
    if (!isJsonObject(subnet) || typeof subnet.id !== 'string') return [];
    const { virtualNetwork, name } = parseArmId(subnet.id);
    if (name === undefined) return [];
    return [{ name, ...(virtualNetwork === undefined ? {} : { vnet: virtualNetwork }) }];
  });
}

const WORDS = {
  nsg: { noun: 'network security group', short: 'NSG', one: 'an NSG', contents: 'rules' },
  routeTable: { noun: 'route table', short: 'route table', one: 'a route table', contents: 'routes' },
} as const;

/**
 * A warning when a pasted NSG or route table, put on the plan's own subnet, is attached to other subnets
 * in Azure, or to none: its rules would be audited where they don't apply.
 */
function attachmentWarning(
  kind: keyof typeof WORDS,
  json: unknown,
  subnet: Subnet,
  vnet: Vnet,
): string | undefined {
  const attached = attachedSubnets(json);
  if (attached === undefined) return undefined;
  if (attached.some((ref) => same(ref.name, subnet.name) && same(ref.vnet, vnet.name))) return undefined;
  const { noun, short, one, contents } = WORDS[kind];
  const flat = flattenArm(json);
  const name = isJsonObject(flat) && typeof flat.name === 'string' ? flat.name : noun;
  if (attached.length === 0) {
    return (
      `The pasted ${noun} "${name}" isn't attached to any subnet; the plan puts it on subnet "${subnet.name}". ` +
      `If "${subnet.name}" already has ${one}, paste that one instead.`
    );
  }
  const word = attached.length === 1 ? 'subnet' : 'subnets';
  return (
    `The pasted ${noun} "${name}" is attached to ${word} ${wordList(attached.map(described))}, not to the ` +
    `plan's subnet "${subnet.name}" in VNet "${vnet.name}", so its ${contents} would be checked where they ` +
    `don't apply. Paste the ${short} that is on "${subnet.name}" instead, or paste subnet ` +
    `"${attached[0]?.name ?? ''}" too if that is the one to audit.`
  );
}

/** The pasted subnet's name and VNet against the plan's subnet and the VNet it goes into. */
function subnetWarnings(json: unknown, plan: Plan, vnet: Vnet, vnetPasted: boolean): string[] {
  const flat = flattenArm(json);
  if (!isJsonObject(flat) || typeof flat.name !== 'string') return [];
  const warnings: string[] = [];
  const current = plan.network?.subnet;
  if (current !== undefined && !same(flat.name, current.name)) {
    warnings.push(
      `The pasted subnet is "${flat.name}", but the plan's compute subnet is "${current.name}"; applying puts ` +
        `"${flat.name}" in its place. If you meant to audit "${current.name}", paste that subnet instead.`,
    );
  }
  const inVnet = typeof flat.id === 'string' ? parseArmId(flat.id).virtualNetwork : undefined;
  if (inVnet !== undefined && !same(inVnet, vnet.name)) {
    warnings.push(
      vnetPasted
        ? `The pasted subnet "${flat.name}" is in VNet "${inVnet}" (from its id), but the pasted virtual ` +
            `network is "${vnet.name}"; paste a subnet and the virtual network it belongs to.`
        : `The pasted subnet "${flat.name}" is in VNet "${inVnet}" (from its id), but the plan's virtual ` +
            `network is "${vnet.name}"; paste the virtual network "${inVnet}" too, or the subnet from "${vnet.name}".`,
    );
  }
  return warnings;
}

/** What the checks compare: the plan before, what was pasted, and the network it leads to. */
export interface NameCheckInput {
  readonly plan: Plan;
  readonly documents: {
    readonly vnet?: unknown;
    readonly subnet?: unknown;
    readonly nsg?: unknown;
    readonly routeTable?: unknown;
  };
  /** The NSG and route table go on the plan's own subnet (no subnet was pasted or found in the VNet). */
  readonly onPlanSubnet: boolean;
  readonly vnet: Vnet;
  readonly subnet: Subnet;
}

/**
 * Warnings, in plain words with what to do, when the pasted resources don't match the plan: an NSG or route
 * table attached to another subnet (or none), a subnet of another name or another VNet, a VNet other than
 * the plan's existing one. Applying would still audit them, as the person may mean to switch.
 */
export function nameWarnings({ plan, documents, onPlanSubnet, vnet, subnet }: NameCheckInput): string[] {
  const warnings: string[] = [];
  const planVnet = plan.network?.vnet;
  if (documents.vnet !== undefined && planVnet?.mode === 'existing' && !same(vnet.name, planVnet.name)) {
    warnings.push(
      `The pasted virtual network is "${vnet.name}", but the plan uses the existing virtual network ` +
        `"${planVnet.name}"; applying puts "${vnet.name}" in its place. If you meant "${planVnet.name}", paste that one instead.`,
    );
  }
  if (documents.subnet !== undefined) {
    warnings.push(...subnetWarnings(documents.subnet, plan, vnet, documents.vnet !== undefined));
  }
  if (onPlanSubnet) {
    for (const kind of ['nsg', 'routeTable'] as const) {
      const json = documents[kind];
      const warning = json === undefined ? undefined : attachmentWarning(kind, json, subnet, vnet);
      if (warning !== undefined) warnings.push(warning);
    }
  }
  return warnings;
}
