/** The user-timing mark set when the first screen has been committed (e2e/first-load.spec.ts reads it). */
export const FIRST_SCREEN_MARK = 'aml-network-wizard:first-screen';

let markShown: () => void = () => undefined;

/**
 * Settles once the app's first screen has been painted: code the first screen doesn't show (the plan
 * schema, parts shown only later) starts loading then, so it never competes with the first screen.
 */
export const firstScreenShown = new Promise<void>((resolve) => {
  markShown = resolve;
});

let requested = false;

const queued: (() => void)[] = [];
let running = false;

/** Runs the queued loads one per task, so no task starts them all at once (a long task on a slow phone). */
function runQueued(): void {
  const next = queued.shift();
  if (!next) {
    running = false;
    return;
  }
  next();
  setTimeout(runQueued, 0);
}

/**
 * Calls `load` once the first screen is shown ({@link firstScreenShown}), in a task of its own: the loads
 * asked for run one per task, in the order asked, since starting a download (Vite adds a preload link for each
 * module the chunk needs) and evaluating what arrived each take a few milliseconds that, together, would make
 * one task long enough to block input on a slow phone. Settles as `load` does.
 */
export function afterFirstScreen<T>(load: () => T | Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queued.push(() => {
      try {
        resolve(load());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    void firstScreenShown.then(() => {
      if (running) return;
      running = true;
      setTimeout(runQueued, 0);
    });
  });
}

/** Calls `then` once the browser reports its first contentful paint; false where it can't report paints. */
function onFirstPaint(then: () => void): boolean {
  if (typeof PerformanceObserver === 'undefined') return false;
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return false;
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    then();
  });
  observer.observe({ type: 'paint', buffered: true });
  return true;
}

/**
 * Called by the app once its first screen is committed (App's `onShown`); later calls change nothing. Settles
 * {@link firstScreenShown} once the browser has painted that screen: when it reports the first contentful
 * paint, then a task (a frame, then a task, where it can't report paints; or after a second where frames don't
 * run, as in a hidden tab).
 *
 * Not sooner: a frame's callbacks run before the frame reaches the screen, and a download started there counts,
 * in Lighthouse's simulation of a slow phone, as one the largest paint waited for.
 */
export function showFirstScreen(): void {
  if (requested) return;
  requested = true;
  let done = false;
  const shown = () => {
    if (done) return;
    done = true;
    if (typeof performance !== 'undefined') performance.mark(FIRST_SCREEN_MARK);
    markShown();
  };
  const afterTask = () => setTimeout(shown, 0);
  if (!onFirstPaint(afterTask) && typeof requestAnimationFrame === 'function')
    requestAnimationFrame(afterTask);
  setTimeout(shown, 1000);
}
