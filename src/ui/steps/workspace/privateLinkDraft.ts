import type { Plan, PrivateEndpointPlacement, PrivateLink, Workspace } from '../../../core/index.ts';
// From its module, not the core's index (see FindingsPanel.tsx).
import { defaultPlacement } from '../../../core/model/placement.ts';
import type { PrivateLinkDraft } from './privateLinkForm.ts';

// What the workspace step needs to show its values and commit them: no schema code, so the first step
// renders before the plan schema loads (its checks are in privateLinkForm.ts).

/** What the workspace form edits: the workspace section, with the private endpoint as a draft. */
export type WorkspaceFormValues = Omit<Workspace, 'privateLink'> & { privateLink: PrivateLinkDraft };

/** The parts of the plan outside the workspace step that decide where an endpoint goes. */
export type PlanFacts = Pick<Plan, 'compute' | 'network'>;

/** The draft of a workspace's `privateLink` (empty boxes when it has none). */
export function draftFromWorkspace(workspace: Workspace): PrivateLinkDraft {
  const link = workspace.privateLink;
  const subnet = link?.endpointSubnet;
  return {
    placement: link?.placement,
    hubVnetId: link?.hubVnetId ?? '',
    peering: link?.peering,
    endpointSubnet: subnet ? { ...subnet } : { mode: 'suggested', name: '', addressPrefix: '' },
    endpointId: link?.endpointId,
    dnsZones: link?.dnsZones ?? [],
    resourceEndpoints: link?.resourceEndpoints ?? [],
  };
}

/** The form's starting values for a workspace. */
export function workspaceFormValues(workspace: Workspace): WorkspaceFormValues {
  return {
    ...workspace,
    managedNetworkMode: workspace.managedNetworkMode ?? 'allowOnlyApprovedOutbound',
    privateLink: draftFromWorkspace(workspace),
  };
}

/** What the endpoint's context reads of the form's values. */
export interface EndpointValues {
  readonly isolation: Workspace['isolation'];
  readonly privateEndpoint: boolean;
  readonly privateLink: Pick<PrivateLinkDraft, 'placement'> & {
    readonly resourceEndpoints: readonly unknown[];
  };
}

/** Where the endpoint stands for the values on screen, as the core decides it. */
export interface EndpointContext {
  /** A customer VNet whose compute uses a workspace private endpoint: the placement question applies. */
  readonly applies: boolean;
  /** The core's placement when the person has chosen none ('none' = no endpoint). */
  readonly defaultPlacement: PrivateEndpointPlacement | 'none';
  /** The placement in effect: the chosen one, else the default. */
  readonly placement: PrivateEndpointPlacement | 'none';
  /** The compute needs the endpoint even with the switch off (no public IPs in a VNet the plan creates). */
  readonly required: boolean;
  /** The bundle creates endpoints, so the endpoint subnet is asked for. */
  readonly showsSubnet: boolean;
  /** The plan creates the VNet, so it has no existing subnet to name. */
  readonly newVnet: boolean;
}

function placementFor(values: EndpointValues, facts: PlanFacts, privateEndpoint: boolean) {
  // The workspace fields the default reads; the rest don't matter to it.
  const workspace = { isolation: values.isolation, privateEndpoint } as Workspace;
  return defaultPlacement({ workspace, compute: facts.compute, network: facts.network });
}

export function endpointContext(values: EndpointValues, facts: PlanFacts): EndpointContext {
  const byDefault = placementFor(values, facts, values.privateEndpoint);
  const required = placementFor(values, facts, false) !== 'none';
  const applies = byDefault !== 'none';
  const placement = applies ? (values.privateLink.placement ?? byDefault) : 'none';
  const showsSubnet = placement === 'create' || (applies && values.privateLink.resourceEndpoints.length > 0);
  return {
    applies,
    defaultPlacement: byDefault,
    placement,
    required,
    showsSubnet,
    newVnet: facts.network?.vnet.mode === 'new',
  };
}

/** The `privateLink` the draft stands for, or undefined when the core's defaults say all of it. */
export function privateLinkFromDraft(values: WorkspaceFormValues, facts: PlanFacts): PrivateLink | undefined {
  const draft = values.privateLink;
  const context = endpointContext(values, facts);
  // Under a managed network the core ignores a privateLink; a chosen one is kept for a switch back.
  const placement = values.isolation === 'customerVnet' ? context.placement : draft.placement;
  if (placement === undefined || placement === 'none') return undefined;
  const subnet = draft.endpointSubnet;
  // The subnet goes in the plan only when the person named one; the suggestion follows the VNet.
  const namedSubnet = context.showsSubnet && subnet.mode !== 'suggested' ? subnet.mode : undefined;
  const extras = draft.endpointId !== undefined || draft.dnsZones.length + draft.resourceEndpoints.length > 0;
  if (draft.placement === undefined && namedSubnet === undefined && !extras) return undefined;
  const hub = placement === 'hubVnet';
  return {
    placement,
    ...(namedSubnet && {
      endpointSubnet: {
        mode: namedSubnet,
        name: subnet.name.trim(),
        addressPrefix: subnet.addressPrefix.trim(),
      },
    }),
    ...(hub && { hubVnetId: draft.hubVnetId.trim() }),
    ...(hub && draft.peering !== undefined && { peering: draft.peering }),
    ...(draft.endpointId !== undefined && { endpointId: draft.endpointId }),
    dnsZones: draft.dnsZones,
    resourceEndpoints: draft.resourceEndpoints,
  };
}

/** The workspace section the form's values stand for. */
export function workspaceFromForm(values: WorkspaceFormValues, facts: PlanFacts): Workspace {
  const { privateLink: _draft, storageInVnet, hbi, ...head } = values;
  const link = privateLinkFromDraft(values, facts);
  // In the schema's key order, so an exported plan diffs cleanly.
  return { ...head, ...(link && { privateLink: link }), storageInVnet, hbi };
}
