import { DOCS } from '../catalog/docs.ts';
import { ROUTE_LIMITS } from '../catalog/flows.ts';
import {
  DATABRICKS_BYPASS_TAGS,
  analyzeRoutes,
  internetBypass,
  isServiceTagRoute,
  type RouteAnalysis,
} from '../flows/index.ts';
import type { Plan } from '../model/index.ts';
import { computeRegion } from '../net/index.ts';
import type { ServiceTagsFile } from '../servicetags/index.ts';
import { ipRangesChange, natGatewayInfo } from './egressNotes.ts';
import type { CheckOptions, FindingDraft, Rule } from './types.ts';

const NPIP_KINDS = ['computeCluster', 'computeInstance', 'serverless'] as const;
const PIP_INBOUND_KINDS = ['computeCluster', 'computeInstance'] as const;

const customerVnet = (plan: Plan) => plan.workspace.isolation === 'customerVnet';
const noPublicIp = (plan: Plan) => 'publicIp' in plan.compute && !plan.compute.publicIp;
/** The file's contents, which decide the IP-prefix routes the plan adds. */
const fileOf = (options: CheckOptions): ServiceTagsFile | undefined => options.serviceTags?.file;
const computeSubnetRoutes = (plan: Plan, file?: ServiceTagsFile) =>
  analyzeRoutes(plan, file).find((a) => a.subnetPath === 'network.subnet');
const hasNat = (plan: Plan, a: RouteAnalysis) => plan.tunneling.mode === 'natGateway' || a.subnet.natGateway;
const routesPath = (a: RouteAnalysis) => `${a.subnetPath}.routeTable.routes`;

/** Where to fix a missing bypass route: the plan's tunnelling choice, or the existing table's routes. */
const bypassPath = (a: RouteAnalysis) =>
  a.forcedTunnel?.origin === 'planned' ? 'tunneling.routeTargets' : routesPath(a);

/** Subnets of NPIP compute with neither NAT gateway nor a tunnel, split by their default outbound access. */
function npipWithoutEgress(plan: Plan, defaultOutbound: boolean): RouteAnalysis[] {
  if (!customerVnet(plan) || !noPublicIp(plan)) return [];
  return analyzeRoutes(plan).filter(
    (a) => a.subnet.defaultOutboundAccess === defaultOutbound && !hasNat(plan, a) && !a.forcedTunnel,
  );
}

function privateSubnet(plan: Plan): FindingDraft[] {
  return npipWithoutEgress(plan, false).map((a) => ({
    path: `${a.subnetPath}.defaultOutboundAccess`,
    message: `Subnet "${a.subnet.name}" is private (no default outbound access) and has no NAT gateway and no 0.0.0.0/0 route to a firewall, so compute without public IPs has no way out to the services it needs. Choose a NAT gateway (tunneling.mode "natGateway") or route through a firewall (tunneling.mode "userDefinedRoutes").`,
  }));
}

function defaultOutbound(plan: Plan): FindingDraft[] {
  return npipWithoutEgress(plan, true).map((a) => ({
    path: `${a.subnetPath}.defaultOutboundAccess`,
    message: `Subnet "${a.subnet.name}" relies on Azure's default outbound access, which is retired for new virtual networks and may be removed. Give it a NAT gateway (tunneling.mode "natGateway") or route through a firewall.`,
  }));
}

function missingBypass(plan: Plan, options: CheckOptions, tag: string, explain: string): FindingDraft[] {
  const a = computeSubnetRoutes(plan, fileOf(options));
  if (!customerVnet(plan) || !a?.forcedTunnel || internetBypass(plan, a, tag) !== 'missing') return [];
  return [{ path: bypassPath(a), message: explain }];
}

function routeLimits(plan: Plan, options: CheckOptions, tags: boolean): FindingDraft[] {
  return analyzeRoutes(plan, fileOf(options)).flatMap((a) => {
    const count = tags ? a.routes.filter(isServiceTagRoute).length : a.routes.length;
    const limit = tags ? ROUTE_LIMITS.maxServiceTagRoutes : ROUTE_LIMITS.maxRoutes;
    if (count <= limit) return [];
    const what = tags ? 'service-tag routes' : 'routes';
    return [
      {
        path: routesPath(a),
        message: `The route table of subnet "${a.subnet.name}" would have ${count} ${what}; Azure allows ${limit}. Remove routes, or summarise IP prefixes into fewer, larger ones.`,
      },
    ];
  });
}

function databricksUdr(plan: Plan, options: CheckOptions): FindingDraft[] {
  return analyzeRoutes(plan, fileOf(options)).flatMap((a) => {
    if (!a.forcedTunnel) return [];
    const missing = DATABRICKS_BYPASS_TAGS.filter((tag) => internetBypass(plan, a, tag) === 'missing');
    if (missing.length === 0) return [];
    return [
      {
        path: bypassPath(a),
        message: `Subnet "${a.subnet.name}" sends 0.0.0.0/0 to an appliance but has no route to Internet for ${missing.join(', ')}. Azure Databricks needs those service tags (or their ${computeRegion(plan)} regional tags) routed to Internet.`,
      },
    ];
  });
}

/** Egress and forced tunnelling (REQUIREMENTS.md §5) and Databricks routes (§6 dbx-udr). */
export const egressRules: readonly Rule[] = [
  {
    id: 'npip-needs-private-endpoint',
    severity: 'error',
    docUrl: DOCS.secureTraining,
    kinds: NPIP_KINDS,
    title: 'Compute without public IPs needs a workspace private endpoint.',
    check: (plan) =>
      customerVnet(plan) && noPublicIp(plan) && !plan.workspace.privateEndpoint
        ? [
            {
              path: 'workspace.privateEndpoint',
              message:
                'Compute without public IPs reaches the workspace through a private endpoint, and this workspace has none reachable from the virtual network. Add a workspace private endpoint in (or peered with) the compute VNet, or give the compute public IPs.',
            },
          ]
        : [],
  },
  {
    id: 'npip-private-subnet',
    severity: 'error',
    docUrl: DOCS.defaultOutbound,
    kinds: [...NPIP_KINDS, 'databricks'],
    title: 'A private subnet needs a NAT gateway or a firewall route.',
    check: privateSubnet,
  },
  {
    id: 'npip-default-outbound',
    severity: 'warning',
    docUrl: DOCS.defaultOutbound,
    kinds: NPIP_KINDS,
    title: 'Default outbound access is retired for new virtual networks.',
    check: defaultOutbound,
  },
  {
    id: 'pip-forced-tunnel-aml-route',
    severity: 'error',
    docUrl: DOCS.firewall,
    kinds: PIP_INBOUND_KINDS,
    title: 'Forced tunnelling with public IPs needs an AzureMachineLearning route to Internet.',
    check: (plan, options) =>
      noPublicIp(plan)
        ? []
        : missingBypass(
            plan,
            options,
            'AzureMachineLearning',
            'Internet traffic is sent to an appliance (0.0.0.0/0), but there is no route sending AzureMachineLearning to Internet. Replies to inbound TCP 44224 would go through the firewall and be dropped: add a route with address prefix "AzureMachineLearning" and next hop Internet.',
          ),
  },
  {
    id: 'forced-tunnel-batch-route',
    severity: 'info',
    docUrl: DOCS.firewall,
    kinds: PIP_INBOUND_KINDS,
    title: 'Forced tunnelling: BatchNodeManagement may bypass the firewall.',
    check: (plan, options) =>
      missingBypass(
        plan,
        options,
        `BatchNodeManagement.${computeRegion(plan)}`,
        `There is no route sending BatchNodeManagement.${computeRegion(plan)} to Internet. The 2020 guidance added one; without it the firewall must allow that traffic outbound.`,
      ),
  },
  {
    id: 'forced-tunnel-storage',
    severity: 'info',
    docUrl: DOCS.secureTraining,
    kinds: PIP_INBOUND_KINDS,
    title: 'Forced tunnelling through on-premises: allow the storage endpoints.',
    check: (plan) => {
      const tunnel = customerVnet(plan) ? computeSubnetRoutes(plan)?.forcedTunnel : undefined;
      if (!tunnel) return [];
      return [
        {
          path: tunnel.path ?? 'tunneling.mode',
          message:
            "If the tunnel leads to an on-premises appliance, allow the workspace storage account's <account>.blob, .queue and .table.core.windows.net endpoints through it.",
        },
      ];
    },
  },
  {
    id: 'route-limit',
    severity: 'error',
    docUrl: DOCS.limits,
    title: 'A route table holds at most 400 routes.',
    check: (plan, options) => routeLimits(plan, options, false),
  },
  {
    id: 'route-tag-limit',
    severity: 'error',
    docUrl: DOCS.limits,
    title: 'A route table holds at most 25 service-tag routes.',
    check: (plan, options) => routeLimits(plan, options, true),
  },
  {
    id: 'ip-ranges-change',
    severity: 'warning',
    docUrl: DOCS.udr,
    title: 'Routes written as IP prefixes go stale.',
    check: ipRangesChange,
  },
  {
    id: 'nat-gateway',
    severity: 'info',
    docUrl: DOCS.defaultOutbound,
    title: 'NAT gateway for outbound traffic.',
    check: natGatewayInfo,
  },
  {
    id: 'dbx-udr',
    severity: 'error',
    docUrl: DOCS.databricksVnet,
    kinds: ['databricks'],
    title: 'Forced-tunnelled Databricks subnets need Internet routes for its service tags.',
    check: (plan, options) => (customerVnet(plan) ? databricksUdr(plan, options) : []),
  },
];
