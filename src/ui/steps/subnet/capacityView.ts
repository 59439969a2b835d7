import { AZURE_RESERVED_PER_SUBNET, capacityVerdict, parseCidr, type Compute } from '../../../core/index.ts';

/** How the subnet holds the compute at its peak: fits, tight (over 80 % of usable) or too small. */
export type CapacityState = 'fits' | 'tight' | 'short';

/** The numbers and words of the capacity meter. */
export interface CapacityView {
  readonly state: CapacityState;
  /** Prefix length, addresses in the block, addresses already used and usable ones. */
  readonly length: number;
  readonly size: number;
  readonly used: number;
  readonly usable: number;
  /** Addresses the compute takes at its peak. */
  readonly demand: number;
  /** Smallest subnet (longest prefix length) that holds the demand within 80 %, if any. */
  readonly fitsLength?: number;
  /** One line per state: what it means. */
  readonly headline: string;
  /** How usable is worked out, with the five reserved addresses explained. */
  readonly arithmetic: string;
  /** Where the demand comes from. */
  readonly demandReason: string;
}

/** The compute's peak address demand in the subnet and why, or undefined for kinds that add none. */
export function computeDemand(compute: Compute): { addresses: number; reason: string } | undefined {
  switch (compute.kind) {
    case 'computeCluster':
      return {
        addresses: compute.maxNodes,
        reason: `The cluster can grow to ${nodes(compute.maxNodes)} (maximum nodes), and each node takes one address.`,
      };
    case 'serverless':
      return {
        addresses: compute.maxNodes,
        reason: `Serverless jobs can use up to ${nodes(compute.maxNodes)}, and each node takes one address.`,
      };
    case 'computeInstance':
      return { addresses: 1, reason: 'A compute instance takes one address.' };
    default:
      return undefined;
  }
}

const nodes = (count: number) => `${count} ${count === 1 ? 'node' : 'nodes'}`;
const addresses = (count: number) => `${count} ${count === 1 ? 'address' : 'addresses'}`;

function headline(state: CapacityState, demand: number, usable: number, fitsLength?: number): string {
  const suggestion = fitsLength === undefined ? '' : ` A /${fitsLength} or larger fits.`;
  switch (state) {
    case 'fits':
      return `Fits: the compute needs at most ${demand} of the ${usable} usable addresses.`;
    case 'tight':
      return (
        `Over 80 %: the compute needs ${demand} of the ${usable} usable addresses, ` +
        `so little is left for growth.${suggestion}`
      );
    case 'short':
      return (
        `Too small: the compute needs ${addresses(demand)} but only ${usable} ${usable === 1 ? 'is' : 'are'} ` +
        `usable; nodes beyond that are never created.${suggestion}`
      );
  }
}

function arithmetic(length: number, size: number, used: number, usable: number): string {
  const taken = used > 0 ? `, ${used} are already used` : '';
  return (
    `A /${length} holds ${addresses(size)}. Azure keeps ${AZURE_RESERVED_PER_SUBNET} in every subnet ` +
    `(the network address, the default gateway, two for Azure DNS and the broadcast address)${taken}, ` +
    `leaving ${usable} usable.`
  );
}

/**
 * The capacity meter for a subnet prefix: usable = 2^(32−length) − 5 − used against the compute's peak
 * demand. Undefined when the prefix isn't a valid CIDR or the compute adds no addresses (attached kinds).
 */
export function capacityView(prefix: string, used: number, compute: Compute): CapacityView | undefined {
  const parsed = parseCidr(prefix);
  const demand = computeDemand(compute);
  if (!parsed.ok || !demand) return undefined;
  const { length } = parsed.cidr;
  const safeUsed = Number.isFinite(used) && used > 0 ? Math.floor(used) : 0;
  const verdict = capacityVerdict(length, safeUsed, demand.addresses);
  const state: CapacityState = verdict.status === 'ok' ? 'fits' : verdict.status;
  return {
    state,
    length,
    size: verdict.size,
    used: safeUsed,
    usable: verdict.usable,
    demand: demand.addresses,
    ...(verdict.fitsLength === undefined ? {} : { fitsLength: verdict.fitsLength }),
    headline: headline(state, demand.addresses, verdict.usable, verdict.fitsLength),
    arithmetic: arithmetic(length, verdict.size, safeUsed, verdict.usable),
    demandReason: demand.reason,
  };
}
