import { Suspense } from 'react';
import { lazyPart } from '../lazy/lazyPart.ts';
import { PartBoundary } from '../lazy/PartBoundary.tsx';
import type { WizardStepId } from '../wizard/steps.ts';
import { WorkspaceStep } from '../steps/workspace/WorkspaceStep.tsx';

export interface StepContentProps {
  readonly stepId: WizardStepId;
  readonly onExport: () => void;
}

// The first step comes with the page, so a first visit paints a complete form at once; every other step loads
// when it is first opened, keeping its form code out of the first load.
const ComputeStep = lazyPart(() =>
  import('../steps/compute/ComputeStep.tsx').then((m) => ({ default: m.ComputeStep })),
);
const VnetStep = lazyPart(() => import('../steps/vnet/VnetStep.tsx'));
const SubnetStep = lazyPart(() => import('../steps/subnet/SubnetStep.tsx'));
const InboundStep = lazyPart(() => import('../steps/inbound/InboundStep.tsx'));
const OutboundStep = lazyPart(() => import('../steps/outbound/OutboundStep.tsx'));
const TunnelingStep = lazyPart(() => import('../steps/tunneling/TunnelingStep.tsx'));
const ReviewStep = lazyPart(() =>
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

/** The form of one step, loaded on demand; a step whose code can't be fetched says so and offers Retry. */
export function StepContent(props: StepContentProps) {
  return (
    <PartBoundary what="This step">
      <Suspense
        fallback={
          <p role="status" data-step-loading="">
            Loading this step…
          </p>
        }
      >
        <StepBody {...props} />
      </Suspense>
    </PartBoundary>
  );
}
