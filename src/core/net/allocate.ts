import { blockSize, intToIp, overlaps, type Cidr } from './cidr.ts';

const makeCidr = (first: number, length: number): Cidr => {
  const last = first + blockSize(length) - 1;
  return { text: `${intToIp(first)}/${length}`, first, last, length };
};

/** The first address at or after `value` that starts a block of `size` addresses. */
const alignUp = (value: number, size: number): number => Math.ceil(value / size) * size;

function firstFreeIn(space: Cidr, taken: readonly Cidr[], length: number): Cidr | undefined {
  const size = blockSize(length);
  let start = alignUp(space.first, size);
  while (start + size - 1 <= space.last) {
    const candidate = makeCidr(start, length);
    const clash = taken.find((other) => overlaps(other, candidate));
    if (!clash) return candidate;
    start = alignUp(clash.last + 1, size);
  }
  return undefined;
}

/**
 * The lowest free prefix of `length` inside one of `spaces` (tried in order) that overlaps none of
 * `taken`, or undefined when none fits. Steps past each clash, so it is fast even for huge spaces.
 */
export function findFreePrefix(
  spaces: readonly Cidr[],
  taken: readonly Cidr[],
  length: number,
): Cidr | undefined {
  if (!Number.isInteger(length) || length < 0 || length > 32) return undefined;
  for (const space of spaces) {
    if (space.length > length) continue;
    const found = firstFreeIn(space, taken, length);
    if (found) return found;
  }
  return undefined;
}
