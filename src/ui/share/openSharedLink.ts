import type { PlanStore } from '../state/planStore.ts';
import { loadPlan } from './loadPlan.ts';
import type { PlanLoadNotice } from './planLoad.ts';
import { decodeSharedPlan } from './shareLink.ts';

/** Opens the data of a share link: the plan replaces the draft, or the draft stays and the notice says why. */
export async function openSharedLink(data: string, store: PlanStore): Promise<PlanLoadNotice> {
  const result = await decodeSharedPlan(data);
  if (!result.ok) {
    return {
      kind: 'rejected',
      title: 'The shared link could not be opened',
      detail: 'Your current plan is unchanged. What is wrong with the link:',
      errors: result.errors,
    };
  }
  // A link opened with the page arrives before the store's checks; the plan waits for them.
  await store.checksLoaded();
  return loadPlan(store, result.plan, {
    title: 'Opened the shared plan',
    detail: 'The wizard now shows the plan from the link.',
  });
}
