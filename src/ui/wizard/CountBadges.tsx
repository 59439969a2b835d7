import { Badge } from '@fluentui/react-components';
import type { SeverityCounts } from '../findings/findingSteps.ts';

/** A step's error and warning counts as Fluent badges (StepBadges.tsx gives their words). */
export default function CountBadges({ counts }: { readonly counts: SeverityCounts }) {
  return (
    <>
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
    </>
  );
}
