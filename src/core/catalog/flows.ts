import { DOCS } from './docs.ts';

/**
 * The network flows Azure Machine Learning training compute needs (REQUIREMENTS.md §3 and §4), as data.
 * The flow simulator expands each entry into one flow per port and the planner turns each entry into
 * one NSG rule, so the rules a plan adds and the flows it is checked against come from one list.
 */

/** When a flow applies; the flow simulator maps each key to a question about the plan. */
export type FlowCondition =
  | 'always'
  | 'publicIp'
  | 'microsoftImages'
  | 'privateEndpoint'
  | 'azureMonitor'
  | 'storageFileShares'
  | 'publicContainerRegistry'
  | 'hbi'
  | 'sshEnabled'
  | 'crossRegion';

/** Which compute kinds and which direction a group of flows belongs to. */
export type FlowFamily = 'trainingOutbound' | 'trainingInbound' | 'attachedInbound' | 'hdinsightInbound';

export interface FlowSpec {
  /** Stable id, kebab-case; flows expanded from it get `<id>-<port>`. */
  readonly id: string;
  readonly family: FlowFamily;
  readonly direction: 'Inbound' | 'Outbound';
  /** The protocol the traffic uses (what the simulator checks). */
  readonly protocol: 'Tcp' | 'Udp';
  /** The protocol the planned rule is written with, when the documentation names another (`Any`). */
  readonly ruleProtocol?: 'Tcp' | 'Udp' | '*';
  /** Destination ports; `ssh` means the plan's SSH port. */
  readonly ports: readonly (number | 'ssh')[];
  /**
   * The remote end as a service tag. A regional tag names whose region it is (REQUIREMENTS.md §12,
   * regional-tag-region): `{workspaceRegion}` for the workspace's own resources (its default storage
   * account, registry, key vault), `{computeRegion}` for what serves the compute itself (Batch node
   * management, Batch's storage). `sshSource` means the plan's `compute.ssh.sourceAddressPrefix`.
   */
  readonly remote: string;
  readonly status: 'required' | 'situational';
  readonly when: FlowCondition;
  /** Name of the NSG rule the planner writes for this entry (PascalCase, valid NSG rule name). */
  readonly ruleName: string;
  /** Why the compute needs it, one sentence for people. */
  readonly why: string;
  readonly docUrl: string;
}

const outbound = (
  spec: Omit<FlowSpec, 'family' | 'direction' | 'docUrl'> & { docUrl?: string },
): FlowSpec => ({
  family: 'trainingOutbound',
  direction: 'Outbound',
  docUrl: DOCS.firewall,
  ...spec,
});

/** Outbound flows of compute clusters, compute instances and serverless compute (REQUIREMENTS.md §4). */
export const TRAINING_OUTBOUND_FLOWS: readonly FlowSpec[] = [
  outbound({
    id: 'out-aad',
    protocol: 'Tcp',
    ports: [80, 443],
    remote: 'AzureActiveDirectory',
    status: 'required',
    when: 'always',
    ruleName: 'AllowAzureActiveDirectoryOutbound',
    why: 'Sign-in: the compute gets tokens from Microsoft Entra ID.',
  }),
  outbound({
    id: 'out-aml',
    protocol: 'Tcp',
    ports: [443, 8787, 18881],
    remote: 'AzureMachineLearning',
    status: 'required',
    when: 'always',
    ruleName: 'AllowAzureMachineLearningOutbound',
    why: 'The compute talks to the Azure Machine Learning service (8787: RStudio on compute instances; 18881: IntelliSense).',
  }),
  outbound({
    id: 'out-aml-udp',
    protocol: 'Udp',
    ports: [5831],
    remote: 'AzureMachineLearning',
    status: 'required',
    when: 'always',
    ruleName: 'AllowAzureMachineLearningUdpOutbound',
    why: 'The compute reports to the Azure Machine Learning service over UDP 5831; it needs its own rule because the protocol differs.',
  }),
  outbound({
    id: 'out-batch',
    protocol: 'Tcp',
    ruleProtocol: '*',
    ports: [443],
    remote: 'BatchNodeManagement.{computeRegion}',
    status: 'required',
    when: 'always',
    ruleName: 'AllowBatchNodeManagementOutbound',
    why: 'Azure Batch manages the nodes of the compute.',
  }),
  outbound({
    id: 'out-arm',
    protocol: 'Tcp',
    ports: [443],
    remote: 'AzureResourceManager',
    status: 'required',
    when: 'always',
    ruleName: 'AllowAzureResourceManagerOutbound',
    why: 'The compute calls Azure Resource Manager.',
  }),
  outbound({
    id: 'out-storage',
    protocol: 'Tcp',
    ports: [443],
    remote: 'Storage.{workspaceRegion}',
    status: 'required',
    when: 'always',
    ruleName: 'AllowStorageOutbound',
    why: "The compute reads and writes the workspace's default storage account, which is in the workspace's region.",
  }),
  outbound({
    id: 'out-storage-compute-region',
    protocol: 'Tcp',
    ports: [443],
    remote: 'Storage.{computeRegion}',
    status: 'required',
    when: 'crossRegion',
    ruleName: 'AllowComputeRegionStorageOutbound',
    why: "A cluster in another region than the workspace also needs Azure Batch's storage in the cluster's own region.",
  }),
  outbound({
    id: 'out-frontdoor',
    protocol: 'Tcp',
    ports: [443],
    remote: 'AzureFrontDoor.FrontEnd',
    status: 'required',
    when: 'always',
    ruleName: 'AllowAzureFrontDoorFrontEndOutbound',
    why: 'The studio and automated ML reach the compute through Azure Front Door.',
  }),
  outbound({
    id: 'out-mcr',
    protocol: 'Tcp',
    ports: [443],
    remote: 'MicrosoftContainerRegistry',
    status: 'required',
    when: 'microsoftImages',
    ruleName: 'AllowMicrosoftContainerRegistryOutbound',
    why: 'Microsoft default Docker images come from Microsoft Container Registry.',
  }),
  outbound({
    id: 'out-frontdoor-first-party',
    protocol: 'Tcp',
    ports: [443],
    remote: 'AzureFrontDoor.FirstParty',
    status: 'required',
    when: 'microsoftImages',
    ruleName: 'AllowAzureFrontDoorFirstPartyOutbound',
    why: 'Microsoft Container Registry serves images through Azure Front Door (first party).',
  }),
  outbound({
    id: 'out-vnet',
    protocol: 'Tcp',
    ports: [443],
    remote: 'VirtualNetwork',
    status: 'situational',
    when: 'privateEndpoint',
    ruleName: 'AllowVirtualNetworkHttpsOutbound',
    why: 'The workspace and its resources are reached through private endpoints in this or a peered virtual network.',
  }),
  outbound({
    id: 'out-monitor',
    protocol: 'Tcp',
    ports: [443],
    remote: 'AzureMonitor',
    status: 'situational',
    when: 'azureMonitor',
    ruleName: 'AllowAzureMonitorOutbound',
    why: 'Monitoring data goes to Azure Monitor when it is not reached through Private Link.',
  }),
  outbound({
    id: 'out-storage-smb',
    protocol: 'Tcp',
    ports: [445],
    remote: 'Storage.{workspaceRegion}',
    status: 'situational',
    when: 'storageFileShares',
    ruleName: 'AllowStorageSmbOutbound',
    why: "Azure Files shares are mounted over SMB (TCP 445); a compute instance mounts the workspace's file share this way.",
  }),
  outbound({
    id: 'out-acr',
    protocol: 'Tcp',
    ports: [443],
    remote: 'AzureContainerRegistry.{workspaceRegion}',
    status: 'situational',
    when: 'publicContainerRegistry',
    ruleName: 'AllowAzureContainerRegistryOutbound',
    why: "The workspace's container registry serves custom images and job submission, over its public endpoint unless privately linked.",
  }),
  outbound({
    id: 'out-keyvault',
    protocol: 'Tcp',
    ports: [443],
    remote: 'AzureKeyVault.{workspaceRegion}',
    status: 'situational',
    when: 'hbi',
    ruleName: 'AllowAzureKeyVaultOutbound',
    why: 'A high business impact workspace keeps keys the compute needs in Azure Key Vault.',
  }),
];

/** Inbound flows of compute clusters and compute instances (REQUIREMENTS.md §3). */
export const TRAINING_INBOUND_FLOWS: readonly FlowSpec[] = [
  {
    id: 'in-aml-44224',
    family: 'trainingInbound',
    direction: 'Inbound',
    protocol: 'Tcp',
    ports: [44224],
    remote: 'AzureMachineLearning',
    status: 'required',
    when: 'publicIp',
    ruleName: 'AllowAzureMachineLearningInbound',
    why: 'Azure Machine Learning creates, updates and deletes compute with a public IP over TCP 44224.',
    docUrl: DOCS.firewall,
  },
  {
    id: 'in-ssh',
    family: 'trainingInbound',
    direction: 'Inbound',
    protocol: 'Tcp',
    ports: ['ssh'],
    remote: 'sshSource',
    status: 'situational',
    when: 'sshEnabled',
    ruleName: 'AllowSshInbound',
    why: 'SSH to the nodes, which you turned on.',
    docUrl: DOCS.secureTraining,
  },
];

/** Inbound flows of an attached Ubuntu virtual machine or HDInsight cluster (REQUIREMENTS.md §3). */
export const ATTACHED_INBOUND_FLOWS: readonly FlowSpec[] = [
  {
    id: 'in-aml-ssh',
    family: 'attachedInbound',
    direction: 'Inbound',
    protocol: 'Tcp',
    ports: ['ssh'],
    remote: 'AzureMachineLearning',
    status: 'required',
    when: 'always',
    ruleName: 'AllowAzureMachineLearningSshInbound',
    why: 'Azure Machine Learning reaches attached compute over SSH.',
    docUrl: DOCS.secureTraining,
  },
  {
    id: 'in-hdinsight',
    family: 'hdinsightInbound',
    direction: 'Inbound',
    protocol: 'Tcp',
    ports: [443],
    remote: 'HDInsight',
    status: 'required',
    when: 'always',
    ruleName: 'AllowHDInsightInbound',
    why: "HDInsight's health and management traffic; it can't go through a firewall.",
    docUrl: DOCS.hdinsightServiceTags,
  },
];

/** The two regions a regional tag of the catalogue may name. */
export interface FlowRegions {
  readonly workspace: string;
  readonly compute: string;
}

/**
 * A catalogue remote with its region placeholders filled in: `Storage.{workspaceRegion}` becomes
 * `Storage.westeurope` for a workspace in West Europe, whatever region the compute is in.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 */
export function regionalRemote(remote: string, regions: FlowRegions): string {
  return remote.replace('{workspaceRegion}', regions.workspace).replace('{computeRegion}', regions.compute);
}

/** Every flow entry, in the order planned rules are written. */
export const FLOW_SPECS: readonly FlowSpec[] = [
  ...TRAINING_INBOUND_FLOWS,
  ...ATTACHED_INBOUND_FLOWS,
  ...TRAINING_OUTBOUND_FLOWS,
];

/** The final outbound rule of restricted outbound: deny the internet after the allows (REQUIREMENTS.md §4). */
export const DENY_INTERNET_RULE = {
  name: 'DenyInternetOutbound',
  priority: 4096,
  why: 'Restricted outbound: everything on the internet the rules above do not allow is denied.',
} as const;

/** Priority of the first planned rule and the gap between planned rules, so people can insert their own. */
export const PLANNED_PRIORITY_START = 100;
export const PLANNED_PRIORITY_STEP = 10;

/** NSG limits (REQUIREMENTS.md §9). */
export const NSG_LIMITS = { minPriority: 100, maxPriority: 4096, maxRules: 1000 } as const;

/** Route table limits (REQUIREMENTS.md §9). */
export const ROUTE_LIMITS = { maxRoutes: 400, maxServiceTagRoutes: 25 } as const;

/** Legacy Batch inbound ports of the 2020 guidance; never generated. */
export const LEGACY_BATCH_PORTS = { first: 29876, last: 29877, tag: 'BatchNodeManagement' } as const;
