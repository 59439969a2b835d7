import { NSG_LIMITS, PLANNED_PRIORITY_START, PLANNED_PRIORITY_STEP } from '../catalog/flows.ts';
import type { SecurityRule } from '../model/index.ts';
import type { Direction } from './types.ts';

/**
 * Hands out NSG priorities and names that don't collide with the rules already on the NSG:
 * priorities unique per direction (from 100 in steps of 10, so people can insert rules between),
 * names unique in the NSG (case-insensitive, as Azure compares them).
 * @see https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview
 */
export class PriorityAllocator {
  /** Priorities in use per direction, one byte per priority (an NSG has up to 1,000 rules, on every keystroke). */
  private readonly used: Record<Direction, Uint8Array> = {
    Inbound: new Uint8Array(NSG_LIMITS.maxPriority + 1),
    Outbound: new Uint8Array(NSG_LIMITS.maxPriority + 1),
  };
  private readonly cursor: Record<Direction, number> = {
    Inbound: PLANNED_PRIORITY_START,
    Outbound: PLANNED_PRIORITY_START,
  };
  /** Names handed out, lower-cased. */
  private readonly added = new Set<string>();

  /** `taken`: the existing rules' names, lower-cased (the caller has them already). */
  constructor(
    existing: readonly SecurityRule[],
    private readonly taken: { has(lowerCaseName: string): boolean },
  ) {
    for (const rule of existing) {
      const { direction, priority } = rule.properties;
      // Out-of-range priorities are a finding of their own; they can't collide with a planned one.
      if (priority >= 0 && priority <= NSG_LIMITS.maxPriority) this.used[direction][priority] = 1;
    }
  }

  /** The next free priority at or after the cursor, below `ceiling`; else the lowest free one. */
  next(direction: Direction, ceiling: number = NSG_LIMITS.maxPriority - 1): number {
    const used = this.used[direction];
    let priority = this.cursor[direction];
    while (priority <= ceiling && used[priority] === 1) priority += 1;
    if (priority > ceiling) priority = this.lowestFree(direction, NSG_LIMITS.minPriority, ceiling, 1);
    this.cursor[direction] = priority + PLANNED_PRIORITY_STEP;
    return this.take(direction, priority);
  }

  /** `preferred` if free, else the highest free priority below it (for the final deny). */
  atOrBelow(direction: Direction, preferred: number): number {
    let priority = preferred;
    while (priority > NSG_LIMITS.minPriority && this.used[direction][priority] === 1) priority -= 1;
    return this.take(direction, priority);
  }

  /** `name` if no rule has it yet, else `name2`, `name3`, … */
  name(base: string): string {
    let name = base;
    const isTaken = (lower: string) => this.taken.has(lower) || this.added.has(lower);
    for (let n = 2; isTaken(name.toLowerCase()); n += 1) name = `${base}${n}`;
    this.added.add(name.toLowerCase());
    return name;
  }

  private lowestFree(direction: Direction, from: number, to: number, step: number): number {
    for (let priority = from; priority <= to; priority += step) {
      if (this.used[direction][priority] !== 1) return priority;
    }
    return to;
  }

  private take(direction: Direction, priority: number): number {
    this.used[direction][priority] = 1;
    return priority;
  }
}
