import { describeRule, type Direction, type FlowVerdict } from '../../../core/index.ts';
import type { ArrowVerdict } from './types.ts';

/** The flows one arrow draws: same remote end, direction, protocol and verdict. */
export interface FlowRow {
  readonly key: string;
  readonly remote: string;
  readonly direction: Direction;
  readonly protocol: 'Tcp' | 'Udp';
  readonly verdict: ArrowVerdict;
  readonly verdicts: readonly FlowVerdict[];
}

/** Remote ends inside the virtual network, drawn inside it rather than on the right. */
export const INSIDE_REMOTES: readonly string[] = ['VirtualNetwork'];

export const isInside = (remote: string): boolean => INSIDE_REMOTES.includes(remote);

/**
 * Groups verdicts into rows, ordered so that each remote's rows are next to each other: remotes in
 * the order they first appear (those inside the network last), inbound before outbound.
 */
export function groupRows(verdicts: readonly FlowVerdict[]): FlowRow[] {
  const rows = new Map<string, { row: Omit<FlowRow, 'verdicts'>; verdicts: FlowVerdict[] }>();
  for (const verdict of verdicts) {
    const { remote, direction, protocol } = verdict.flow;
    const key = `${remote}|${direction}|${protocol}|${verdict.result}`;
    const found = rows.get(key);
    if (found) found.verdicts.push(verdict);
    else
      rows.set(key, {
        row: { key, remote, direction, protocol, verdict: verdict.result },
        verdicts: [verdict],
      });
  }
  const remotes = [...new Set(verdicts.map((v) => v.flow.remote))];
  const order = [...remotes.filter((r) => !isInside(r)), ...remotes.filter(isInside)];
  const all = [...rows.values()].map(({ row, verdicts: list }) => ({ ...row, verdicts: list }));
  const rank = (row: FlowRow) => order.indexOf(row.remote) * 2 + (row.direction === 'Inbound' ? 0 : 1);
  // Array.prototype.sort is stable, so rows of equal rank keep catalogue order.
  return all.sort((a, b) => rank(a) - rank(b));
}

/** "TCP 443, 8787" */
export function rowLabel(row: Pick<FlowRow, 'protocol' | 'verdicts'>): string {
  return `${row.protocol.toUpperCase()} ${row.verdicts.map((v) => v.flow.port).join(', ')}`;
}

const VERDICT_WORDS: Record<ArrowVerdict, string> = {
  allowed: 'allowed',
  denied: 'denied',
  unknown: 'not known',
  managed: 'allowed by the managed network',
};

export const verdictWord = (verdict: ArrowVerdict): string => VERDICT_WORDS[verdict];

/** Why the NSG decided as it did: the deciding rules, or the simulator's note. */
function reasons(row: FlowRow): string {
  const seen = new Set<string>();
  for (const verdict of row.verdicts) {
    if (verdict.rule) seen.add(`by ${describeRule(verdict.rule)}`);
    else if (verdict.note) seen.add(verdict.note.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase()));
  }
  return [...seen].join('; ');
}

/** "Outbound TCP 443 to Storage.eastus2, through the NAT gateway: denied by rule "X" (priority 100)." */
export function rowDescription(row: FlowRow, path: string): string {
  const direction = row.direction === 'Outbound' ? 'Outbound' : 'Inbound';
  const preposition = row.direction === 'Outbound' ? 'to' : 'from';
  const why = reasons(row);
  const via = path ? `, ${path}` : '';
  return `${direction} ${rowLabel(row)} ${preposition} ${row.remote}${via}: ${verdictWord(row.verdict)}${why ? ` (${why})` : ''}.`;
}
