import { analyzeRoutes, internetBypass, type RouteAnalysis } from '../../../core/index.ts';
import type { Plan, Subnet } from '../../../core/index.ts';

/** How the compute subnet reaches the internet, as the diagram draws it. */
export type Egress =
  | { readonly kind: 'nat'; readonly added: boolean }
  | {
      readonly kind: 'appliance';
      readonly routeTable: string;
      /** The appliance's IP, or "gateway" when the default route goes to a VPN or ExpressRoute gateway. */
      readonly nextHop: string;
      readonly analysis: RouteAnalysis;
      readonly bypassRoutes: readonly string[];
    }
  | { readonly kind: 'default' }
  | { readonly kind: 'none' };

/** How one outbound flow to a remote end leaves: through the egress chip, past it, or neither. */
export type EgressPath = 'through' | 'bypass' | 'direct';

function applianceHop(plan: Plan, analysis: RouteAnalysis): string {
  const tunnel = analysis.forcedTunnel;
  if (tunnel?.nextHopType === 'VirtualNetworkGateway') return 'gateway';
  const existing = analysis.subnet.routeTable?.routes.find((route) => route.name === tunnel?.name);
  return existing?.properties.nextHopIpAddress ?? plan.tunneling.applianceIp ?? 'appliance';
}

/** The egress of the plan's compute subnet (Databricks: its host subnet). */
export function egressOf(plan: Plan, subnet: Subnet | undefined): Egress {
  const analysis = analyzeRoutes(plan).find((a) => a.forcedTunnel !== undefined);
  if (analysis) {
    return {
      kind: 'appliance',
      routeTable: analysis.subnet.routeTable?.name ?? 'new route table',
      nextHop: applianceHop(plan, analysis),
      analysis,
      bypassRoutes: analysis.routes.filter((r) => r.nextHopType === 'Internet').map((r) => r.addressPrefix),
    };
  }
  if (plan.tunneling.mode === 'natGateway') return { kind: 'nat', added: !subnet?.natGateway };
  if (subnet?.natGateway) return { kind: 'nat', added: false };
  return subnet?.defaultOutboundAccess ? { kind: 'default' } : { kind: 'none' };
}

/** The path of outbound traffic to `remote` (a service tag or prefix outside the virtual network). */
export function egressPath(plan: Plan, egress: Egress, remote: string): EgressPath {
  if (egress.kind === 'nat') return 'through';
  if (egress.kind !== 'appliance') return 'direct';
  return internetBypass(plan, egress.analysis, remote) === 'missing' ? 'through' : 'bypass';
}

/** The title and lines of the egress card. */
export function egressCard(egress: Egress): { title: string; lines: string[]; description: string } {
  switch (egress.kind) {
    case 'nat': {
      const state = egress.added ? 'added by this plan' : 'already on the subnet';
      return {
        title: 'NAT gateway',
        lines: ['with a public IP', state],
        description: `NAT gateway with a public IP, ${state}: outbound internet traffic of the subnet leaves through it.`,
      };
    }
    case 'appliance': {
      const hop = egress.nextHop === 'gateway' ? 'VPN/ExpressRoute gateway' : `appliance ${egress.nextHop}`;
      const bypass = egress.analysis.ipPrefixBypass
        ? ['IP prefixes from a Service Tags file']
        : egress.bypassRoutes;
      return {
        title: 'Route table',
        lines: [
          egress.routeTable,
          `0.0.0.0/0 → ${egress.nextHop === 'gateway' ? 'gateway' : egress.nextHop}`,
          'Bypass routes → Internet:',
          ...(bypass.length ? bypass : ['none']),
        ],
        description: `Route table ${egress.routeTable} sends all internet traffic (0.0.0.0/0) to the ${hop}; bypass routes straight to Internet: ${bypass.length ? bypass.join(', ') : 'none'}.`,
      };
    }
    case 'default':
      return {
        title: 'Default outbound access',
        lines: ['implicit public IP', 'retired for new subnets'],
        description:
          "Default outbound access: Azure's implicit public IP, which Azure is retiring; add a NAT gateway to keep outbound access.",
      };
    case 'none':
      return {
        title: 'No outbound path',
        lines: ['private subnet without a', 'NAT gateway or route'],
        description:
          'No outbound path: the subnet is private and has no NAT gateway or route to an appliance, so the compute cannot reach the services on the right.',
      };
  }
}
