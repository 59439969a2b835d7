import { Button } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { useStepFrameStyles } from './StepFrame.styles.ts';
import { wizardSteps } from './steps.ts';
import { useWizard } from './WizardContext.ts';

/** The current step: its heading (focused when the step changes), its content, and Back/Next. */
export function StepFrame({ children }: { readonly children: ReactNode }) {
  const styles = useStepFrameStyles();
  const { current, request } = useWizard();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = useRef(current);
  const step = wizardSteps[current] ?? wizardSteps[0];
  const isLast = current === wizardSteps.length - 1;

  useEffect(() => {
    // Move focus only when the step changes, not on first load, so screen readers announce the new step.
    if (shown.current === current) return;
    shown.current = current;
    headingRef.current?.focus();
  }, [current]);

  return (
    <section className={styles.frame} aria-labelledby="wizard-step-heading">
      <div className={styles.header}>
        <p className={styles.counter}>
          Step {current + 1} of {wizardSteps.length}
        </p>
        <h2 id="wizard-step-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
          {step.title}
        </h2>
        <p className={styles.summary}>{step.summary}</p>
      </div>
      {children}
      <div className={styles.navigation}>
        <Button disabled={current === 0} onClick={() => request(current - 1)}>
          Back
        </Button>
        {!isLast && (
          <Button appearance="primary" onClick={() => request(current + 1)}>
            Next
          </Button>
        )}
      </div>
    </section>
  );
}
