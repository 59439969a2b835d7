import { lazy, Suspense } from 'react';
import type { WizardStepId } from '../wizard/steps.ts';
import { WorkspaceStep } from '../steps/workspace/WorkspaceStep.tsx';

export interface StepContentProps {
  readonly stepId: WizardStepId;
  readonly onExport: () => void;
}

// The first step comes with the page, so a first visit paints a complete form at once; every other step loads
// when it is first opened, keeping its form code out of the first load.
const ComputeStep = lazy(() =>
  import('../steps/compute/ComputeStep.tsx').then((m) => ({ default: m.ComputeStep })),
);
const VnetStep = lazy(() => import('../steps/vnet/VnetStep.tsx'));
const SubnetStep = lazy(() => import('../steps/subnet/SubnetStep.tsx'));
const InboundStep = lazy(() => import('../steps/inbound/InboundStep.tsx'));
const OutboundStep = lazy(() => import('../steps/outbound/OutboundStep.tsx'));
const TunnelingStep = lazy(() => import('../steps/tunneling/TunnelingStep.tsx'));
const ReviewStep = lazy(() =>
  import('../steps/review/ReviewStep.tsx').then((m) => ({ default: m.ReviewStep })),
);

function StepBody({ stepId, onExport }: StepContentProps) {
  switch (stepId) {
    case 'workspace':
      return <WorkspaceStep />;
    case 'compute':
      return <ComputeStep />;
    case 'vnet':
      return <VnetStep />;
    case 'subnet':
      return <SubnetStep />;
    case 'inbound':
      return <InboundStep />;
    case 'outbound':
      return <OutboundStep />;
    case 'tunneling':
      return <TunnelingStep />;
    case 'review':
      return <ReviewStep onExport={onExport} />;
  }
}

/** The form of one step, loaded on demand. */
export function StepContent(props: StepContentProps) {
  return (
    <Suspense
      fallback={
        <p role="status" data-step-loading="">
          Loading this step…
        </p>
      }
    >
      <StepBody {...props} />
    </Suspense>
  );
}
