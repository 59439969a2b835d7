import { Button } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { focusFieldWhenReady } from '../findings/focusField.ts';
import { StepFindingsSummary } from '../findings/StepFindingsSummary.tsx';
import { useStepFrameStyles } from './StepFrame.styles.ts';
import { wizardSteps } from './steps.ts';
import type { WizardEvent } from './useWizardNavigation.ts';
import { useWizard } from './WizardContext.ts';

interface FocusTargets {
  readonly heading: HTMLElement | null;
  readonly content: HTMLElement | null;
  readonly summary: HTMLElement | null;
}

/** Where focus goes after a navigation event; returns a cleanup when it has to wait for the step to load. */
function moveFocus(event: WizardEvent, targets: FocusTargets): (() => void) | undefined {
  if (event.type === 'blocked') {
    (targets.summary ?? targets.heading)?.focus();
    return undefined;
  }
  if (event.focusPath && targets.content) {
    return focusFieldWhenReady(targets.content, event.focusPath, targets.heading);
  }
  targets.heading?.focus();
  return undefined;
}

/**
 * The current step: its heading, the step's findings summary, its content, and Back/Next. Focus moves with the
 * person: to the heading on a new step, to a field a finding named, or to the summary when Next was refused.
 */
export function StepFrame({ children }: { readonly children: ReactNode }) {
  const styles = useStepFrameStyles();
  const { current, request, event } = useWizard();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const step = wizardSteps[current] ?? wizardSteps[0];
  const isLast = current === wizardSteps.length - 1;

  useEffect(() => {
    // Only after a move (not on first load), so screen readers announce the new step or the reason to stay.
    if (!event) return undefined;
    return moveFocus(event, {
      heading: headingRef.current,
      content: contentRef.current,
      summary: summaryRef.current,
    });
  }, [event]);

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
      <StepFindingsSummary stepId={step.id} nextRefused={event?.type === 'blocked'} summaryRef={summaryRef} />
      <div ref={contentRef} className={styles.content}>
        {children}
      </div>
      <div className={styles.navigation} data-step-navigation="">
        <Button disabled={current === 0} onClick={() => request(current - 1)}>
          Back
        </Button>
        {!isLast && (
          <Button appearance="primary" onClick={() => request(current + 1, { kind: 'next' })}>
            Next
          </Button>
        )}
      </div>
    </section>
  );
}
