import { useEffect } from 'react';
import type { PlanStore } from '../state/planStore.ts';
import { readShareFragment, withoutShareFragment } from './fragment.ts';
import type { AnnouncePlanLoad } from './planLoad.ts';

/**
 * Opens a share link (`#plan=…`) when the page loads with one or one is pasted into the address bar, then
 * removes it from the address so a reload or a bookmark doesn't open it again over later edits.
 */
export function useSharedPlanLink(store: PlanStore, announce: AnnouncePlanLoad): void {
  useEffect(() => {
    const open = () => {
      const data = readShareFragment(window.location.hash);
      if (data === undefined) return;
      const { pathname, search, hash } = window.location;
      window.history.replaceState(window.history.state, '', pathname + search + withoutShareFragment(hash));
      // The decoder loads only when a link is opened; its result is shown even if this effect has re-run.
      void import('./openSharedLink.ts')
        .then(({ openSharedLink }) => openSharedLink(data, store))
        .then(announce, () =>
          announce({
            kind: 'rejected',
            title: 'The shared link could not be opened',
            detail: 'Your current plan is unchanged. Reload the page to try again.',
            errors: [
              { path: '', message: 'The part of the wizard that opens links did not load (offline?).' },
            ],
          }),
        );
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, [store, announce]);
}
