import * as z from 'zod/mini';
import {
  checkPrivateLinkDuplicates,
  defaultPlacement,
  endpointSubnetSchema,
  existingDnsZoneSchema,
  parseCidr,
  hubPeeringSchema,
  privateEndpointPlacementSchema,
  resourceEndpointSchema,
  vnetIdSchema,
  workspaceSchema,
  type Plan,
  type PrivateEndpointPlacement,
  type PrivateLink,
  type Workspace,
} from '../../../core/index.ts';

/** The endpoint subnet as the form offers it: the core's suggestion, or a new or existing subnet you name. */
export const endpointSubnetChoiceSchema = z.enum(['suggested', 'new', 'existing']);
export type EndpointSubnetChoice = z.infer<typeof endpointSubnetChoiceSchema>;

/**
 * `workspace.privateLink` as the form edits it. Every box keeps its text, also while another placement is
 * chosen; `placement` (and `peering`) left undefined mean "the core's default", so a plan without them
 * stays without them.
 */
const privateLinkDraftSchema = z.object({
  placement: z.optional(privateEndpointPlacementSchema),
  hubVnetId: z.string(),
  peering: z.optional(hubPeeringSchema),
  endpointSubnet: z.object({ mode: endpointSubnetChoiceSchema, name: z.string(), addressPrefix: z.string() }),
  endpointId: z.optional(z.string()),
  dnsZones: z.array(existingDnsZoneSchema),
  resourceEndpoints: z.array(resourceEndpointSchema),
});
export type PrivateLinkDraft = z.infer<typeof privateLinkDraftSchema>;

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

type AddIssue = (path: (string | number)[], message: string) => void;

const subnetNameSchema = endpointSubnetSchema.shape.name;

/** The form's own checks of the private endpoint boxes on screen, so the plan never gets a broken link. */
export function checkPrivateLinkDraft(values: WorkspaceFormValues, facts: PlanFacts, issue: AddIssue): void {
  const context = endpointContext(values, facts);
  if (!context.applies) return;
  const draft = values.privateLink;
  // At the box that repeats the entry, so the row's own field shows it.
  checkPrivateLinkDuplicates(draft, (path, message) =>
    issue(['privateLink', ...path, path[0] === 'dnsZones' ? 'id' : 'resourceId'], message),
  );
  if (context.placement === 'hubVnet') {
    // The field words what is off (hubVnetId.ts); the plan's own check decides.
    const id = vnetIdSchema.safeParse(draft.hubVnetId.trim());
    if (!id.success) issue(['privateLink', 'hubVnetId'], id.error.issues[0]?.message ?? 'Enter a VNet id.');
  }
  const subnet = draft.endpointSubnet;
  if (!context.showsSubnet || subnet.mode === 'suggested') return;
  const at = (field: string) => ['privateLink', 'endpointSubnet', field];
  if (subnet.mode === 'existing' && context.newVnet) {
    issue(
      at('mode'),
      'The plan creates the VNet, so it has no subnets yet: choose the suggested subnet or a new one.',
    );
  }
  const name = subnetNameSchema.safeParse(subnet.name);
  if (!name.success) issue(at('name'), name.error.issues[0]?.message ?? 'Enter a subnet name.');
  const prefix = subnet.addressPrefix.trim();
  const cidr = parseCidr(prefix);
  if (prefix === '') issue(at('addressPrefix'), 'Enter an address prefix in CIDR form, such as 10.0.2.0/27.');
  else if (!cidr.ok) issue(at('addressPrefix'), cidr.message);
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

/**
 * The workspace form's schema: the plan's workspace section with the private endpoint draft, checked
 * against the rest of the plan as `facts` gives it when the form validates.
 */
export function workspaceFormSchema(facts: () => PlanFacts) {
  return z
    .extend(workspaceSchema, { privateLink: privateLinkDraftSchema })
    .check(
      z.superRefine((values, ctx) =>
        checkPrivateLinkDraft(values, facts(), (path, message) =>
          ctx.addIssue({ code: 'custom', path, message, input: values }),
        ),
      ),
    );
}

/** What the workspace form holds as the person types (before defaults are applied). */
export type WorkspaceFormInput = z.input<ReturnType<typeof workspaceFormSchema>>;
