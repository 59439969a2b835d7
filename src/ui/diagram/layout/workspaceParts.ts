import type { Plan } from '../../../core/index.ts';
import { G, bottom, box, cardHeight, right } from './geometry.ts';
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
const rightSideBottom = (boxes: readonly DiagramBox[]): number =>
  Math.max(G.vnetY + G.vnetHeader, ...boxes.filter((b) => b.x >= G.serviceX).map((b) => bottom(b) + 16));

const ENDPOINT_WIDTH = 168;

/** The workspace, in the services column below everything already there, or at `y`. */
export function workspaceBox(plan: Plan, boxes: readonly DiagramBox[], y: number | undefined): DiagramBox {
  const { workspace } = plan;
  const endpoint =
    workspace.isolation === 'managedVnet'
      ? 'managed private endpoint'
      : workspace.privateEndpoint
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

/**
 * The private endpoint inside the network, at the right of its content and no higher than `minY`,
 * and the workspace it reaches over Private Link, below everything on the right so the link crosses
 * nothing. Empty when the plan has no private endpoint.
 */
export function privateEndpointBoxes(
  plan: Plan,
  boxes: readonly DiagramBox[],
  parent: string,
  minY: number,
): Parts {
  const managed = plan.workspace.isolation === 'managedVnet';
  if (!managed && !plan.workspace.privateEndpoint) return { boxes: [], arrows: [], links: [] };
  const y = Math.max(minY, rightSideBottom(boxes));
  const lines = managed
    ? ['to workspace, storage,', 'key vault and registry']
    : ['over Private Link', 'to the workspace'];
  const endpoint = box({
    id: 'private-endpoint',
    kind: 'privateEndpoint',
    parent,
    x: G.subnetX + G.subnetWidth - ENDPOINT_WIDTH,
    y,
    width: ENDPOINT_WIDTH,
    height: cardHeight(lines.length),
    title: managed ? 'Private endpoints' : 'Private endpoint',
    lines,
    description: managed
      ? 'Managed private endpoints in the managed network to the workspace, its storage account, key vault and container registry.'
      : 'Private endpoint of the workspace inside the virtual network: the compute reaches the workspace through it over Private Link.',
  });
  const workspace = workspaceBox(plan, boxes, y);
  const linkY = y + 20;
  return {
    boxes: [endpoint, workspace],
    arrows: [],
    links: [
      {
        id: 'private-link',
        kind: 'privateLink',
        from: endpoint.id,
        to: workspace.id,
        label: '',
        points: [
          { x: right(endpoint), y: linkY },
          { x: workspace.x, y: linkY },
        ],
      },
    ],
  };
}
