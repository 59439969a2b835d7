/**
 * The compute settings every format must express, read out of the resource model (the compute resource
 * and the workspace update) rather than out of the plan: formats that print from these deploy what
 * ARM and Bicep deploy. Parameters are resolved through their values, as a deployment with the
 * defaults would.
 * @see https://learn.microsoft.com/azure/templates/microsoft.machinelearningservices/workspaces/computes
 */
import type { DeploymentResources } from './index.ts';
import type { ParamSpec } from './params.ts';
import { isRef, type AzureResource, type IdRef, type Value, type ValueObject } from './types.ts';
import { WORKSPACE_KEYS } from './workspace.ts';

/** A subnet by its id and the parts the id is made of. */
export interface SubnetSetting {
  readonly id: string;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly vnetName: string;
  readonly subnetName: string;
}

/** What the deployment does to the compute and the workspace, with every parameter resolved. */
export interface ComputeSettings {
  /** ARM `computeType` of the compute resource; absent when there is none (serverless, nothing to attach). */
  readonly computeType?: string;
  readonly name?: string;
  readonly location?: string;
  readonly vmSize?: string;
  readonly priority?: 'Dedicated' | 'LowPriority';
  readonly minNodes?: number;
  readonly maxNodes?: number;
  readonly idleSeconds?: number;
  /** The compute's subnet; absent when the compute is not placed in the customer's VNet. */
  readonly subnet?: SubnetSetting;
  readonly nodePublicIp?: boolean;
  /** The public SSH port is open (cluster `remoteLoginPortPublicAccess`, instance `sshPublicAccess`). */
  readonly sshPublicAccess?: boolean;
  /** An SSH public key is supplied for the nodes (a deployment parameter). */
  readonly sshKey: boolean;
  /** The SSH user of a compute cluster. */
  readonly sshAdminUser?: string;
  /** The attached resource (VM, HDInsight cluster, Databricks workspace). */
  readonly resourceId?: string;
  readonly sshPort?: number;
  /** Serverless compute runs in this subnet (a workspace setting). */
  readonly serverless?: { readonly subnet: SubnetSetting; readonly noPublicIp: boolean };
  /** The workspace's managed network (a workspace setting). */
  readonly managedNetwork?: { readonly isolationMode: string; readonly provisionNow: boolean };
}

type Literal = string | number | boolean | readonly string[] | undefined;

/** Reads values of the resource model with every parameter resolved through its spec's value. */
class Resolver {
  private readonly values: ReadonlyMap<string, ParamSpec['value']>;

  constructor(
    parameters: readonly ParamSpec[],
    private readonly workspace: { readonly subscriptionId: string; readonly resourceGroup: string },
  ) {
    this.values = new Map(parameters.map((spec) => [spec.name, spec.value]));
  }

  /** A literal, or the value of a parameter or id reference; `undefined` for what has no value here. */
  literal(value: Value | undefined): Literal {
    if (value === undefined || typeof value !== 'object') return value;
    if (isRef(value)) {
      if (value.ref === 'param') return this.values.get(value.name);
      if (value.ref === 'id') return this.subnetOrId(value);
      return undefined;
    }
    return undefined;
  }

  string(value: Value | undefined): string | undefined {
    const literal = this.literal(value);
    return typeof literal === 'string' ? literal : undefined;
  }

  number(value: Value | undefined): number | undefined {
    const literal = this.literal(value);
    return typeof literal === 'number' ? literal : undefined;
  }

  boolean(value: Value | undefined): boolean | undefined {
    const literal = this.literal(value);
    return typeof literal === 'boolean' ? literal : undefined;
  }

  private scope(ref: IdRef): { subscriptionId: string; resourceGroup: string } {
    if (ref.scope === 'workspace') return this.workspace;
    return {
      subscriptionId: String(this.values.get('vnetSubscriptionId') ?? this.workspace.subscriptionId),
      resourceGroup: String(this.values.get('vnetResourceGroup') ?? this.workspace.resourceGroup),
    };
  }

  /** The full id of an id reference. */
  private subnetOrId(ref: IdRef): string {
    const { subscriptionId, resourceGroup } = this.scope(ref);
    const [namespace, ...types] = ref.type.split('/');
    const names = ref.names.map((part) =>
      typeof part === 'string' ? part : String(this.values.get(part.name)),
    );
    const path = types.flatMap((type, i) => [type, names[i] ?? '']).join('/');
    return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${namespace}/${path}`;
  }

  /** A subnet given by id reference or literal id. */
  subnet(value: Value | undefined): SubnetSetting | undefined {
    const id = this.string(value);
    const match =
      id &&
      /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Network\/virtualNetworks\/([^/]+)\/subnets\/([^/]+)$/i.exec(
        id,
      );
    if (!id || !match) return undefined;
    const [, subscriptionId = '', resourceGroup = '', vnetName = '', subnetName = ''] = match;
    return { id, subscriptionId, resourceGroup, vnetName, subnetName };
  }
}

const objectAt = (value: Value | undefined): ValueObject | undefined =>
  typeof value === 'object' && !Array.isArray(value) && !isRef(value) ? (value as ValueObject) : undefined;

/** Seconds of an ISO 8601 duration of whole seconds (`PT120S`), as the resource model writes them. */
export function secondsOf(duration: string | undefined): number | undefined {
  const match = duration === undefined ? null : /^PT(\d+)S$/.exec(duration);
  return match ? Number(match[1]) : undefined;
}

const enabled = (value: string | undefined): boolean | undefined =>
  value === undefined ? undefined : value === 'Enabled';

function computeOf(
  compute: AzureResource,
  r: Resolver,
): Omit<ComputeSettings, 'serverless' | 'managedNetwork'> {
  const body = compute.properties;
  const props = objectAt(body.properties) ?? {};
  const scale = objectAt(props.scaleSettings);
  const credentials = objectAt(props.userAccountCredentials);
  const ssh = objectAt(props.sshSettings);
  const priority = r.string(props.vmPriority);
  const name = compute.name.at(-1);
  return withoutUndefined({
    computeType: r.string(body.computeType),
    name: name === undefined ? undefined : r.string(name),
    location: r.string(compute.location),
    vmSize: r.string(props.vmSize),
    priority: priority === 'Dedicated' || priority === 'LowPriority' ? priority : undefined,
    minNodes: r.number(scale?.minNodeCount),
    maxNodes: r.number(scale?.maxNodeCount),
    idleSeconds: secondsOf(r.string(scale?.nodeIdleTimeBeforeScaleDown)),
    subnet: r.subnet(objectAt(props.subnet)?.id),
    nodePublicIp: r.boolean(props.enableNodePublicIp),
    sshPublicAccess: enabled(r.string(props.remoteLoginPortPublicAccess) ?? r.string(ssh?.sshPublicAccess)),
    // A secret parameter has no value in the model, but the deployment asks for it.
    sshKey: credentials?.adminUserSshPublicKey !== undefined || ssh?.adminPublicKey !== undefined,
    sshAdminUser: r.string(credentials?.adminUserName),
    resourceId: r.string(body.resourceId),
    sshPort: r.number(props.sshPort),
  });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The compute settings of a deployment: the `workspaces/computes` resource and the workspace update
 * (serverless subnet, managed network), every parameter resolved through its value.
 */
export function computeSettings(set: DeploymentResources): ComputeSettings {
  const r = new Resolver(set.parameters, set.model.workspace);
  const compute = set.resources.find((res) => res.key === WORKSPACE_KEYS.compute);
  const workspace = set.resources.find((res) => res.key === WORKSPACE_KEYS.workspace);
  const changes = workspace?.action === 'update' ? workspace.properties : {};
  const serverless = objectAt(changes.serverlessComputeSettings);
  const serverlessSubnet = r.subnet(serverless?.serverlessComputeCustomSubnet);
  const managed = objectAt(changes.managedNetwork);
  const isolationMode = r.string(managed?.isolationMode);
  return {
    ...(compute ? computeOf(compute, r) : { sshKey: false }),
    ...(serverless && serverlessSubnet
      ? {
          serverless: {
            subnet: serverlessSubnet,
            noPublicIp: r.boolean(serverless.serverlessComputeNoPublicIP) ?? false,
          },
        }
      : {}),
    ...(isolationMode
      ? { managedNetwork: { isolationMode, provisionNow: r.boolean(changes.provisionNetworkNow) ?? false } }
      : {}),
  };
}
