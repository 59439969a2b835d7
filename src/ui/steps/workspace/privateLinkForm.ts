import * as z from 'zod/mini';
import { endpointContext, type PlanFacts, type WorkspaceFormValues } from './privateLinkDraft.ts';
import {
  checkPrivateLinkDuplicates,
  endpointSubnetSchema,
  existingDnsZoneSchema,
  parseCidr,
  hubPeeringSchema,
  privateEndpointPlacementSchema,
  resourceEndpointSchema,
  vnetIdSchema,
  workspaceSchema,
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

export {
  draftFromWorkspace,
  endpointContext,
  privateLinkFromDraft,
  workspaceFormValues,
  workspaceFromForm,
  type EndpointContext,
  type EndpointValues,
  type PlanFacts,
  type WorkspaceFormValues,
} from './privateLinkDraft.ts';

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
