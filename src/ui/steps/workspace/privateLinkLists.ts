import {
  computeVnetId,
  privateLinkModel,
  zoneLinkOutOfScope,
  type Plan,
  type PrivateDnsZonePlan,
  type ResourceEndpoint,
} from '../../../core/index.ts';
import type { SelectOption } from '../../forms/SelectField.tsx';

type GroupId = ResourceEndpoint['groupId'];

/** The workspace resources that may get an endpoint of their own, as a person names them. */
const GROUP_LABELS: Readonly<Record<GroupId, string>> = {
  blob: 'Storage account: blob',
  file: 'Storage account: file',
  vault: 'Key vault',
  registry: 'Container registry',
};

export const groupIdOptions: readonly SelectOption[] = Object.entries(GROUP_LABELS).map(([value, label]) => ({
  value,
  label,
}));

/** The resource id a person is asked for, per sub-resource: what to copy from the portal. */
export const RESOURCE_ID_EXAMPLES: Readonly<Record<GroupId, string>> = {
  blob: '/subscriptions/…/resourceGroups/…/providers/Microsoft.Storage/storageAccounts/…',
  file: '/subscriptions/…/resourceGroups/…/providers/Microsoft.Storage/storageAccounts/…',
  vault: '/subscriptions/…/resourceGroups/…/providers/Microsoft.KeyVault/vaults/…',
  registry: '/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerRegistry/registries/…',
};

/** One zone the plan needs, with what the bundle does about it, in plain words. */
export interface ZoneLine {
  readonly name: string;
  /** Which endpoints' names live in the zone: "workspace", "Key vault"… */
  readonly usedBy: string;
  readonly action: string;
  /** The names won't resolve privately after deployment: the person must act. */
  readonly problem: boolean;
}

function usedBy(zone: PrivateDnsZonePlan): string {
  return zone.groupIds.map((id) => (id === 'amlworkspace' ? 'workspace' : GROUP_LABELS[id])).join(', ');
}

function action(zone: PrivateDnsZonePlan, hub: boolean, elsewhere: boolean): string {
  if (zone.create) return 'The bundle creates it and links it to this VNet.';
  if (zone.existingId !== undefined) {
    if (!zone.link) return 'Listed below as already linked: the bundle leaves it as it is.';
    return elsewhere
      ? 'Listed below: it is in another resource group, so its link to this VNet is a step the bundle’s README lists for the zone’s owner.'
      : 'Listed below: the bundle links it to this VNet.';
  }
  if (!zone.linkedAfterDeploy) {
    return hub
      ? 'In the hub, not linked to this VNet: add its resource id below so the link is planned.'
      : 'Not linked to this VNet: add its resource id below so the link is planned.';
  }
  return 'Linked to this VNet with the existing endpoint (the portal’s DNS integration). List it below if it isn’t.';
}

/**
 * The zones the plan's private endpoints need, each with what the bundle does, for the step to show; where
 * a link goes is the resource model's decision (`zoneLinkOutOfScope`).
 */
export function zoneLines(plan: Plan): readonly ZoneLine[] {
  const model = privateLinkModel(plan);
  if (!model) return [];
  const hub = model.connectivity.placement === 'hubVnet';
  return model.connectivity.zones.map((zone) => ({
    name: zone.name,
    usedBy: usedBy(zone),
    action: action(zone, hub, zoneLinkOutOfScope(model, zone)),
    problem: !zone.linkedAfterDeploy,
  }));
}

/**
 * The compute VNet's resource id when it exists already (a VNet the plan creates has no links yet), for
 * asking Azure which zones are linked to it.
 */
export function existingVnetId(plan: Plan): string | undefined {
  return plan.network?.vnet.mode === 'existing' ? computeVnetId(plan) : undefined;
}

/** What choosing an existing endpoint sets in the form: where it is, and its id. */
export interface EndpointChoice {
  readonly placement: 'computeVnet' | 'hubVnet';
  readonly hubVnetId?: string;
  readonly endpointId: string;
}

/** The placement an existing endpoint in `vnetId` gives: the compute VNet, or a hub (any other VNet). */
export function endpointChoice(
  plan: Plan,
  endpoint: { readonly id: string; readonly vnetId: string | undefined },
): EndpointChoice {
  const compute = existingVnetId(plan)?.toLowerCase();
  if (endpoint.vnetId === undefined || endpoint.vnetId.toLowerCase() === compute) {
    return { placement: 'computeVnet', endpointId: endpoint.id };
  }
  return { placement: 'hubVnet', hubVnetId: endpoint.vnetId, endpointId: endpoint.id };
}
