import type { Plan, Subnet, Vnet } from '../model/index.ts';
import { legacyBatchInboundRules, type LegacyRule } from './legacyRules.ts';
import { nsgFromArm } from './nsg.ts';
import { routeTableFromArm } from './routeTable.ts';
import { nameWarnings } from './nameChecks.ts';
import { flattenArm, isJsonObject } from './normalize.ts';
import { subnetFromArm } from './subnet.ts';
import { vnetFromArm } from './vnet.ts';
import { tunnelingFromSubnet, type EgressEvidence } from './tunneling.ts';
import { withPastedPrivateLink } from './privateLinkPlan.ts';
import type { PastedSet, Understood } from './pastedDocuments.ts';

/**
 * The plan with the pasted resources in it, what was left out (`notes`), where the pasted resources don't
 * match the plan (`warnings`), and the rules only the 2020 guidance needed.
 */
export type PastedPlan =
  | {
      ok: true;
      plan: Plan;
      notes: readonly string[];
      warnings: readonly string[];
      legacy: readonly LegacyRule[];
    }
  | { ok: false; message: string };

/** A subnet of a pasted VNet (`az` flattens, ARM nests under `properties`) named `name`, case-insensitively. */
function subnetInVnet(vnet: unknown, name: string | undefined): unknown {
  if (!isJsonObject(vnet) || name === undefined) return undefined;
  const holder = isJsonObject(vnet.properties) ? vnet.properties : vnet;
  const subnets = Array.isArray(holder.subnets) ? holder.subnets : [];
  return subnets.find(
    (subnet) => isJsonObject(subnet) && String(subnet.name).toLowerCase() === name.toLowerCase(),
  );
}

type Step<T> = { ok: true; value: T; notes: readonly string[] } | { ok: false; message: string };

/** The compute subnet to put in the plan, what was read about its egress, and whether it is the plan's own. */
interface PickedSubnet {
  readonly subnet: Subnet | undefined;
  readonly egress: EgressEvidence;
  /** The pasted NSG or route table goes on the plan's own subnet: no subnet was pasted or found in the VNet. */
  readonly onPlanSubnet: boolean;
}

/**
 * What a pasted subnet says about its way out. One as Azure prints it (it has an `id`) is whole, so a
 * missing NAT gateway means none; a template's or hand-written one only says what it names.
 */
function subnetEgress(source: unknown, routeTablePasted: boolean): EgressEvidence {
  const fields = flattenArm(source);
  const subnet = isJsonObject(fields) ? fields : {};
  const whole = typeof subnet.id === 'string';
  const hasRouteTable = isJsonObject(subnet.routeTable);
  return {
    natGatewayRead: whole || isJsonObject(subnet.natGateway),
    routes: hasRouteTable ? (routeTablePasted ? 'read' : 'unread') : whole ? 'read' : 'plan',
  };
}

/** The compute subnet: the pasted one, the plan's own one found in a pasted VNet, or the plan's with pasted NSG/routes. */
function pastedSubnet(plan: Plan, set: PastedSet): Step<PickedSubnet> {
  const { subnet, vnet, nsg, routeTable } = set.documents;
  const current = plan.network?.subnet;
  const source = subnet ?? subnetInVnet(vnet, current?.name);
  if (source !== undefined) {
    const imported = subnetFromArm(source, { nsg, routeTable });
    if (!imported.ok) return imported;
    const egress = subnetEgress(source, routeTable !== undefined);
    return { ...imported, value: { subnet: imported.value, egress, onPlanSubnet: false } };
  }
  // Only an NSG or route table: nothing pasted says whether the subnet has a NAT gateway.
  const egress: EgressEvidence = {
    natGatewayRead: false,
    routes: routeTable === undefined ? 'plan' : 'read',
  };
  if (nsg === undefined && routeTable === undefined) {
    return { ok: true, value: { subnet: undefined, egress, onPlanSubnet: false }, notes: [] };
  }
  if (current === undefined) {
    return {
      ok: false,
      message:
        'The plan has no compute subnet to put the pasted NSG or route table on; paste the subnet too.',
    };
  }
  const importedNsg = nsg === undefined ? undefined : nsgFromArm(nsg);
  if (importedNsg && !importedNsg.ok) return importedNsg;
  const importedRoutes = routeTable === undefined ? undefined : routeTableFromArm(routeTable);
  if (importedRoutes && !importedRoutes.ok) return importedRoutes;
  const value = {
    ...current,
    ...(importedNsg ? { networkSecurityGroup: importedNsg.value } : {}),
    ...(importedRoutes ? { routeTable: importedRoutes.value } : {}),
  };
  return {
    ok: true,
    value: { subnet: value, egress, onPlanSubnet: true },
    notes: [...(importedNsg?.notes ?? []), ...(importedRoutes?.notes ?? [])],
  };
}

function pastedVnet(plan: Plan, set: PastedSet, subnetName: string | undefined): Step<Vnet | undefined> {
  if (set.documents.vnet === undefined) return { ok: true, value: plan.network?.vnet, notes: [] };
  return vnetFromArm(set.documents.vnet, subnetName === undefined ? {} : { exclude: [subnetName] });
}

/** `plan` with a customer network of `vnet` and `subnet`; isolation switches to customer VNet. */
function withNetwork(plan: Plan, vnet: Vnet, subnet: Subnet, egress: EgressEvidence): Plan {
  const { managedNetworkMode: _managed, ...workspace } = plan.workspace;
  return {
    ...plan,
    workspace: { ...workspace, isolation: 'customerVnet' },
    network: { vnet, subnet },
    tunneling: tunnelingFromSubnet(subnet, plan.tunneling, egress),
  };
}

/** The pasted VNet, subnet, NSG and route table in the plan, when any was pasted. */
function networkFromPasted(plan: Plan, set: PastedSet): PastedPlan {
  if (
    plan.compute.kind === 'databricks' &&
    (set.documents.subnet !== undefined ||
      set.documents.nsg !== undefined ||
      set.documents.routeTable !== undefined)
  ) {
    return {
      ok: false,
      message:
        'Azure Databricks uses two subnets that this audit doesn’t fill; choose another compute kind to audit a compute subnet.',
    };
  }
  const picked = pastedSubnet(plan, set);
  if (!picked.ok) return picked;
  const subnetValue = picked.value.subnet ?? plan.network?.subnet;
  const vnet = pastedVnet(plan, set, subnetValue?.name);
  if (!vnet.ok) return vnet;
  if (vnet.value === undefined || subnetValue === undefined) {
    return {
      ok: false,
      message:
        vnet.value === undefined
          ? 'Paste the virtual network too: the plan has none to put the subnet in.'
          : 'Paste the compute subnet too: the plan has none in this virtual network.',
    };
  }
  const next = withNetwork(plan, vnet.value, subnetValue, picked.value.egress);
  const rules = subnetValue.networkSecurityGroup?.securityRules ?? [];
  const warnings = nameWarnings({
    plan,
    documents: set.documents,
    onPlanSubnet: picked.value.onPlanSubnet,
    vnet: vnet.value,
    subnet: subnetValue,
  });
  return {
    ok: true,
    plan: next,
    notes: [...vnet.notes, ...picked.notes],
    warnings,
    legacy: legacyBatchInboundRules(rules),
  };
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The documents that can't be audited (not JSON, not recognised, a template without network resources). */
const unusable = (understood: readonly Understood[]): readonly Understood[] =>
  understood.filter((item) => ['invalid', 'unknown', 'armTemplate'].includes(item.kind));

/**
 * Puts pasted resources into the plan as existing ones, so the requirements engine audits them: a subnet
 * (with its pasted NSG and route table), the VNet around it, or only an NSG or route table for the plan's
 * subnet; then the workspace private endpoint, its private DNS zones and their links. Only what the pasted
 * resources say changes: an NSG alone leaves the egress as planned. Rules that allow the 2020 Batch inbound
 * ports are listed as no longer needed; a document that isn't recognised refuses the whole set, so nothing
 * is audited half-read.
 */
export function planFromPasted(plan: Plan, set: PastedSet): PastedPlan {
  const refused = unusable(set.understood);
  if (refused.length > 0) {
    return {
      ok: false,
      message: `Remove what can't be audited, then apply again: ${refused
        .map((item) => `${item.source}: ${item.message}`)
        .join(' ')}`,
    };
  }
  const { privateEndpoint, privateDnsZone, privateDnsLink, ...network } = set.documents;
  const privateLink = {
    endpoint: privateEndpoint,
    zones: asList(privateDnsZone),
    links: asList(privateDnsLink),
  };
  const hasPrivateLink =
    privateEndpoint !== undefined || privateLink.zones.length + privateLink.links.length > 0;
  if (Object.keys(network).length === 0 && !hasPrivateLink) {
    return {
      ok: false,
      message:
        'Nothing pasted is a virtual network, subnet, network security group, route table, private endpoint or private DNS zone.',
    };
  }
  const withNet =
    Object.keys(network).length === 0
      ? ({ ok: true, plan, notes: [], warnings: [], legacy: [] } as const)
      : networkFromPasted(plan, { ...set, documents: network });
  if (!withNet.ok) return withNet;
  const linked = withPastedPrivateLink(withNet.plan, privateLink);
  if (!linked.ok) return linked;
  return { ...withNet, plan: linked.value, notes: [...withNet.notes, ...linked.notes] };
}
