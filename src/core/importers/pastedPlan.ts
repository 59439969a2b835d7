import type { Plan, Subnet, Vnet } from '../model/index.ts';
import { legacyBatchInboundRules, type LegacyRule } from './legacyRules.ts';
import { nsgFromArm } from './nsg.ts';
import { routeTableFromArm } from './routeTable.ts';
import { subnetFromArm } from './subnet.ts';
import { vnetFromArm } from './vnet.ts';
import { tunnelingFromSubnet } from './tunneling.ts';
import { withPastedPrivateLink } from './privateLinkPlan.ts';
import type { PastedSet } from './pastedDocuments.ts';

/** The plan with the pasted resources in it, what was left out, and the rules only the 2020 guidance needed. */
export type PastedPlan =
  | { ok: true; plan: Plan; notes: readonly string[]; legacy: readonly LegacyRule[] }
  | { ok: false; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A subnet of a pasted VNet (`az` flattens, ARM nests under `properties`) named `name`, case-insensitively. */
function subnetInVnet(vnet: unknown, name: string | undefined): unknown {
  if (!isRecord(vnet) || name === undefined) return undefined;
  const holder = isRecord(vnet.properties) ? vnet.properties : vnet;
  const subnets = Array.isArray(holder.subnets) ? holder.subnets : [];
  return subnets.find(
    (subnet) => isRecord(subnet) && String(subnet.name).toLowerCase() === name.toLowerCase(),
  );
}

type Step<T> = { ok: true; value: T; notes: readonly string[] } | { ok: false; message: string };

/** The compute subnet: the pasted one, the plan's own one found in a pasted VNet, or the plan's with pasted NSG/routes. */
function pastedSubnet(plan: Plan, set: PastedSet): Step<Subnet | undefined> {
  const { subnet, vnet, nsg, routeTable } = set.documents;
  const current = plan.network?.subnet;
  const source = subnet ?? subnetInVnet(vnet, current?.name);
  if (source !== undefined) return subnetFromArm(source, { nsg, routeTable });
  if (nsg === undefined && routeTable === undefined) return { ok: true, value: undefined, notes: [] };
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
  return {
    ok: true,
    value: {
      ...current,
      ...(importedNsg ? { networkSecurityGroup: importedNsg.value } : {}),
      ...(importedRoutes ? { routeTable: importedRoutes.value } : {}),
    },
    notes: [...(importedNsg?.notes ?? []), ...(importedRoutes?.notes ?? [])],
  };
}

function pastedVnet(plan: Plan, set: PastedSet, subnetName: string | undefined): Step<Vnet | undefined> {
  if (set.documents.vnet === undefined) return { ok: true, value: plan.network?.vnet, notes: [] };
  return vnetFromArm(set.documents.vnet, subnetName === undefined ? {} : { exclude: [subnetName] });
}

/** `plan` with a customer network of `vnet` and `subnet`; isolation switches to customer VNet. */
function withNetwork(plan: Plan, vnet: Vnet, subnet: Subnet): Plan {
  const { managedNetworkMode: _managed, ...workspace } = plan.workspace;
  return {
    ...plan,
    workspace: { ...workspace, isolation: 'customerVnet' },
    network: { vnet, subnet },
    tunneling: tunnelingFromSubnet(subnet, plan.tunneling),
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
  const subnet = pastedSubnet(plan, set);
  if (!subnet.ok) return subnet;
  const subnetValue = subnet.value ?? plan.network?.subnet;
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
  const next = withNetwork(plan, vnet.value, subnetValue);
  const rules = subnetValue.networkSecurityGroup?.securityRules ?? [];
  return {
    ok: true,
    plan: next,
    notes: [...vnet.notes, ...subnet.notes],
    legacy: legacyBatchInboundRules(rules),
  };
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Puts pasted resources into the plan as existing ones, so the requirements engine audits them: a subnet
 * (with its pasted NSG and route table), the VNet around it, or only an NSG or route table for the plan's
 * subnet; then the workspace private endpoint, its private DNS zones and their links. Rules that allow
 * the 2020 Batch inbound ports are listed as no longer needed.
 */
export function planFromPasted(plan: Plan, set: PastedSet): PastedPlan {
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
      ? ({ ok: true, plan, notes: [], legacy: [] } as const)
      : networkFromPasted(plan, { ...set, documents: network });
  if (!withNet.ok) return withNet;
  const linked = withPastedPrivateLink(withNet.plan, privateLink);
  if (!linked.ok) return linked;
  return { ...withNet, plan: linked.value, notes: [...withNet.notes, ...linked.notes] };
}
