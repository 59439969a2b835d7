/** Notes of the egress rules that need more than a line: IP-prefix staleness and the NAT gateway path. */
import { analyzeRoutes, prefixBypass } from '../flows/index.ts';
import type { Plan } from '../model/index.ts';
import { parseServiceTagsFileName } from '../servicetags/index.ts';
import { ipRangesChangeNotice } from '../servicetags/tagNotices.ts';
import type { CheckOptions, FindingDraft } from './types.ts';

const customerVnet = (plan: Plan) => plan.workspace.isolation === 'customerVnet';

/**
 * IP-prefix routes go stale. With a file, the routes are known: say how many, from which change and date
 * (none built: the Service Tags findings say why the file could not give them).
 */
export function ipRangesChange(plan: Plan, options: CheckOptions): FindingDraft[] {
  if (!customerVnet(plan) || plan.tunneling.mode !== 'userDefinedRoutes') return [];
  if (plan.tunneling.routeTargets !== 'ipPrefixes') return [];
  const input = options.serviceTags;
  if (!input) {
    return [
      {
        path: 'tunneling.routeTargets',
        message:
          "Routes written as IP prefixes copy a Service Tags file as it is today; Microsoft changes those ranges over time, and the routes don't follow. Prefer service-tag routes, or regenerate from a fresh file regularly (check its changeNumber and date).",
      },
    ];
  }
  const fileDate = input.fileName ? parseServiceTagsFileName(input.fileName).date : undefined;
  const routes = prefixBypass(plan, input.file)?.routes.length ?? 0;
  if (routes === 0) return [];
  const notice = ipRangesChangeNotice(input.file, routes, fileDate);
  return [{ path: 'tunneling.routeTargets', message: notice.message }];
}

/** What the NAT gateway path deploys, and the private-subnet recommendation when the subnet is not private yet. */
export function natGatewayInfo(plan: Plan): FindingDraft[] {
  if (!customerVnet(plan) || plan.tunneling.mode !== 'natGateway') return [];
  const { natIdleTimeoutMinutes = 4, natPublicIpPrefixLength } = plan.tunneling;
  const address =
    natPublicIpPrefixLength === undefined
      ? 'a Standard static public IP'
      : `a Standard public IP prefix (/${natPublicIpPrefixLength})`;
  const open = analyzeRoutes(plan).filter((a) => a.subnet.defaultOutboundAccess && !a.subnet.natGateway);
  const privateHint =
    open.length === 0
      ? ''
      : ` Also make ${open.map((a) => `subnet "${a.subnet.name}"`).join(' and ')} private (defaultOutboundAccess false), so no traffic leaves through Azure's retired default outbound access.`;
  return [
    {
      path: 'tunneling.mode',
      message: `Outbound traffic leaves through a Standard NAT gateway with ${address} and a TCP idle timeout of ${natIdleTimeoutMinutes} minutes, associated with the subnet: the recommended egress for compute without public IPs when there is no firewall.${privateHint}`,
    },
  ];
}
