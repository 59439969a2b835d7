import { useEffect, useId, useRef } from 'react';

/**
 * A heading that takes focus when it appears (give it `tabIndex={-1}`), so keyboard and screen reader users
 * land on what just replaced the content they were in; `id` labels its section and list.
 */
export function useFocusedHeading() {
  const id = useId();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return { id, ref };
}
