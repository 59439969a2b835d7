import { DOCS } from '../../catalog/docs.ts';
import { SERVICE_TAGS_DOCS } from '../../servicetags/index.ts';
import { shellQuote } from '../azcli/escape.ts';
import { describeServiceTagsFile, downloadPage, refreshCommands } from '../../resources/ipPrefixRoutes.ts';
import type { DeploymentModel } from '../../resources/model.ts';
import { markdownLink, markdownText } from './escape.ts';

/**
 * The 2020 guidance for a tunnel to an on-premises appliance: the workspace storage endpoints must be
 * allowed through it.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 */
export function storageEndpointsNote(model: DeploymentModel): string[] {
  const tunnel = model.network?.routeTable?.routes.some((route) => route.nextHopType === 'VirtualAppliance');
  if (!tunnel) return [];
  return [
    "If the 0.0.0.0/0 route leads to an on-premises appliance, allow the workspace storage account's endpoints through it: `<account>.table.core.windows.net`, `<account>.queue.core.windows.net` and `<account>.blob.core.windows.net`.",
  ];
}

function fileLines(model: DeploymentModel): string[] {
  const routes = model.ipPrefixRoutes;
  if (!routes) return [];
  if (!routes.file) {
    return [
      `No Service Tags file was given, so the bypass routes for ${routes.tags.join(', ')} are missing from these files. Generate again with the current file of the region's cloud (${markdownLink('download', downloadPage(routes))}), or route the service tags instead.`,
    ];
  }
  return [
    `The ${routes.routes} bypass routes are the IPv4 prefixes of ${routes.tags.join(', ')} in the Service Tags file ${markdownText(`(${describeServiceTagsFile(routes.file)})`)}, merged exactly; IPv6 prefixes are left out.`,
  ];
}

/**
 * README section on IP-prefix routes: where they come from, why they go stale (service-tag routes are
 * kept current by Azure, prefix routes are exact but fixed), and the commands to check them.
 * @see https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview
 */
export function ipPrefixRoutesSection(model: DeploymentModel): string[] {
  const routes = model.ipPrefixRoutes;
  if (!routes) return [];
  return [
    '## Keep the IP-prefix routes current',
    '',
    ...fileLines(model),
    '',
    `A route to a service tag is kept current by Azure; a route to an IP prefix is exact but stays as written, while Microsoft changes the addresses and publishes a new file every week. Check the routes regularly: list the current prefixes of each tag (as the 2020 guidance does), compare them with the routes, and generate again with a current file from ${markdownLink('the download page', downloadPage(routes))}. ${markdownLink('Service tags', SERVICE_TAGS_DOCS.downloadable)}, ${markdownLink('user-defined routes', DOCS.udr)}.`,
    '',
    '```bash',
    ...refreshCommands(routes, shellQuote),
    '```',
    '',
  ];
}
