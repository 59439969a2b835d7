import { Button, mergeClasses, useId } from '@fluentui/react-components';
import { Suspense } from 'react';
import { mayFixWithRoutes } from '../../core/flows/routeFixRules.ts';
import type { Finding } from '../../core/index.ts';
import { lazyPart } from '../lazy/lazyPart.ts';
import { PartBoundary } from '../lazy/PartBoundary.tsx';
import { useFindingsStyles } from './Findings.styles.ts';
import { LearnMoreLink } from './FindingMessage.tsx';

// The route analysis behind it isn't part of the first screen: it loads with the first finding that may use it.
const RouteFixButton = lazyPart(() => import('./RouteFixButton.tsx'));

export interface FindingItemProps {
  readonly finding: Finding;
  /** Takes the person to the field the finding names. */
  readonly onGoToField: (finding: Finding) => void;
  /** Called once a fix offered on the card has changed the plan (the card goes with the finding). */
  readonly onFixed?: () => void;
}

/**
 * One finding in the panel: what is wrong and what to change, its rule, its doc page, the way to its field,
 * and, where the fix is certain (a route the table lacks), the fix in one click.
 */
export function FindingItem({ finding, onGoToField, onFixed = () => undefined }: FindingItemProps) {
  const styles = useFindingsStyles();
  const messageId = useId('finding');
  return (
    <li className={mergeClasses(styles.item, styles[finding.severity])}>
      <p id={messageId} className={styles.message}>
        {finding.message}
      </p>
      <div className={styles.meta}>
        <code className={styles.ruleId}>{finding.ruleId}</code>
        <LearnMoreLink finding={finding} />
        <Button size="small" aria-describedby={messageId} onClick={() => onGoToField(finding)}>
          Go to field
        </Button>
        {mayFixWithRoutes(finding.ruleId) && (
          <PartBoundary what="The fix for this finding">
            <Suspense fallback={null}>
              <RouteFixButton finding={finding} describedBy={messageId} onFixed={onFixed} />
            </Suspense>
          </PartBoundary>
        )}
      </div>
    </li>
  );
}
