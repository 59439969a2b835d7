import type { Plan, Route, Subnet } from '../model/index.ts';
import { TRAINING_KINDS, computeRegion } from './context.ts';

/** Tags a forced-tunnelled Databricks subnet sends straight to Internet (REQUIREMENTS.md §6, dbx-udr). */
export const DATABRICKS_BYPASS_TAGS = ['AzureDatabricks', 'Sql', 'Storage', 'EventHub'] as const;

const route = (
  name: string,
  addressPrefix: string,
  nextHopType: 'Internet' | 'VirtualAppliance',
  hop?: string,
): Route => ({
  name,
  properties: { addressPrefix, nextHopType, ...(hop === undefined ? {} : { nextHopIpAddress: hop }) },
});

/** The service tags the plan routes to Internet past the appliance, by compute kind and mode. */
export function bypassTags(plan: Plan): string[] {
  const kind = plan.compute.kind;
  if (kind === 'databricks') return [...DATABRICKS_BYPASS_TAGS];
  if (!TRAINING_KINDS.includes(kind)) return [];
  return [
    'AzureMachineLearning',
    ...(plan.tunneling.routeBatchNodeManagement ? [`BatchNodeManagement.${computeRegion(plan)}`] : []),
  ];
}

/**
 * The routes the plan adds to a subnet's route table when it tunnels through an appliance
 * (`tunneling.mode: "userDefinedRoutes"`): 0.0.0.0/0 to the appliance, and, with service-tag route
 * targets, each tag of {@link bypassTags} to Internet (AzureMachineLearning, which public-IP compute needs so
 * inbound 44224 replies bypass the firewall and which is harmless otherwise; BatchNodeManagement.<region> per the 2020 guidance; the
 * Databricks tags). With IP-prefix targets the bypass routes come from a Service Tags file and are
 * not listed here. Routes whose address prefix the table already has are not added again.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 * @see https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview
 */
export function plannedRoutes(plan: Plan, subnet: Subnet): Route[] {
  const { tunneling } = plan;
  if (plan.workspace.isolation !== 'customerVnet' || tunneling.mode !== 'userDefinedRoutes') return [];
  if (tunneling.applianceIp === undefined) return [];
  const wanted = [
    route('DefaultToAppliance', '0.0.0.0/0', 'VirtualAppliance', tunneling.applianceIp),
    ...(tunneling.routeTargets === 'serviceTags'
      ? bypassTags(plan).map((tag) => route(`${tag.split('.')[0]}ToInternet`, tag, 'Internet'))
      : []),
  ];
  const existing = subnet.routeTable?.routes ?? [];
  const prefixes = new Set(existing.map((r) => r.properties.addressPrefix.trim().toLowerCase()));
  const names = new Set(existing.map((r) => r.name.toLowerCase()));
  return wanted
    .filter((r) => !prefixes.has(r.properties.addressPrefix.toLowerCase()))
    .map((r) => {
      let name = r.name;
      for (let n = 2; names.has(name.toLowerCase()); n += 1) name = `${r.name}${n}`;
      names.add(name.toLowerCase());
      return { ...r, name };
    });
}
