import { SUBNET_LARGEST_LENGTH, SUBNET_SMALLEST_LENGTH } from '../catalog/limits.ts';
import { usableAddresses } from './cidr.ts';

/** Why a subnet prefix length is outside what Azure creates, or undefined when it is within. */
export type SubnetSizeProblem = 'too-small' | 'too-large';

/**
 * Checks a subnet's prefix length against Azure's limits: /29 is the smallest subnet, /2 the largest.
 * @see https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq
 */
export function subnetSizeProblem(length: number): SubnetSizeProblem | undefined {
  if (length > SUBNET_SMALLEST_LENGTH) return 'too-small';
  if (length < SUBNET_LARGEST_LENGTH) return 'too-large';
  return undefined;
}

/**
 * The longest prefix length (smallest subnet) Azure allows whose usable addresses, after `used` are
 * taken, hold `demand` with `demand <= ratio × usable`. Undefined when not even a /2 would.
 */
export function prefixLengthFor(demand: number, used = 0, ratio = 1): number | undefined {
  for (let length = SUBNET_SMALLEST_LENGTH; length >= SUBNET_LARGEST_LENGTH; length--) {
    if (demand <= ratio * usableAddresses(length, used)) return length;
  }
  return undefined;
}
