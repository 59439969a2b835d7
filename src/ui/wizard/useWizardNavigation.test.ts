import { describe, expect, it } from 'vitest';
import { moved, START, type Position } from './useWizardNavigation.ts';

const open = () => true;
const closed = () => false;
const at = (index: number, furthest = index): Position => ({ index, furthest, event: undefined });

describe('moved', () => {
  it('goes on with Next when the gate allows it', () => {
    const next = moved(at(1), { target: 2, kind: 'next' }, open);
    expect(next).toMatchObject({ index: 2, furthest: 2, event: { type: 'arrived' } });
  });

  it('stays with a blocked event when the gate refuses Next, and counts every refusal', () => {
    const once = moved(at(3), { target: 4, kind: 'next' }, closed);
    expect(once).toMatchObject({ index: 3, furthest: 3, event: { type: 'blocked', serial: 1 } });
    const twice = moved(once, { target: 4, kind: 'next' }, closed);
    expect(twice.event).toMatchObject({ type: 'blocked', serial: 2 });
  });

  it('never blocks going back or jumping to a visited step', () => {
    expect(moved(at(3, 5), { target: 1, kind: 'next' }, closed).index).toBe(1);
    expect(moved(at(3, 5), { target: 5, kind: 'jump' }, closed).index).toBe(5);
    expect(moved(at(3, 5), { target: 0 }, closed).index).toBe(0);
  });

  it('skips ahead only for "anywhere", carrying the field to focus', () => {
    expect(moved(START, { target: 3, kind: 'jump' }, open)).toBe(START);
    const there = moved(
      START,
      { target: 3, kind: 'anywhere', focusPath: 'network.subnet.addressPrefix' },
      closed,
    );
    expect(there).toMatchObject({
      index: 3,
      furthest: 3,
      event: { type: 'arrived', focusPath: 'network.subnet.addressPrefix' },
    });
  });

  it('clamps targets to the steps there are', () => {
    expect(moved(at(7), { target: 9, kind: 'anywhere' }, open).index).toBe(7);
    expect(moved(at(0), { target: -1 }, open).index).toBe(0);
  });
});
