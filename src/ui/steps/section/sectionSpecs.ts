import type { z } from 'zod';
import {
  databricksSubnetsSchema,
  networkSecurityGroupSchema,
  outboundSchema,
  subnetSchema,
  tunnelingSchema,
  vnetSchema,
  type Network,
  type Plan,
} from '../../../core/index.ts';
import type { WizardStepId } from '../../wizard/steps.ts';

/** One plan section edited as JSON until its guided form lands. */
export interface SectionSpec {
  readonly stepId: WizardStepId;
  /** Label of the JSON box, naming the section's place in the plan. */
  readonly label: string;
  /** What the guided form of this step will cover. */
  readonly purpose: string;
  /** Why the section doesn't apply to this plan, or undefined when it does. */
  notApplicable(plan: Plan): string | undefined;
  /** The section's schema for this plan (it may depend on the compute kind). */
  schema(plan: Plan): z.ZodType;
  /** An empty box means "leave the section out" (only for optional sections). */
  readonly optional?: boolean;
  read(plan: Plan): unknown;
  write(plan: Plan, value: unknown): Plan;
}

const MANAGED_NETWORK =
  'With a managed virtual network, Azure Machine Learning creates and runs the network, so there is nothing to plan in this step.';
const MANAGED_EGRESS =
  'With a managed virtual network, the managed network mode decides outbound traffic; this section is ignored.';

const managed = (plan: Plan) => plan.workspace.isolation === 'managedVnet';
const isDatabricks = (plan: Plan) => plan.compute.kind === 'databricks';
/** Sections that live under `network` are edited only when the plan has one (customer VNet). */
const network = (plan: Plan): Network => {
  if (!plan.network) throw new Error('This section needs a customer VNet plan.');
  return plan.network;
};

export const vnetSection: SectionSpec = {
  stepId: 'vnet',
  label: 'network.vnet (JSON)',
  purpose: 'choose a new or existing virtual network, its address space and DNS servers',
  notApplicable: (plan) => (managed(plan) ? MANAGED_NETWORK : undefined),
  schema: () => vnetSchema,
  read: (plan) => plan.network?.vnet,
  write: (plan, value) => ({ ...plan, network: { ...network(plan), vnet: value as Network['vnet'] } }),
};

export const subnetSection: SectionSpec = {
  stepId: 'subnet',
  label: 'Compute subnet (JSON)',
  purpose:
    'size the compute subnet (or the two Azure Databricks subnets) and check it against the address space',
  notApplicable: (plan) => (managed(plan) ? MANAGED_NETWORK : undefined),
  schema: (plan) => (isDatabricks(plan) ? databricksSubnetsSchema : subnetSchema),
  read: (plan) => (isDatabricks(plan) ? plan.network?.databricks : plan.network?.subnet),
  write: (plan, value) =>
    isDatabricks(plan)
      ? { ...plan, network: { ...network(plan), databricks: value as Network['databricks'] } }
      : { ...plan, network: { ...network(plan), subnet: value as Network['subnet'] } },
};

export const inboundSection: SectionSpec = {
  stepId: 'inbound',
  label: 'Network security group of the compute subnet (JSON)',
  purpose: 'add the inbound rules your compute kind needs, and only those',
  optional: true,
  notApplicable: (plan) => {
    if (managed(plan)) return MANAGED_NETWORK;
    if (isDatabricks(plan))
      return 'The Azure Databricks subnets carry their security groups; edit them in the Subnet step.';
    return undefined;
  },
  schema: () => networkSecurityGroupSchema,
  read: (plan) => plan.network?.subnet?.networkSecurityGroup,
  write: (plan, value) => {
    const { subnet, ...rest } = network(plan);
    if (!subnet) throw new Error('The compute subnet is missing.');
    const { networkSecurityGroup: _previous, ...bare } = subnet;
    const next = value === undefined ? bare : { ...bare, networkSecurityGroup: value as typeof _previous };
    return { ...plan, network: { ...rest, subnet: next } };
  },
};

export const outboundSection: SectionSpec = {
  stepId: 'outbound',
  label: 'outbound (JSON)',
  purpose: 'restrict outbound traffic to the service tags training needs, with the optional ones explained',
  notApplicable: (plan) => (managed(plan) ? MANAGED_EGRESS : undefined),
  schema: () => outboundSchema,
  read: (plan) => plan.outbound,
  write: (plan, value) => ({ ...plan, outbound: value as Plan['outbound'] }),
};

export const tunnelingSection: SectionSpec = {
  stepId: 'tunneling',
  label: 'tunneling (JSON)',
  purpose: 'send outbound traffic through a NAT gateway or a firewall with user-defined routes',
  notApplicable: (plan) => (managed(plan) ? MANAGED_EGRESS : undefined),
  schema: () => tunnelingSchema,
  read: (plan) => plan.tunneling,
  write: (plan, value) => ({ ...plan, tunneling: value as Plan['tunneling'] }),
};

/** The placeholder sections by step. */
export const sectionSpecs = [
  vnetSection,
  subnetSection,
  inboundSection,
  outboundSection,
  tunnelingSection,
] as const;
