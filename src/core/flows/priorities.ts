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
  private readonly used: Record<Direction, Set<number>> = { Inbound: new Set(), Outbound: new Set() };
  private readonly cursor: Record<Direction, number> = {
    Inbound: PLANNED_PRIORITY_START,
    Outbound: PLANNED_PRIORITY_START,
  };
  private readonly names = new Set<string>();

  constructor(existing: readonly SecurityRule[]) {
    for (const rule of existing) {
      this.used[rule.properties.direction].add(rule.properties.priority);
      this.names.add(rule.name.toLowerCase());
    }
  }

  /** The next free priority at or after the cursor, below `ceiling`; else the lowest free one. */
  next(direction: Direction, ceiling: number = NSG_LIMITS.maxPriority - 1): number {
    const used = this.used[direction];
    let priority = this.cursor[direction];
    while (priority <= ceiling && used.has(priority)) priority += 1;
    if (priority > ceiling) priority = this.lowestFree(direction, NSG_LIMITS.minPriority, ceiling, 1);
    this.cursor[direction] = priority + PLANNED_PRIORITY_STEP;
    return this.take(direction, priority);
  }

  /** `preferred` if free, else the highest free priority below it (for the final deny). */
  atOrBelow(direction: Direction, preferred: number): number {
    let priority = preferred;
    while (priority > NSG_LIMITS.minPriority && this.used[direction].has(priority)) priority -= 1;
    return this.take(direction, priority);
  }

  /** `name` if no rule has it yet, else `name2`, `name3`, … */
  name(base: string): string {
    let name = base;
    for (let n = 2; this.names.has(name.toLowerCase()); n += 1) name = `${base}${n}`;
    this.names.add(name.toLowerCase());
    return name;
  }

  private lowestFree(direction: Direction, from: number, to: number, step: number): number {
    for (let priority = from; priority <= to; priority += step) {
      if (!this.used[direction].has(priority)) return priority;
    }
    return to;
  }

  private take(direction: Direction, priority: number): number {
    this.used[direction].add(priority);
    return priority;
  }
}
