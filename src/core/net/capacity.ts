import { ADDRESSES_PER_NODE, CAPACITY_WARNING_RATIO } from '../catalog/limits.ts';
import type { Compute } from '../model/index.ts';
import { blockSize, usableAddresses } from './cidr.ts';
import { prefixLengthFor } from './size.ts';

/** Addresses the compute takes in its subnet at most, and in words why. */
export interface AddressDemand {
  readonly addresses: number;
  readonly reason: string;
  /** What else to change besides a larger subnet. */
  readonly alternative: string;
  /** What happens when the subnet runs out of addresses. */
  readonly shortfall: string;
}

const perNode = (maxNodes: number): AddressDemand => ({
  addresses: maxNodes * ADDRESSES_PER_NODE,
  reason: `one per node, up to compute.maxNodes = ${maxNodes}`,
  alternative: 'lower compute.maxNodes',
  shortfall: 'Nodes beyond the free addresses are never allocated, so the compute stays partially allocated.',
});

/**
 * Peak addresses the compute needs in its subnet: one per node up to `maxNodes` for a cluster or
 * serverless compute, one for an instance. Undefined for kinds that don't allocate in the subnet here.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 */
export function addressDemand(compute: Compute): AddressDemand | undefined {
  switch (compute.kind) {
    case 'computeCluster':
    case 'serverless':
      return perNode(compute.maxNodes);
    case 'computeInstance':
      return {
        addresses: ADDRESSES_PER_NODE,
        reason: 'one for the compute instance',
        alternative: 'choose a subnet with free addresses',
        shortfall: 'Creating the instance fails.',
      };
    default:
      return undefined;
  }
}

/** How a subnet of `length` with `used` addresses taken holds `demand`. */
export interface CapacityVerdict {
  /** `short`: fewer usable addresses than demand; `tight`: demand above the warning ratio; else `ok`. */
  readonly status: 'ok' | 'tight' | 'short';
  readonly size: number;
  readonly usable: number;
  /** Longest prefix length (smallest subnet) that holds the demand within the warning ratio, if any. */
  readonly fitsLength?: number;
}

/** Usable = 2^(32−length) − 5 − used, compared with the demand (REQUIREMENTS.md §2 subnet-capacity). */
export function capacityVerdict(length: number, used: number, demand: number): CapacityVerdict {
  const size = blockSize(length);
  const usable = usableAddresses(length, used);
  const status = usable < demand ? 'short' : demand > CAPACITY_WARNING_RATIO * usable ? 'tight' : 'ok';
  const fitsLength = prefixLengthFor(demand, used, CAPACITY_WARNING_RATIO);
  return fitsLength === undefined ? { status, size, usable } : { status, size, usable, fitsLength };
}
