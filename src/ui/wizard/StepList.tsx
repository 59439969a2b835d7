import { mergeClasses } from '@fluentui/react-components';
import { useFindingsSnapshot } from '../findings/FindingsContext.ts';
import { countBySeverity } from '../findings/findingSteps.ts';
import { StepBadges } from './StepBadges.tsx';
import { useStepListStyles } from './StepList.styles.ts';
import { wizardSteps } from './steps.ts';
import { useWizard } from './WizardContext.ts';

/**
 * The wizard's steps as a navigation list: the current step is marked, every step can be opened at any time (the
 * current step's values are committed first), and each step shows how many errors and warnings its fields have.
 */
export function StepList() {
  const styles = useStepListStyles();
  const { current, request } = useWizard();
  const { byStep } = useFindingsSnapshot();
  return (
    <nav aria-label="Wizard steps">
      <ol className={styles.list}>
        {wizardSteps.map((step, index) => {
          const isCurrent = index === current;
          return (
            <li key={step.id}>
              <button
                type="button"
                className={mergeClasses(styles.step, isCurrent && styles.current)}
                aria-current={isCurrent ? 'step' : undefined}
                onClick={() => {
                  if (!isCurrent) request(index, { kind: 'anywhere' });
                }}
              >
                <span
                  className={mergeClasses(styles.number, isCurrent && styles.numberCurrent)}
                  aria-hidden="true"
                >
                  {index + 1}
                </span>
                <span className={styles.title}>{step.title}</span>
                <StepBadges counts={countBySeverity(byStep.get(step.id) ?? [])} />
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
