/**
 * `next` with every part that is deep-equal to the same part of `previous` replaced by `previous`'s
 * object, so what didn't change keeps its identity: a component that reads one part of the plan (and
 * `memo`, `useMemo` and the checks' per-object caches) sees no change when another part was edited.
 * Works on JSON-shaped values (objects, arrays, strings, numbers, booleans, null); the result is
 * deep-equal to `next`, and `previous` itself is returned when the two are deep-equal.
 */
export function shareUnchanged<T>(previous: T, next: T): T {
  return share(previous, next) as T;
}

function share(previous: unknown, next: unknown): unknown {
  if (Object.is(previous, next)) return previous;
  if (typeof previous !== 'object' || typeof next !== 'object' || previous === null || next === null) {
    return next;
  }
  if (Array.isArray(previous) !== Array.isArray(next)) return next;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const items = next.map((item, i) => (i < previous.length ? share(previous[i], item) : item));
    const same = previous.length === next.length && items.every((item, i) => item === previous[i]);
    return same ? previous : items;
  }
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  let same = keys.length === Object.keys(before).length;
  // Entries, not assignment, so a key named __proto__ stays an own property as in `next`.
  const entries = keys.map((key): [string, unknown] => {
    const had = Object.hasOwn(before, key);
    const value = had ? share(before[key], after[key]) : after[key];
    if (!had || value !== before[key]) same = false;
    return [key, value];
  });
  return same ? previous : Object.fromEntries(entries);
}
