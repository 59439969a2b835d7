import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useMemo } from 'react';
import { serializePlan } from '../../../core/index.ts';
import { usePlan } from '../../state/PlanStoreContext.ts';
import { useReviewStepStyles } from './ReviewStep.styles.ts';

/** The last step: the plan file as it will be exported. */
export function ReviewStep({ onExport }: { readonly onExport: () => void }) {
  const styles = useReviewStepStyles();
  const plan = usePlan();
  const text = useMemo(() => serializePlan(plan), [plan]);
  return (
    <div className={styles.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          The checks against Microsoft&apos;s requirements and the generated templates will appear here. For
          now, export the plan file; the command line validates it and generates the templates.
        </MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onExport}>
          Download plan.json
        </Button>
      </div>
      <pre className={styles.json} tabIndex={0} role="region" aria-label="Plan file">
        {text}
      </pre>
    </div>
  );
}
