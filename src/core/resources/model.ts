import type { ManagedNetworkMode, Plan } from '../model/index.ts';
import type { ServiceTagsInput } from '../rules/index.ts';
import { buildIpPrefixRoutes, type IpPrefixRoutesModel } from './ipPrefixRoutes.ts';
import { databricksWorkspaceName } from './names.ts';
import { buildNetwork, type NetworkModel } from './modelNetwork.ts';
import { privateLinkModel, type PrivateLinkModel } from './privateConnectivity.ts';

export type {
  NatGatewayModel,
  NetworkModel,
  NsgModel,
  RouteModel,
  RouteTableModel,
  SubnetModel,
  SubnetRole,
} from './modelNetwork.ts';
export type { IpPrefixRoutesModel, ServiceTagsFileModel } from './ipPrefixRoutes.ts';

/** SSH as the compute will have it; `sourceAddressPrefix` only decides the NSG rule, not the compute. */
export interface SshModel {
  readonly port: number;
  readonly sourceAddressPrefix?: string;
}

/** The compute to create or attach, in the terms the printers need (ARM enum values, ISO durations). */
export type ComputeModel =
  | {
      readonly kind: 'computeCluster';
      readonly name: string;
      readonly region: string;
      readonly vmSize: string;
      readonly priority: 'Dedicated' | 'LowPriority';
      readonly minNodes: number;
      readonly maxNodes: number;
      readonly idleSeconds: number;
      readonly publicIp: boolean;
      readonly ssh?: SshModel;
    }
  | {
      readonly kind: 'computeInstance';
      readonly name: string;
      readonly region: string;
      readonly vmSize: string;
      readonly publicIp: boolean;
      readonly ssh?: SshModel;
    }
  | { readonly kind: 'serverless'; readonly region: string; readonly publicIp: boolean }
  | {
      readonly kind: 'databricks';
      readonly name: string;
      readonly region: string;
      readonly workspaceName: string;
      readonly publicIp: boolean;
    }
  | {
      readonly kind: 'virtualMachine' | 'hdinsight';
      readonly name: string;
      readonly region: string;
      readonly resourceId: string;
      readonly sshPort: number;
    };

/** The workspace the compute belongs to. */
export interface WorkspaceModel {
  readonly name: string;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly region: string;
  /** Set when the workspace uses a managed virtual network instead of the customer's. */
  readonly managedNetworkMode?: ManagedNetworkMode;
}

/**
 * Everything the printers build, derived once from a plan: names, ids, prefixes, and what is new or
 * existing. Every printer reads this model and nothing else, so all formats deploy the same thing.
 */
export interface DeploymentModel {
  readonly workspace: WorkspaceModel;
  readonly compute: ComputeModel;
  /** Absent for a managed virtual network. */
  readonly network?: NetworkModel;
  /** Set when the plan routes IP prefixes from a Service Tags file past the firewall. */
  readonly ipPrefixRoutes?: IpPrefixRoutesModel;
  /** Set when the compute uses a workspace private endpoint (existing or created by the bundle). */
  readonly privateLink?: PrivateLinkModel;
}

/** ISO 8601 duration of whole seconds, as ARM's `nodeIdleTimeBeforeScaleDown` expects. */
export function isoSeconds(seconds: number): string {
  return `PT${seconds}S`;
}

function sshModel(ssh: { enabled: boolean; port: number; sourceAddressPrefix?: string } | undefined) {
  if (!ssh?.enabled) return undefined;
  return ssh.sourceAddressPrefix === undefined
    ? { port: ssh.port }
    : { port: ssh.port, sourceAddressPrefix: ssh.sourceAddressPrefix };
}

function buildCompute(plan: Plan): ComputeModel {
  const compute = plan.compute;
  const region = compute.region ?? plan.workspace.region;
  switch (compute.kind) {
    case 'computeCluster': {
      const ssh = sshModel(compute.ssh);
      return {
        kind: compute.kind,
        name: compute.name,
        region,
        vmSize: compute.vmSize,
        priority: compute.priority === 'lowPriority' ? 'LowPriority' : 'Dedicated',
        minNodes: compute.minNodes,
        maxNodes: compute.maxNodes,
        idleSeconds: compute.idleSecondsBeforeScaleDown,
        publicIp: compute.publicIp,
        ...(ssh ? { ssh } : {}),
      };
    }
    case 'computeInstance': {
      const ssh = sshModel(compute.ssh);
      const base = {
        kind: compute.kind,
        name: compute.name,
        region,
        vmSize: compute.vmSize,
        publicIp: compute.publicIp,
      };
      return ssh ? { ...base, ssh } : base;
    }
    case 'serverless':
      return { kind: 'serverless', region, publicIp: compute.publicIp };
    case 'databricks':
      return {
        kind: 'databricks',
        name: compute.name,
        region,
        workspaceName: databricksWorkspaceName(compute.name),
        publicIp: compute.publicIp,
      };
    case 'virtualMachine':
    case 'hdinsight':
      return {
        kind: compute.kind,
        name: compute.name,
        region,
        resourceId: compute.resourceId,
        sshPort: compute.ssh?.port ?? 22,
      };
  }
}

/**
 * Derives the deployment model of a schema-valid plan without error findings; a Service Tags file
 * gives the IP-prefix routes when the plan uses them.
 */
export function buildModel(plan: Plan, serviceTags?: ServiceTagsInput): DeploymentModel {
  const { workspace } = plan;
  const workspaceModel: WorkspaceModel = {
    name: workspace.name,
    subscriptionId: workspace.subscriptionId,
    resourceGroup: workspace.resourceGroup,
    region: workspace.region,
    ...(workspace.isolation === 'managedVnet' && workspace.managedNetworkMode
      ? { managedNetworkMode: workspace.managedNetworkMode }
      : {}),
  };
  const network = workspace.isolation === 'customerVnet' ? buildNetwork(plan, serviceTags?.file) : undefined;
  const ipPrefixRoutes = buildIpPrefixRoutes(plan, serviceTags);
  const privateLink = network ? privateLinkModel(plan) : undefined;
  return {
    workspace: workspaceModel,
    compute: buildCompute(plan),
    ...(network ? { network } : {}),
    ...(ipPrefixRoutes ? { ipPrefixRoutes } : {}),
    ...(privateLink ? { privateLink } : {}),
  };
}

/** Whether the compute is created in (or attached from) a subnet the model references. */
export const usesComputeSubnet = (model: DeploymentModel): boolean =>
  model.network !== undefined && model.compute.kind !== 'databricks';
