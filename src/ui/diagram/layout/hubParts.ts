import type { Plan } from '../../../core/index.ts';
import type { ConnectivityFacts, HubFacts } from './connectivity.ts';
import { G, bottom, box, right } from './geometry.ts';
import type { DiagramBox, DiagramLink } from './types.ts';
import { rightSideBottom, workspaceBox, workspaceEndpoint, type Parts } from './workspaceParts.ts';

/** Room between the compute's network and the hub for the peering and its label. */
const PEERING_GAP = 56;
/** x of the peering line, clear of the zones' links on the left. */
const PEERING_X = G.vnetX + 96;
/** The hub is indented so the zones' links pass it on the left. */
export const HUB_X = G.vnetX + 24;
/** Wider than in the compute's network, where it shares the row: an existing endpoint's name fits. */
const ENDPOINT_WIDTH = 204;

function peeringText(hub: HubFacts, vnet: string): { label: string; sentence: string } {
  switch (hub.peering) {
    case 'create':
      return {
        label: 'Peering, created by this bundle',
        sentence: `This bundle creates the peering from ${vnet} to ${hub.name}${hub.reverseByHand ? `; add the peering from ${hub.name} back to ${vnet} in resource group ${hub.resourceGroup}, outside this deployment` : ''}.`,
      };
    case 'existing':
      return {
        label: 'Peering, must exist already',
        sentence: `The peering between ${vnet} and ${hub.name} must exist already: this bundle doesn't create it.`,
      };
    case 'none':
      return {
        label: '',
        sentence: `${vnet} is not peered with ${hub.name}, so the compute can't reach the endpoint in it.`,
      };
  }
}

/**
 * The hub virtual network below the compute's network, holding the workspace's private endpoint, the
 * peering between the two, and the workspace beside the endpoint. Empty unless the endpoint is in a hub.
 */
export function hubParts(
  plan: Plan,
  facts: ConnectivityFacts,
  boxes: readonly DiagramBox[],
  vnet: DiagramBox,
): Parts {
  const hub = facts.hub;
  if (facts.placement !== 'hubVnet' || !hub) return { boxes: [], arrows: [], links: [] };
  const y = Math.max(bottom(vnet) + PEERING_GAP, rightSideBottom(boxes) - G.vnetHeader);
  const width = right(vnet) - HUB_X;
  const placed = workspaceEndpoint(
    facts,
    'hub-vnet',
    HUB_X + width - 12 - ENDPOINT_WIDTH,
    y + G.vnetHeader,
    ENDPOINT_WIDTH,
  );
  const peering = peeringText(hub, facts.vnetName);
  const hubBox = box({
    id: 'hub-vnet',
    kind: 'hubVnet',
    x: HUB_X,
    y,
    width,
    height: bottom(placed) + 16 - y,
    title: `Hub virtual network ${hub.name}`,
    lines: [
      `existing · resource group ${hub.resourceGroup}`,
      ...(hub.peering === 'none' ? [`not peered with ${facts.vnetName}`] : []),
    ],
    description: `Hub virtual network ${hub.name} in resource group ${hub.resourceGroup}, not changed by this plan, with the workspace's private endpoint. ${peering.sentence}`,
  });
  const workspace = workspaceBox(plan, boxes, placed.y, true);
  const linkY = placed.y + 20;
  const links: DiagramLink[] = [
    {
      id: 'private-link',
      kind: 'privateLink',
      from: placed.id,
      to: workspace.id,
      label: '',
      points: [
        { x: right(placed), y: linkY },
        { x: workspace.x, y: linkY },
      ],
    },
  ];
  if (hub.peering !== 'none') {
    links.push({
      id: 'peering',
      kind: 'peering',
      from: vnet.id,
      to: hubBox.id,
      label: peering.label,
      labelAt: { x: PEERING_X + 10, y: (bottom(vnet) + y) / 2 + 4 },
      points: [
        { x: PEERING_X, y: bottom(vnet) },
        { x: PEERING_X, y },
      ],
    });
  }
  return { boxes: [hubBox, placed, workspace], arrows: [], links };
}
