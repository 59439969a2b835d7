import { Badge } from '@fluentui/react-components';
import type { SeverityCounts } from '../findings/findingSteps.ts';
import { stepCountsLabel } from '../findings/groupFindings.ts';
import { useVisuallyHiddenStyles } from '../findings/visuallyHidden.styles.ts';
import { useStepListStyles } from './StepList.styles.ts';

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
        {counts.error > 0 && (
          <Badge appearance="filled" color="danger" size="small">
            {counts.error}
          </Badge>
        )}
        {counts.warning > 0 && (
          <Badge appearance="filled" color="warning" size="small">
            {counts.warning}
          </Badge>
        )}
      </span>
    </>
  );
}
