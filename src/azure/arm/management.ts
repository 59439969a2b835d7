import * as z from 'zod/mini';
import { API_VERSIONS } from './apiVersions.ts';
import type { ArmList, ArmReader, ReadOptions } from './client.ts';
import { parseBody, regionName } from './parseBody.ts';
import type { ArmPermission } from './permissions.ts';
import { requireId, requireSubscriptionId, resourceGroupOf } from './resourceIds.ts';

const subscriptionBody = z.looseObject({
  subscriptionId: z.string().check(z.minLength(1)),
  displayName: z._default(z.string(), ''),
  state: z._default(z.string(), 'Unknown'),
  tenantId: z.optional(z.string()),
});
export type ArmSubscription = z.output<typeof subscriptionBody>;

const resourceGroupBody = z.looseObject({
  name: z.string().check(z.minLength(1)),
  location: z.string().check(z.minLength(1)),
});

const locationBody = z.looseObject({
  name: z.string().check(z.minLength(1)),
  displayName: z._default(z.string(), ''),
  metadata: z.optional(z.looseObject({ regionType: z.optional(z.string()) })),
});

/** A region a subscription can deploy to, as `az account list-locations` lists it. */
export interface ArmLocation {
  /** The ARM name, `eastus2`. */
  readonly name: string;
  readonly displayName: string;
}

/** A resource group: its name, and the region its metadata lives in. */
export interface ArmResourceGroup {
  readonly name: string;
  readonly region: string;
}

const workspaceBody = z.looseObject({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  location: z.string().check(z.minLength(1)),
  kind: z.optional(z.string()),
  properties: z._default(
    z.looseObject({
      managedNetwork: z.optional(z.looseObject({ isolationMode: z.optional(z.string()) })),
      publicNetworkAccess: z.optional(z.string()),
      privateEndpointConnections: z._default(
        z.array(
          z.looseObject({
            id: z.string().check(z.minLength(1)),
            properties: z._default(
              z.looseObject({
                privateEndpoint: z.optional(z.looseObject({ id: z.string() })),
                privateLinkServiceConnectionState: z.optional(
                  z.looseObject({ status: z.optional(z.string()) }),
                ),
              }),
              {},
            ),
          }),
        ),
        [],
      ),
    }),
    { privateEndpointConnections: [] },
  ),
});

/** An Azure Machine Learning workspace, with what decides how its compute reaches the network. */
export interface ArmWorkspace {
  readonly id: string;
  readonly name: string;
  readonly resourceGroup?: string;
  readonly region: string;
  /** `Default`, `Hub`, `Project`, `FeatureStore`. */
  readonly kind?: string;
  /** `Disabled` (customer VNet or none), `AllowInternetOutbound`, `AllowOnlyApprovedOutbound`. */
  readonly managedNetworkIsolationMode?: string;
  readonly publicNetworkAccess?: string;
  readonly privateEndpointConnections: readonly { id: string; privateEndpointId?: string; status?: string }[];
}

function toWorkspace(body: unknown): ArmWorkspace {
  const ws = parseBody(workspaceBody, body, 'a workspace');
  const p = ws.properties;
  const resourceGroup = resourceGroupOf(ws.id);
  const isolationMode = p.managedNetwork?.isolationMode;
  return {
    id: ws.id,
    name: ws.name,
    ...(resourceGroup === undefined ? {} : { resourceGroup }),
    region: regionName(ws.location),
    ...(ws.kind === undefined ? {} : { kind: ws.kind }),
    ...(isolationMode === undefined ? {} : { managedNetworkIsolationMode: isolationMode }),
    ...(p.publicNetworkAccess === undefined ? {} : { publicNetworkAccess: p.publicNetworkAccess }),
    privateEndpointConnections: p.privateEndpointConnections.map(({ id, properties }) => {
      const endpoint = properties.privateEndpoint?.id;
      const status = properties.privateLinkServiceConnectionState?.status;
      return {
        id,
        ...(endpoint === undefined ? {} : { privateEndpointId: endpoint }),
        ...(status === undefined ? {} : { status }),
      };
    }),
  };
}

const lockBody = z.looseObject({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  properties: z.looseObject({ level: z.string(), notes: z.optional(z.string()) }),
});

/** A management lock; `scope` is what it is applied to (the id before `/providers/Microsoft.Authorization/locks`). */
export interface ArmLock {
  readonly id: string;
  readonly name: string;
  /** `CanNotDelete` or `ReadOnly`. */
  readonly level: string;
  readonly notes?: string;
  readonly scope: string;
}

function toLock(body: unknown): ArmLock {
  const lock = parseBody(lockBody, body, 'a management lock');
  const scope = lock.id.split(/\/providers\/Microsoft\.Authorization\/locks\//i)[0] ?? lock.id;
  const { level, notes } = lock.properties;
  return { id: lock.id, name: lock.name, level, ...(notes === undefined ? {} : { notes }), scope };
}

const permissionBody = z.looseObject({
  actions: z._default(z.array(z.string()), []),
  notActions: z._default(z.array(z.string()), []),
  dataActions: z._default(z.array(z.string()), []),
  notDataActions: z._default(z.array(z.string()), []),
});

/**
 * Subscription, workspace and authorization reads.
 * @see https://learn.microsoft.com/rest/api/resources/management-locks
 * @see https://learn.microsoft.com/rest/api/authorization/permissions
 */
export function managementReads(reader: ArmReader) {
  return {
    async listSubscriptions(options?: ReadOptions): Promise<ArmList<ArmSubscription>> {
      const { items, truncated } = await reader.list('/subscriptions', API_VERSIONS.subscriptions, options);
      return { items: items.map((item) => parseBody(subscriptionBody, item, 'a subscription')), truncated };
    },
    /** @see https://learn.microsoft.com/rest/api/resources/resource-groups/list */
    async listResourceGroups(
      subscriptionId: string,
      options?: ReadOptions,
    ): Promise<ArmList<ArmResourceGroup>> {
      const path = `/subscriptions/${requireSubscriptionId(subscriptionId)}/resourcegroups`;
      const { items, truncated } = await reader.list(path, API_VERSIONS.resourceGroups, options);
      return {
        items: items.map((item) => {
          const group = parseBody(resourceGroupBody, item, 'a resource group');
          return { name: group.name, region: regionName(group.location) };
        }),
        truncated,
      };
    },
    /**
     * The physical regions the subscription can deploy to; the logical ones ARM also lists (`eastasiastage`,
     * geography names such as `unitedstates`) hold no resources.
     * @see https://learn.microsoft.com/rest/api/resources/subscriptions/list-locations
     */
    async listLocations(subscriptionId: string, options?: ReadOptions): Promise<ArmList<ArmLocation>> {
      const path = `/subscriptions/${requireSubscriptionId(subscriptionId)}/locations`;
      const { items, truncated } = await reader.list(path, API_VERSIONS.subscriptions, options);
      return {
        items: items.flatMap((item) => {
          const location = parseBody(locationBody, item, 'a location');
          return location.metadata?.regionType === 'Logical'
            ? []
            : [{ name: location.name, displayName: location.displayName || location.name }];
        }),
        truncated,
      };
    },
    async listWorkspaces(subscriptionId: string, options?: ReadOptions): Promise<ArmList<ArmWorkspace>> {
      const path = `/subscriptions/${requireSubscriptionId(subscriptionId)}/providers/Microsoft.MachineLearningServices/workspaces`;
      const { items, truncated } = await reader.list(path, API_VERSIONS.machineLearning, options);
      return { items: items.map(toWorkspace), truncated };
    },
    /** Locks at `scope` and, as ARM reports them, those inherited from above it. */
    async listLocks(scope: string, options?: ReadOptions): Promise<ArmList<ArmLock>> {
      const path = `${requireId('scope', scope)}/providers/Microsoft.Authorization/locks`;
      const { items, truncated } = await reader.list(path, API_VERSIONS.locks, options);
      return { items: items.map(toLock), truncated };
    },
    /** The caller's effective permissions at `scope`; test one with `isActionAllowed`. */
    async checkPermissions(scope: string, options?: ReadOptions): Promise<ArmList<ArmPermission>> {
      const path = `${requireId('scope', scope)}/providers/Microsoft.Authorization/permissions`;
      const { items, truncated } = await reader.list(path, API_VERSIONS.permissions, options);
      return { items: items.map((item) => parseBody(permissionBody, item, 'a permission entry')), truncated };
    },
  };
}
