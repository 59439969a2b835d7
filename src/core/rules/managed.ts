import { MANAGED_NETWORK_PROVISION_MINUTES, PROVISION_NETWORK_COMMAND } from '../catalog/access.ts';
import { DOCS } from '../catalog/docs.ts';
import type { Plan } from '../model/index.ts';
import { computeRegion } from '../net/index.ts';
import type { FindingDraft, Rule } from './types.ts';

/**
 * REQUIREMENTS.md §7: a workspace with a managed virtual network instead of a customer VNet. The
 * catalogue gives these facts no ids; these are theirs, stable from now on:
 * - `managed-vnet-irreversible` (warning): managed isolation can't be turned off, and approved-only
 *   outbound can't go back to internet outbound.
 * - `managed-vnet-unsupported` (error): an attached VM, or a cluster in another region than the workspace.
 *   (Compute in your own VNet is `managed-vnet-exclusive`, §1; Kubernetes is not a kind this tool plans.)
 * - `managed-vnet-fqdn-cost` (warning): approved-only outbound deploys an Azure Firewall for FQDN rules.
 * - `managed-vnet-provisioning` (info): the network is created with the first compute unless provisioned first.
 * - `managed-vnet-required-rules` (info): the outbound rules the service needs are added automatically.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-managed-network
 */

const none: readonly FindingDraft[] = [];
const isManaged = (plan: Plan) => plan.workspace.isolation === 'managedVnet';
const approvedOnly = (plan: Plan) => plan.workspace.managedNetworkMode === 'allowOnlyApprovedOutbound';

const irreversible: Rule = {
  id: 'managed-vnet-irreversible',
  severity: 'warning',
  docUrl: DOCS.managedNetwork,
  title: 'A managed virtual network, and approved-only outbound, cannot be undone.',
  check(plan) {
    if (!isManaged(plan)) return none;
    const mode = approvedOnly(plan)
      ? ' With "allowOnlyApprovedOutbound" it also can\'t be switched back to "allowInternetOutbound".'
      : '';
    return [
      {
        path: 'workspace.managedNetworkMode',
        message: `Once a workspace has a managed virtual network it can't be turned off.${mode} Be sure before deploying; otherwise start from a new workspace.`,
      },
    ];
  },
};

function unsupportedDraft(plan: Plan): FindingDraft | undefined {
  if (plan.compute.kind === 'virtualMachine') {
    return {
      path: 'compute.kind',
      message:
        'A workspace with a managed virtual network can\'t attach a virtual machine as compute. Use a compute cluster, compute instance or serverless compute, or set workspace.isolation to "customerVnet".',
    };
  }
  const region = computeRegion(plan);
  if (plan.compute.kind === 'computeCluster' && region !== plan.workspace.region) {
    return {
      path: 'compute.region',
      message: `The cluster is in ${region}, the workspace in ${plan.workspace.region}; a managed virtual network doesn't support compute in another region. Remove compute.region or set it to ${plan.workspace.region}.`,
    };
  }
  return undefined;
}

const unsupported: Rule = {
  id: 'managed-vnet-unsupported',
  severity: 'error',
  docUrl: DOCS.managedNetwork,
  kinds: ['computeCluster', 'virtualMachine'],
  title: "A managed virtual network doesn't support attached VMs or clusters in another region.",
  check(plan) {
    const draft = isManaged(plan) ? unsupportedDraft(plan) : undefined;
    return draft ? [draft] : none;
  },
};

const fqdnCost: Rule = {
  id: 'managed-vnet-fqdn-cost',
  severity: 'warning',
  docUrl: DOCS.managedNetwork,
  title: 'FQDN outbound rules under approved-only outbound deploy a billed Azure Firewall.',
  check(plan) {
    if (!isManaged(plan) || !approvedOnly(plan)) return none;
    return [
      {
        path: 'workspace.managedNetworkMode',
        message:
          'With "allowOnlyApprovedOutbound", adding an FQDN outbound rule makes Azure deploy a managed Azure Firewall (Standard by default, Basic optional), billed for as long as it exists, and FQDN rules allow only ports 80 and 443. Use service tag or private endpoint rules where you can; choose the Basic SKU if it is enough.',
      },
    ];
  },
};

const provisioning: Rule = {
  id: 'managed-vnet-provisioning',
  severity: 'info',
  docUrl: DOCS.managedNetwork,
  title: 'The managed network is created with the first compute unless provisioned first.',
  check(plan) {
    if (!isManaged(plan)) return none;
    return [
      {
        path: 'workspace.isolation',
        message: `Azure creates the managed network when the first compute is created, which adds about ${MANAGED_NETWORK_PROVISION_MINUTES} minutes to it. To avoid the wait, run "${PROVISION_NETWORK_COMMAND} --name ${plan.workspace.name} --resource-group ${plan.workspace.resourceGroup}" after creating the workspace.`,
      },
    ];
  },
};

const requiredRules: Rule = {
  id: 'managed-vnet-required-rules',
  severity: 'info',
  docUrl: DOCS.managedNetwork,
  title: 'The outbound rules the service needs are added to a managed network automatically.',
  check(plan) {
    if (!isManaged(plan)) return none;
    return [
      {
        path: 'workspace.managedNetworkMode',
        message:
          'Azure adds the outbound rules Azure Machine Learning itself needs (private endpoints to the workspace storage, key vault and registry, and the required service tags) to the managed network. Add rules only for your own resources and package sources.',
      },
    ];
  },
};

const order: Rule = {
  id: 'managed-network-order',
  severity: 'warning',
  docUrl: DOCS.managedNetwork,
  title: 'Switching to a managed network: delete computes first, create compute after, provision up front.',
  check(plan) {
    if (!isManaged(plan)) return none;
    const what = 'name' in plan.compute ? `compute "${plan.compute.name}"` : 'the compute';
    return [
      {
        path: 'workspace.isolation',
        message: `An existing workspace can be switched to a managed network only after every compute in it is deleted: delete them first, switch, then create ${what} once the switch has finished. Provision the network up front (${PROVISION_NETWORK_COMMAND}) so the first compute doesn't wait for it; with Terraform, azurerm 4.18 or later is needed for clusters in a managed network.`,
      },
    ];
  },
};

/**
 * §7 managed virtual network rules (ids documented above), and §12 managed-network-order.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-managed-network
 */
export const managedRules: readonly Rule[] = [
  irreversible,
  unsupported,
  fqdnCost,
  provisioning,
  requiredRules,
  order,
];
