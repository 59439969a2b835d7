import { zoneLinkWords, zoneState, type ConnectivityFacts, type ZoneFacts } from './connectivity.ts';
import { G, bottom, box, cardHeight } from './geometry.ts';
import type { DiagramBox, DiagramLink } from './types.ts';
import type { Parts } from './workspaceParts.ts';

/** x of the line the zones' virtual network links run down, left of the hub and the zones. */
const LINK_X = G.vnetX + 12;
const ZONES_X = G.vnetX + 24;
const HEADER = 52;
const GAP = 8;

function zoneCard(zone: ZoneFacts, index: number, y: number, vnet: string): DiagramBox {
  const state = zoneState(zone);
  const link = zoneLinkWords(zone, vnet);
  const kept = zone.resourceGroup ? ', which this bundle refers to by id and never recreates' : '';
  return box({
    id: `dns-zone-${index}`,
    kind: 'dnsZone',
    parent: 'dns-zones',
    x: ZONES_X + 12,
    y,
    width: G.width - G.margin - 12 - (ZONES_X + 12),
    height: cardHeight(2),
    title: zone.name,
    lines: [`for ${zone.purpose} · ${state}`, link.short],
    description: `Private DNS zone ${zone.name} for ${zone.purpose}, ${state}${kept}; ${link.long}.`,
  });
}

/**
 * The private DNS zones below everything else, one card per zone, each linked to the compute's
 * network by a line that runs down its left side (past the hub, which is indented for it).
 */
export function dnsZoneParts(
  facts: ConnectivityFacts,
  boxes: readonly DiagramBox[],
  vnet: DiagramBox,
): Parts {
  if (facts.zones.length === 0) return { boxes: [], arrows: [], links: [] };
  const top = Math.max(...boxes.map(bottom)) + 24;
  const cards = facts.zones.map((zone, i) =>
    zoneCard(zone, i, top + HEADER + i * (cardHeight(2) + GAP), facts.vnetName),
  );
  const count = `${facts.zones.length} zone${facts.zones.length === 1 ? '' : 's'}`;
  const group = box({
    id: 'dns-zones',
    kind: 'dnsZones',
    x: ZONES_X,
    y: top,
    width: G.width - G.margin - ZONES_X,
    height: Math.max(...cards.map(bottom)) + 12 - top,
    title: 'Private DNS zones',
    lines: [`${facts.cloud} · ${count}`],
    description: `Private DNS zones of ${facts.cloud} (${count}), which resolve the private endpoints' names to their private addresses for the networks linked to them.`,
  });
  const links = facts.zones.flatMap((zone, i): DiagramLink[] => {
    const card = cards[i];
    if (!card || zone.link === 'none') return [];
    const y = card.y + 20;
    return [
      {
        id: `dns-link-${i}`,
        kind: 'dnsLink',
        from: card.id,
        to: vnet.id,
        label: '',
        points: [
          { x: card.x, y },
          { x: LINK_X, y },
          { x: LINK_X, y: bottom(vnet) },
        ],
      },
    ];
  });
  return { boxes: [group, ...cards], arrows: [], links };
}
