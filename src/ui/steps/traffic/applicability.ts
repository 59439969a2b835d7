import type { Plan } from '../../../core/index.ts';

const MANAGED_INBOUND =
  'With a managed virtual network, Azure Machine Learning creates and runs the network and its security rules, so there is nothing to plan in this step.';
const MANAGED_EGRESS =
  'With a managed virtual network, the managed network mode you chose in the first step decides outbound traffic: “Allow internet outbound” lets the compute reach the internet, “Allow only approved outbound” lets it reach only the service tags, FQDNs and private endpoints you approve. The settings of this step are ignored.';
const DATABRICKS_INBOUND =
  'Azure Databricks adds the network security group rules its two subnets need itself (through a network intent policy), and it has no other inbound settings: secure cluster connectivity is set in the Compute step.';

/** Why the Inbound step has nothing to plan for this plan, or undefined when it has. */
export function inboundNotApplicable(plan: Plan): string | undefined {
  if (plan.workspace.isolation === 'managedVnet') return MANAGED_INBOUND;
  if (plan.compute.kind === 'databricks') return DATABRICKS_INBOUND;
  return undefined;
}

/** Why the Outbound and Tunnelling steps don't apply, or undefined when they do. */
export function egressNotApplicable(plan: Plan): string | undefined {
  return plan.workspace.isolation === 'managedVnet' ? MANAGED_EGRESS : undefined;
}
