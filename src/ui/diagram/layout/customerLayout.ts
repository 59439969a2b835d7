import { simulateFlows } from '../../../core/index.ts';
import type { Plan } from '../../../core/index.ts';
import { egressCard, egressOf, type Egress } from './egress.ts';
import { G, bottom, box, cardHeight } from './geometry.ts';
import { placeRows, splitRows } from './placeRows.ts';
import { bandLegend, rowPaths } from './rowPaths.ts';
import { groupRows, type FlowRow } from './rows.ts';
import { nsgCard, subnetSections, type SubnetSection } from './subnets.ts';
import type { DiagramBox } from './types.ts';
import { connectivityFacts } from './connectivity.ts';
import { dnsZoneParts } from './dnsZones.ts';
import { hubParts } from './hubParts.ts';
import { privateEndpointBoxes, workspaceBox, type Parts } from './workspaceParts.ts';

const TOP = G.vnetY + G.vnetHeader;

interface SectionRows {
  /** Rows drawn across from this subnet's compute. */
  readonly across: number;
  /** True when arrows go down from this subnet to remotes inside the network. */
  readonly down: boolean;
  /** The compute box starts no higher than this. */
  readonly minComputeY: number;
}

/** The boxes of one subnet: the subnet, its NSG card and boundary, and the compute in it. */
function sectionBoxes(section: SubnetSection, y: number, index: number, rows: SectionRows) {
  const subnet = section.subnet;
  const nsgBox = box({
    id: `${section.id}-nsg`,
    kind: 'nsg',
    parent: section.id,
    x: G.subnetX + 12,
    y: y + G.subnetHeader,
    width: G.subnetWidth - 24,
    height: cardHeight(1),
    ...nsgCard(subnet.networkSecurityGroup, section.plannedRules),
  });
  const computeTop = Math.max(bottom(nsgBox) + 12, rows.minComputeY);
  const lines = [...section.compute.lines];
  if (section.role) lines.splice(1, 0, section.role);
  const height = Math.max(cardHeight(lines.length), rows.across > 0 ? 48 + (rows.across - 1) * G.row : 0);
  const compute = box({
    id: index === 0 ? 'compute' : `compute-${index}`,
    kind: 'compute',
    parent: section.id,
    x: G.computeX,
    y: computeTop,
    width: G.computeWidth,
    height,
    title: section.compute.title,
    lines,
    description: `In ${section.title.toLowerCase()} ${subnet.name}: ${section.compute.description}`,
  });
  const boundary: DiagramBox[] =
    subnet.networkSecurityGroup && rows.across > 0
      ? [
          box({
            id: `${section.id}-boundary`,
            kind: 'nsgBoundary',
            parent: section.id,
            x: G.subnetX + G.subnetWidth - 22,
            y: computeTop,
            width: 10,
            height,
            title: '',
          }),
        ]
      : [];
  const subnetBox = box({
    id: section.id,
    kind: 'subnet',
    parent: 'vnet',
    x: G.subnetX,
    y,
    width: G.subnetWidth,
    height: bottom(compute) + (rows.down ? G.insideArrow / 2 : 16) - y,
    title: `${section.title} ${subnet.name}`,
    lines: [`${subnet.addressPrefix} · ${subnet.mode}${subnet.delegations.length ? ' · delegated' : ''}`],
    description: `${section.title} ${subnet.name}, ${subnet.addressPrefix} (${subnet.mode}).`,
  });
  return { boxes: [subnetBox, nsgBox, compute, ...boundary], subnet: subnetBox, compute };
}

/** The VNet's other subnets, but for the endpoint subnet, which is drawn with its endpoints. */
function otherSubnetBoxes(plan: Plan, top: number, endpointSubnet: string | undefined): DiagramBox[] {
  const others = (plan.network?.vnet.otherSubnets ?? []).filter(
    (other) => other.name.toLowerCase() !== endpointSubnet?.toLowerCase(),
  );
  return others.map((other, i) =>
    box({
      id: `other-${i}`,
      kind: 'otherSubnet',
      parent: 'vnet',
      x: G.subnetX,
      y: top + i * 44,
      width: G.subnetWidth,
      height: 36,
      title: `${other.name} · ${other.addressPrefix}`,
      description: `Other subnet ${other.name} (${other.addressPrefix}), not changed by this plan.`,
    }),
  );
}

const databricksNote = (top: number): DiagramBox =>
  box({
    id: 'note',
    kind: 'note',
    x: G.serviceX,
    y: top,
    width: G.serviceWidth,
    height: cardHeight(3),
    title: 'Flows not simulated',
    lines: ['Azure Databricks adds the NSG', 'rules its subnets need', '(network intent policy)'],
    description:
      'Azure Databricks adds the network security group rules its subnets need (network intent policy), so no flows are simulated for it.',
  });

function vnetBox(plan: Plan, boxes: readonly DiagramBox[]): DiagramBox {
  const vnet = plan.network?.vnet;
  const inside = boxes.filter((b) => b.parent === 'vnet');
  const spaces = vnet?.addressSpace.join(', ') ?? '';
  return box({
    id: 'vnet',
    kind: 'vnet',
    x: G.vnetX,
    y: G.vnetY,
    width: G.vnetWidth,
    height: Math.max(...inside.map(bottom), TOP + 40) + 16 - G.vnetY,
    title: `Virtual network ${vnet?.name ?? ''}`,
    lines: [`${spaces} · ${vnet?.mode ?? ''} · ${vnet?.region ?? ''}`],
    description: `Virtual network ${vnet?.name ?? ''} (${vnet?.mode ?? ''}, ${vnet?.region ?? ''}) with address space ${spaces}.`,
  });
}

function egressBox(egress: Egress): DiagramBox {
  const text = egressCard(egress);
  return box({
    id: 'egress',
    kind: 'egress',
    x: G.serviceX,
    y: TOP,
    width: G.serviceWidth,
    height: cardHeight(text.lines.length),
    ...text,
  });
}

/** The subnets stacked from the top; the first holds the compute the rows start from. */
function placeSections(sections: readonly SubnetSection[], rows: readonly FlowRow[], card: DiagramBox) {
  const { outside, inside } = splitRows(rows);
  const boxes: DiagramBox[] = [];
  let y = TOP;
  let first: ReturnType<typeof sectionBoxes> | undefined;
  sections.forEach((section, i) => {
    const placed = sectionBoxes(section, y, i, {
      across: i === 0 ? outside.length : 0,
      down: i === 0 && inside.length > 0,
      // The first row's service box must clear the egress card.
      minComputeY: i === 0 && outside.length > 0 ? bottom(card) + 12 + G.rowBox / 2 - 24 : 0,
    });
    first ??= placed;
    boxes.push(...placed.boxes);
    y = bottom(placed.subnet) + 12;
  });
  return { boxes, first, end: y, hasInside: inside.length > 0 };
}

/** The diagram of a plan that puts compute into the customer's virtual network. */
export function customerLayout(plan: Plan): Parts {
  const simulation = simulateFlows(plan);
  const rows = groupRows(simulation.flows);
  const sections = subnetSections(plan, simulation.planned.length);
  const egress = egressOf(plan, sections[0]?.subnet);
  const card = egressBox(egress);
  const { boxes, first, end, hasInside } = placeSections(sections, rows, card);
  boxes.unshift(card);
  const facts = connectivityFacts(plan);
  if (!first) {
    boxes.push(workspaceBox(plan, boxes, undefined, facts !== undefined));
    return { boxes: [vnetBox(plan, boxes), ...boxes], arrows: [], links: [] };
  }
  const insideY = bottom(first.compute) + G.insideArrow;
  const placed = placeRows({
    rows,
    compute: first.compute,
    parent: 'vnet',
    insideY,
    subnetBottom: bottom(first.subnet),
    egressCard: card,
    pathOf: rowPaths(plan, egress),
    ...(sections[0]?.subnet.networkSecurityGroup ? { markX: G.subnetX + G.subnetWidth - 17 } : {}),
  });
  boxes.push(...placed.boxes);
  if (plan.compute.kind === 'databricks' && rows.length === 0) boxes.push(databricksNote(bottom(card) + 16));
  const endpoint = privateEndpointBoxes(plan, boxes, 'vnet', hasInside ? insideY : end, facts);
  boxes.push(...endpoint.boxes);
  const inVnet = Math.max(...boxes.filter((b) => b.parent === 'vnet').map(bottom)) + 12;
  boxes.push(...otherSubnetBoxes(plan, inVnet, facts?.endpointSubnet?.name));
  const vnet = vnetBox(plan, boxes);
  const hub = facts ? hubParts(plan, facts, [vnet, ...boxes], vnet) : undefined;
  boxes.push(...(hub?.boxes ?? []));
  if (!boxes.some((b) => b.id === 'workspace'))
    boxes.push(workspaceBox(plan, boxes, undefined, facts !== undefined));
  const zones = facts ? dnsZoneParts(facts, [vnet, ...boxes], vnet) : undefined;
  boxes.push(...(zones?.boxes ?? []));
  const band = bandLegend(egress);
  return {
    boxes: [vnet, ...boxes],
    arrows: placed.arrows,
    links: [...placed.links, ...endpoint.links, ...(hub?.links ?? []), ...(zones?.links ?? [])],
    ...(band ? { band } : {}),
  };
}
