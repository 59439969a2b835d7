import { Suspense, type ComponentType } from 'react';
import type { SeverityCounts } from '../findings/findingSteps.ts';
import { stepCountsLabel } from '../findings/groupFindings.ts';
import { useVisuallyHiddenStyles } from '../findings/visuallyHidden.styles.ts';
import { afterFirstScreen } from '../lazy/firstScreen.ts';
import { lazyPart } from '../lazy/lazyPart.ts';
import { useStepListStyles } from './StepList.styles.ts';

// The badges' code loads when a step first has errors or warnings (the first screen has none), and is fetched
// once the first screen is shown. The counts' words never wait for it.
const loadCountBadges = () => import('./CountBadges.tsx');
void afterFirstScreen(loadCountBadges).catch(() => undefined);
// Offline, the step keeps its words and shows no badges rather than an error inside the step list.
const CountBadges = lazyPart<ComponentType<{ readonly counts: SeverityCounts }>>(() =>
  loadCountBadges().catch(() => ({ default: () => null })),
);

/** A step's error and warning counts as badges; the words are in the step's accessible name. */
export function StepBadges({ counts }: { readonly counts: SeverityCounts }) {
  const styles = useStepListStyles();
  const hidden = useVisuallyHiddenStyles();
  const label = stepCountsLabel(counts);
  if (!label) return null;
  return (
    <>
      <span className={hidden.hidden}>{label}</span>
      <span className={styles.badges} aria-hidden="true">
        <Suspense fallback={null}>
          <CountBadges counts={counts} />
        </Suspense>
      </span>
    </>
  );
}
