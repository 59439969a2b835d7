import { useEffect, useRef, useState } from 'react';

/**
 * `value`, passed on at most once every `intervalMs`: the first change after a quiet spell right away
 * (on the next task), the changes of a burst (typing) together at the end of each interval, and always
 * the last one. Starts with the first value.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastShownAt = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (Object.is(shown, value)) return undefined;
    const wait = Math.max(0, lastShownAt.current + intervalMs - performance.now());
    const timer = setTimeout(() => {
      lastShownAt.current = performance.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, shown, intervalMs]);
  return shown;
}
