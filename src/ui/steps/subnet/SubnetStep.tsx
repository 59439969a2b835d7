import { PlanSection } from '../../findings/PlanSection.tsx';
import { usePlan } from '../../state/PlanStoreContext.ts';
import { NetworkNotPlanned } from '../vnet/NetworkNotPlanned.tsx';
import { ComputeSubnetForm } from './ComputeSubnetForm.tsx';
import { DatabricksSubnetsForm } from './DatabricksSubnetsForm.tsx';

/** Step 4: the compute subnet, or the two Azure Databricks subnets (only with your own virtual network). */
export default function SubnetStep() {
  const plan = usePlan();
  if (plan.workspace.isolation === 'managedVnet' || !plan.network) {
    return <NetworkNotPlanned what="subnet" />;
  }
  if (plan.compute.kind === 'databricks') {
    return (
      <PlanSection path="network.databricks">
        <DatabricksSubnetsForm network={plan.network} compute={plan.compute} />
      </PlanSection>
    );
  }
  return (
    <PlanSection path="network.subnet">
      <ComputeSubnetForm network={plan.network} compute={plan.compute} />
    </PlanSection>
  );
}
