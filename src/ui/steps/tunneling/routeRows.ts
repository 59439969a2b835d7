import { internetBypass, type RouteAnalysis } from '../../../core/index.ts';
import type { Plan, Route } from '../../../core/index.ts';

/** One route as a table row. */
export interface RouteRow {
  readonly name: string;
  readonly addressPrefix: string;
  readonly nextHop: string;
}

/** Each next hop type in words. */
export const HOP_WORDS: Record<Route['properties']['nextHopType'], string> = {
  VirtualAppliance: 'Virtual appliance',
  VirtualNetworkGateway: 'Virtual network gateway',
  VnetLocal: 'Virtual network',
  Internet: 'Internet',
  None: 'None (dropped)',
};

/** "Virtual appliance 10.0.0.4", "Internet". */
export function routeRow(route: Route): RouteRow {
  const hop = HOP_WORDS[route.properties.nextHopType];
  const ip = route.properties.nextHopIpAddress;
  return {
    name: route.name,
    addressPrefix: route.properties.addressPrefix,
    nextHop: ip ? `${hop} ${ip}` : hop,
  };
}

/** A finding about a subnet's routes, in words. */
export interface RouteNote {
  readonly intent: 'info' | 'warning' | 'error';
  readonly text: string;
}

/**
 * What a subnet's routes mean: whether they force internet traffic through an appliance, and whether the
 * AzureMachineLearning tag still bypasses it (public-IP compute needs that for its inbound replies).
 */
export function routeNotes(plan: Plan, analysis: RouteAnalysis): RouteNote[] {
  const tunnel = analysis.forcedTunnel;
  if (!tunnel)
    return [
      {
        intent: 'info',
        text: 'No route sends internet traffic (0.0.0.0/0) to an appliance: traffic leaves directly.',
      },
    ];
  const notes: RouteNote[] = [
    {
      intent: 'info',
      text: `Forced tunnel: route "${tunnel.name}" sends all internet traffic (0.0.0.0/0) to a ${tunnel.nextHopType === 'VirtualAppliance' ? 'virtual appliance' : 'virtual network gateway'}.`,
    },
  ];
  const kind = plan.compute.kind;
  if (kind === 'computeCluster' || kind === 'computeInstance' || kind === 'serverless') {
    const bypass = internetBypass(plan, analysis, 'AzureMachineLearning');
    const publicIp = 'publicIp' in plan.compute && plan.compute.publicIp;
    if (bypass === 'missing') {
      notes.push({
        intent: publicIp ? 'error' : 'warning',
        text: publicIp
          ? 'No route sends AzureMachineLearning to Internet: the replies to inbound TCP 44224 would go through the appliance and be dropped. Add that route (user-defined routes with service tags add it).'
          : 'No route sends AzureMachineLearning to Internet, so that traffic goes through the appliance, which must allow it.',
      });
    } else if (bypass === 'ipPrefixes') {
      notes.push({
        intent: 'info',
        text: 'The AzureMachineLearning bypass routes are written as IP prefixes from the Service Tags file you give when generating.',
      });
    }
  }
  return notes;
}
