import type { Plan } from '../../../core/index.ts';
import { egressPath, type Egress } from './egress.ts';
import type { RowPath } from './placeRows.ts';
import type { FlowRow } from './rows.ts';

const DIRECT_WORDS: Record<Egress['kind'], string> = {
  nat: 'through the NAT gateway',
  appliance: 'through the appliance',
  default: 'through default outbound access',
  none: 'with no outbound path',
};

/** How each row's traffic passes the plan's egress (inbound traffic never passes it). */
export function rowPaths(plan: Plan, egress: Egress): (row: FlowRow) => RowPath {
  return (row) => {
    if (row.direction === 'Inbound') return { kind: 'direct', words: '' };
    const path = egressPath(plan, egress, row.remote);
    if (egress.kind === 'appliance') {
      const hop = egress.nextHop === 'gateway' ? 'the gateway' : `the appliance ${egress.nextHop}`;
      return path === 'bypass'
        ? { kind: 'bypass', words: 'by a bypass route straight to Internet' }
        : { kind: 'through', words: `through ${hop}` };
    }
    return path === 'through'
      ? { kind: 'through', words: DIRECT_WORDS.nat }
      : { kind: 'direct', words: DIRECT_WORDS[egress.kind] };
  };
}

/** Legend words for the markers on the egress band. */
export function bandLegend(egress: Egress): { hop: string; bypass?: string } | undefined {
  if (egress.kind === 'nat') return { hop: 'Leaves through the NAT gateway' };
  if (egress.kind === 'appliance') {
    return { hop: 'Sent to the appliance (0.0.0.0/0)', bypass: 'Bypass route straight to Internet' };
  }
  return undefined;
}
