import type { Plan } from '../../../core/index.ts';
import { G, bottom, box, cardHeight, right } from './geometry.ts';
import type { ConnectivityFacts } from './connectivity.ts';
import type { DiagramArrow, DiagramBox, DiagramLink } from './types.ts';

/** Boxes, arrows and links of one part of the diagram. */
export interface Parts {
  readonly boxes: DiagramBox[];
  readonly arrows: DiagramArrow[];
  readonly links: DiagramLink[];
  /** What the markers on the egress band mean, for the legend. */
  readonly band?: { readonly hop: string; readonly bypass?: string };
}

/** The lowest free y in the column right of the network. */
export const rightSideBottom = (boxes: readonly DiagramBox[]): number =>
  Math.max(G.vnetY + G.vnetHeader, ...boxes.filter((b) => b.x >= G.serviceX).map((b) => bottom(b) + 16));

const ENDPOINT_WIDTH = 168;

/**
 * The workspace, in the services column below everything already there, or at `y`; `privately` when the
 * compute reaches it through a private endpoint.
 */
export function workspaceBox(
  plan: Plan,
  boxes: readonly DiagramBox[],
  y: number | undefined,
  privately: boolean,
): DiagramBox {
  const { workspace } = plan;
  const endpoint =
    workspace.isolation === 'managedVnet'
      ? 'managed private endpoint'
      : privately
        ? 'private endpoint'
        : 'public endpoint';
  return box({
    id: 'workspace',
    kind: 'workspace',
    x: G.serviceX,
    y: y ?? rightSideBottom(boxes),
    width: G.serviceWidth,
    height: cardHeight(3),
    title: 'Workspace',
    lines: [workspace.name, workspace.region, endpoint],
    description: `Azure Machine Learning workspace ${workspace.name} in ${workspace.region}, reached through its ${endpoint}.`,
  });
}

const privateLink = (endpoint: DiagramBox, workspace: DiagramBox): DiagramLink => {
  const y = endpoint.y + 20;
  return {
    id: 'private-link',
    kind: 'privateLink',
    from: endpoint.id,
    to: workspace.id,
    label: '',
    points: [
      { x: right(endpoint), y },
      { x: workspace.x, y },
    ],
  };
};

/** The private endpoint of a managed network, and the workspace beside it. */
function managedEndpoint(plan: Plan, boxes: readonly DiagramBox[], parent: string, minY: number): Parts {
  const y = Math.max(minY, rightSideBottom(boxes));
  const endpoint = box({
    id: 'private-endpoint',
    kind: 'privateEndpoint',
    parent,
    x: G.subnetX + G.subnetWidth - ENDPOINT_WIDTH,
    y,
    width: ENDPOINT_WIDTH,
    height: cardHeight(2),
    title: 'Private endpoints',
    lines: ['to workspace, storage,', 'key vault and registry'],
    description:
      'Managed private endpoints in the managed network to the workspace, its storage account, key vault and container registry.',
  });
  const workspace = workspaceBox(plan, boxes, y, true);
  return { boxes: [endpoint, workspace], arrows: [], links: [privateLink(endpoint, workspace)] };
}

/** The workspace's private endpoint at (`x`, `y`): created by the bundle or existing already. */
export function workspaceEndpoint(
  facts: ConnectivityFacts,
  parent: string,
  x: number,
  y: number,
  width: number = ENDPOINT_WIDTH,
): DiagramBox {
  const created = facts.placement === 'create';
  const name = facts.endpointName ? ` ${facts.endpointName}` : '';
  const subnet = facts.endpointSubnet;
  const where =
    facts.placement === 'hubVnet'
      ? `in hub virtual network ${facts.hub?.name ?? ''}`
      : subnet && created
        ? `in endpoint subnet ${subnet.name}`
        : 'inside the virtual network';
  const across = facts.placement === 'hubVnet' && facts.hub?.peering !== 'none' ? ', across the peering' : '';
  return box({
    id: 'private-endpoint',
    kind: 'privateEndpoint',
    parent,
    x,
    y,
    width,
    height: cardHeight(3),
    title: 'Private endpoint',
    lines: [
      'over Private Link',
      'to the workspace',
      created ? 'created by this bundle' : `existing${facts.endpointName ? ` · ${facts.endpointName}` : ''}`,
    ],
    description: `${created ? 'Private endpoint' : `Existing private endpoint${name}`} of the workspace ${where}${created ? ', created by this bundle' : ''}: the compute reaches the workspace through it over Private Link${across}.`,
  });
}

/** Up to four lines naming the endpoints of the workspace's own resources. */
function resourceLines(endpoints: readonly string[]): string[] {
  if (endpoints.length <= 4) return [...endpoints];
  return [...endpoints.slice(0, 3), `and ${endpoints.length - 3} more`];
}

/** The endpoint subnet the bundle puts its endpoints in, holding `inside` and the resource endpoints. */
function endpointSubnet(
  facts: ConnectivityFacts,
  subnet: NonNullable<ConnectivityFacts['endpointSubnet']>,
  y: number,
  endpoint: ((x: number, y: number) => DiagramBox) | undefined,
): DiagramBox[] {
  const top = y + G.subnetHeader;
  const workspace = endpoint?.(G.subnetX + G.subnetWidth - 12 - ENDPOINT_WIDTH, top);
  const lines = resourceLines(facts.resourceEndpoints);
  // Under the workspace's endpoint, across the subnet, so the resources' names fit.
  const resources = lines.length
    ? [
        box({
          id: 'resource-endpoints',
          kind: 'privateEndpoint',
          parent: 'endpoint-subnet',
          x: G.subnetX + 12,
          y: workspace ? bottom(workspace) + 12 : top,
          width: G.subnetWidth - 24,
          height: cardHeight(lines.length),
          title: 'Resource endpoints',
          lines,
          description: `Private endpoints this bundle creates in endpoint subnet ${subnet.name} for the workspace's own resources (${facts.resourceEndpoints.join(', ')}); their private DNS zones are listed with the others.`,
        }),
      ]
    : [];
  const inside = [...resources, ...(workspace ? [workspace] : [])];
  const created = subnet.mode === 'new';
  const subnetBox = box({
    id: 'endpoint-subnet',
    kind: 'endpointSubnet',
    parent: 'vnet',
    x: G.subnetX,
    y,
    width: G.subnetWidth,
    height: Math.max(...inside.map(bottom)) + 12 - y,
    title: `Endpoint subnet ${subnet.name}`,
    lines: [`${subnet.addressPrefix} · ${subnet.mode}`],
    description: created
      ? `Endpoint subnet ${subnet.name}, ${subnet.addressPrefix}, created by this bundle for its private endpoints.`
      : `Endpoint subnet ${subnet.name}, ${subnet.addressPrefix} (existing): this bundle puts its private endpoints in it.`,
  });
  return [subnetBox, ...inside];
}

/**
 * The private endpoints inside the network and the workspace they reach over Private Link, below
 * everything on the right so the link crosses nothing. `minY` is the highest the endpoint may sit
 * beside the remotes inside the network; an endpoint subnet goes below everything in the network.
 * A managed network shows its managed endpoints. Empty when the compute uses no private endpoint; for a
 * hub only the endpoint subnet of resource endpoints, if any (the hub's parts hold the rest).
 */
export function privateEndpointBoxes(
  plan: Plan,
  boxes: readonly DiagramBox[],
  parent: string,
  minY: number,
  facts?: ConnectivityFacts,
): Parts {
  if (plan.workspace.isolation === 'managedVnet') return managedEndpoint(plan, boxes, parent, minY);
  if (!facts) return { boxes: [], arrows: [], links: [] };
  const below = Math.max(minY, ...boxes.filter((b) => b.parent === parent).map((b) => bottom(b) + 12));
  const subnet = facts.endpointSubnet;
  if (facts.placement === 'create' && subnet) {
    const y = Math.max(below, rightSideBottom(boxes) - G.subnetHeader);
    const placed = endpointSubnet(facts, subnet, y, (x, top) =>
      workspaceEndpoint(facts, 'endpoint-subnet', x, top),
    );
    const endpoint = placed.find((b) => b.id === 'private-endpoint');
    if (!endpoint) return { boxes: placed, arrows: [], links: [] };
    const workspace = workspaceBox(plan, boxes, endpoint.y, true);
    return { boxes: [...placed, workspace], arrows: [], links: [privateLink(endpoint, workspace)] };
  }
  const resources = (y: number) =>
    subnet && facts.resourceEndpoints.length ? endpointSubnet(facts, subnet, y, undefined) : [];
  if (facts.placement === 'hubVnet') return { boxes: resources(below), arrows: [], links: [] };
  const y = Math.max(minY, rightSideBottom(boxes));
  const endpoint = workspaceEndpoint(facts, parent, G.subnetX + G.subnetWidth - ENDPOINT_WIDTH, y);
  const workspace = workspaceBox(plan, boxes, y, true);
  return {
    boxes: [endpoint, workspace, ...resources(Math.max(below, bottom(endpoint) + 12))],
    arrows: [],
    links: [privateLink(endpoint, workspace)],
  };
}
