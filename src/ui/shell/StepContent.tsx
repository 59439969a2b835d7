import type { WizardStepId } from '../wizard/steps.ts';
import { ComputeStep } from '../steps/compute/ComputeStep.tsx';
import { ReviewStep } from '../steps/review/ReviewStep.tsx';
import { SectionJsonStep } from '../steps/section/SectionJsonStep.tsx';
import { sectionSpecs } from '../steps/section/sectionSpecs.ts';
import { WorkspaceStep } from '../steps/workspace/WorkspaceStep.tsx';

export interface StepContentProps {
  readonly stepId: WizardStepId;
  readonly onExport: () => void;
}

/** The form (or placeholder) of one step. */
export function StepContent({ stepId, onExport }: StepContentProps) {
  switch (stepId) {
    case 'workspace':
      return <WorkspaceStep />;
    case 'compute':
      return <ComputeStep />;
    case 'review':
      return <ReviewStep onExport={onExport} />;
    default: {
      const spec = sectionSpecs.find((section) => section.stepId === stepId);
      return spec ? <SectionJsonStep spec={spec} /> : null;
    }
  }
}
