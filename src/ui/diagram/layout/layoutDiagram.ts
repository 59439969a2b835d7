import type { Plan } from '../../../core/index.ts';
import { customerLayout } from './customerLayout.ts';
import { G, bottom, fitText } from './geometry.ts';
import { managedLayout } from './managedLayout.ts';
import { verdictWord } from './rows.ts';
import type { ArrowVerdict, DiagramArrow, DiagramLayout, LegendEntry } from './types.ts';

const LEGEND: Record<ArrowVerdict, string> = {
  allowed: 'Allowed by the NSG (solid line)',
  denied: 'Denied by the NSG (dashed line, ✕)',
  unknown: 'Not known (dotted line, ?)',
  managed: 'Allowed by the managed network (long dashes)',
};

/** Connectors in the legend, each when the diagram draws one. */
const LINK_LEGEND: readonly LegendEntry[] = [
  { kind: 'privateLink', label: 'Private Link to the workspace' },
  { kind: 'peering', label: 'Peering of two virtual networks' },
  { kind: 'dnsLink', label: 'Link of a DNS zone to a network' },
];

function summary(plan: Plan, arrows: readonly DiagramArrow[]): string {
  const flows = (verdict: ArrowVerdict) =>
    arrows.filter((a) => a.verdict === verdict).reduce((n, a) => n + Math.max(a.flowIds.length, 1), 0);
  if (plan.workspace.isolation === 'managedVnet') {
    return `The compute runs in the workspace's Microsoft-managed virtual network; ${flows('managed')} outbound flow${flows('managed') === 1 ? '' : 's'} shown, allowed by the managed network.`;
  }
  const total = arrows.reduce((n, a) => n + a.flowIds.length, 0);
  if (total === 0)
    return `The compute runs in virtual network ${plan.network?.vnet.name ?? ''}; no flows are simulated for it.`;
  const counts = (['allowed', 'denied', 'unknown'] as const)
    .filter((v) => flows(v) > 0)
    .map((v) => `${flows(v)} ${verdictWord(v)}`);
  return `The compute runs in virtual network ${plan.network?.vnet.name ?? ''}. Of its ${total} required flow${total === 1 ? '' : 's'}, ${counts.join(', ')}.`;
}

/**
 * Lays out the network diagram of a plan: boxes with their text, an arrow per group of required
 * flows coloured by the simulator's verdict, and a legend. Pure and deterministic: the same plan
 * always gives the same layout.
 */
export function layoutDiagram(plan: Plan): DiagramLayout {
  const parts = plan.workspace.isolation === 'managedVnet' ? managedLayout(plan) : customerLayout(plan);
  const contentBottom = Math.max(...parts.boxes.map(bottom));
  const order: ArrowVerdict[] =
    plan.workspace.isolation === 'managedVnet' ? ['managed'] : ['allowed', 'denied', 'unknown'];
  const has = (kind: string) => parts.boxes.some((b) => b.kind === kind);
  const entries: LegendEntry[] = [
    ...(parts.arrows.length ? order : []).map((verdict) => ({
      kind: 'verdict' as const,
      verdict,
      label: LEGEND[verdict],
    })),
    ...(parts.band && has('hop') ? [{ kind: 'hop' as const, label: parts.band.hop }] : []),
    ...(parts.band?.bypass && has('bypass') ? [{ kind: 'bypass' as const, label: parts.band.bypass }] : []),
    ...LINK_LEGEND.filter((entry) => parts.links.some((link) => link.kind === entry.kind)),
  ];
  // The words start 58 units into a column, after the sample.
  const fits = entries.every((entry) => fitText(entry.label, G.legendColumn - 66) === entry.label);
  const columns = fits ? 2 : 1;
  const legendHeight = Math.ceil(entries.length / columns) * G.legendRow + 8;
  return {
    width: G.width,
    height: contentBottom + G.margin + legendHeight + G.margin,
    title: `Network diagram of ${plan.workspace.name}`,
    summary: summary(plan, parts.arrows),
    boxes: parts.boxes,
    arrows: parts.arrows,
    links: parts.links,
    legend: { x: G.margin, y: contentBottom + G.margin, columns, entries },
  };
}
