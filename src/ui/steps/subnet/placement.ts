import { contains, findFreePrefix, overlaps, parseCidr, type Cidr, type Vnet } from '../../../core/index.ts';

/** A subnet of the VNet other than the one being edited. */
export interface NeighbourSubnet {
  readonly name: string;
  readonly addressPrefix: string;
}

/** Why a subnet prefix doesn't sit well in its VNet, in words, or undefined when it does. */
export type PlacementProblem =
  | { readonly kind: 'outside'; readonly message: string }
  | { readonly kind: 'overlap'; readonly message: string };

const parsed = (text: string): Cidr | undefined => {
  const result = parseCidr(text);
  return result.ok ? result.cidr : undefined;
};

const cidrs = (texts: readonly string[]): Cidr[] => texts.flatMap((text) => parsed(text) ?? []);

/** The VNet's subnets other than `name` (an existing subnet may also be listed among the other subnets). */
export function neighbours(vnet: Vnet, name: string, extra: readonly NeighbourSubnet[] = []) {
  const others = vnet.otherSubnets.filter((other) => other.name.toLowerCase() !== name.toLowerCase());
  return [...others, ...extra];
}

/** Checks a valid subnet prefix against the VNet's address spaces and its other subnets. */
export function placementProblem(
  prefix: string,
  vnet: Vnet,
  others: readonly NeighbourSubnet[],
): PlacementProblem | undefined {
  const cidr = parsed(prefix);
  if (!cidr) return undefined;
  const spaces = cidrs(vnet.addressSpace);
  if (spaces.length > 0 && !spaces.some((space) => contains(space, cidr))) {
    return {
      kind: 'outside',
      message: `${cidr.text} is outside the virtual network's address space (${vnet.addressSpace.join(', ')}); a subnet must lie inside it.`,
    };
  }
  const clash = others.find((other) => {
    const otherCidr = parsed(other.addressPrefix);
    return otherCidr !== undefined && overlaps(otherCidr, cidr);
  });
  if (!clash) return undefined;
  return {
    kind: 'overlap',
    message: `${cidr.text} overlaps the subnet "${clash.name}" (${clash.addressPrefix}); subnets of one virtual network can't share addresses.`,
  };
}

/**
 * The lowest free prefix of `length` inside the VNet's address spaces that overlaps none of `others`,
 * as text such as 10.0.2.0/24, or undefined when none is free.
 */
export function suggestPrefix(
  vnet: Vnet,
  others: readonly NeighbourSubnet[],
  length: number,
): string | undefined {
  const taken = cidrs(others.map((other) => other.addressPrefix));
  return findFreePrefix(cidrs(vnet.addressSpace), taken, length)?.text;
}
