import { describe, expect, it } from 'vitest';
import { parsedPlan } from '../../../../test/helpers/parsedPlan.ts';
import hubExample from '../../../../examples/hub-and-spoke.plan.json' with { type: 'json' };
import newVnetExample from '../../../../examples/new-vnet-private-endpoint.plan.json' with { type: 'json' };
import clusterExample from '../../../../examples/compute-cluster.plan.json' with { type: 'json' };
import { planSchema, serializePlan, type Plan } from '../../../core/index.ts';
import { withWorkspace } from '../../state/planTransitions.ts';
import { hubVnetIdProblem } from './hubVnetId.ts';
import { endpointSubnetChoices, subnetWords } from './privateLinkChoices.ts';
import {
  endpointContext,
  workspaceFormSchema,
  workspaceFormValues,
  workspaceFromForm,
  type WorkspaceFormValues,
} from './privateLinkForm.ts';
import { coreSuggestions } from './privateLinkSuggestions.ts';

const hub = parsedPlan(hubExample);
const newVnet = parsedPlan(newVnetExample);
const cluster = parsedPlan(clusterExample);
const HUB_ID = hub.workspace.privateLink?.hubVnetId ?? '';

/** The form's values for `source`, with `edit` applied to them. */
function values(source: Plan, edit: (v: WorkspaceFormValues) => WorkspaceFormValues = (v) => v) {
  return edit(workspaceFormValues(source.workspace));
}

const errors = (source: Plan, v: WorkspaceFormValues) =>
  workspaceFormSchema(() => source)
    .safeParse(v)
    .error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

const withLink = (v: WorkspaceFormValues, link: Partial<WorkspaceFormValues['privateLink']>) => ({
  ...v,
  privateLink: { ...v.privateLink, ...link },
});

describe('workspace form mapping', () => {
  it.each([
    ['hub and spoke', hub],
    ['new VNet with an endpoint', newVnet],
    ['compute cluster (no privateLink)', cluster],
  ])('gives back the plan of %s unchanged, as the step stores it', (_, source) => {
    // The store parses every plan it keeps, which puts the sections in the schema's order.
    const stored = planSchema.parse(withWorkspace(source, workspaceFromForm(values(source), source)));
    expect(serializePlan(stored)).toBe(serializePlan(source));
  });

  it('leaves out privateLink while the core default is untouched', () => {
    expect(cluster.workspace.privateLink).toBeUndefined();
    expect(workspaceFromForm(values(cluster), cluster).privateLink).toBeUndefined();
  });

  it('writes the placement once one is chosen, with only the fields it uses', () => {
    const v = withLink(values(hub), { placement: 'create' });
    expect(workspaceFromForm(v, hub).privateLink).toEqual({
      placement: 'create',
      endpointId: hub.workspace.privateLink?.endpointId,
      dnsZones: hub.workspace.privateLink?.dnsZones,
      resourceEndpoints: [],
    });
  });

  it('keeps the hub id and peering, trimmed, for the hub placement', () => {
    const v = withLink(values(cluster), {
      placement: 'hubVnet',
      hubVnetId: ` ${HUB_ID} `,
      peering: 'create',
    });
    expect(workspaceFromForm(v, cluster).privateLink).toEqual({
      placement: 'hubVnet',
      hubVnetId: HUB_ID,
      peering: 'create',
      dnsZones: [],
      resourceEndpoints: [],
    });
  });

  it('writes a named endpoint subnet, and drops it again for the suggestion', () => {
    const named = withLink(values(newVnet), {
      endpointSubnet: { mode: 'new', name: ' pe ', addressPrefix: '10.30.4.0/28' },
    });
    expect(workspaceFromForm(named, newVnet).privateLink?.endpointSubnet).toEqual({
      mode: 'new',
      name: 'pe',
      addressPrefix: '10.30.4.0/28',
    });
    const suggested = withLink(values(newVnet), {
      endpointSubnet: { mode: 'suggested', name: 'pe', addressPrefix: '10.30.4.0/28' },
    });
    expect(workspaceFromForm(suggested, newVnet).privateLink).toEqual({
      placement: 'create',
      dnsZones: [],
      resourceEndpoints: [],
    });
  });

  it('drops privateLink when the switch is turned off and the compute needs no endpoint', () => {
    const v = { ...values(hub), privateEndpoint: false };
    expect(workspaceFromForm(v, hub).privateLink).toBeUndefined();
  });

  it('keeps privateLink with the switch off when the compute needs an endpoint anyway', () => {
    const v = { ...values(newVnet), privateEndpoint: false };
    expect(workspaceFromForm(v, newVnet).privateLink?.placement).toBe('create');
  });

  it('keeps a chosen privateLink under a managed network, for a switch back', () => {
    const v = { ...values(hub), isolation: 'managedVnet' as const };
    expect(workspaceFromForm(v, hub).privateLink).toEqual(hub.workspace.privateLink);
  });
});

describe('endpointContext', () => {
  it('follows the core’s default until a placement is chosen', () => {
    const context = endpointContext(values(cluster), cluster);
    expect(context).toMatchObject({
      applies: true,
      defaultPlacement: 'computeVnet',
      placement: 'computeVnet',
    });
    expect(context.showsSubnet).toBe(false);
    const chosen = endpointContext(withLink(values(cluster), { placement: 'create' }), cluster);
    expect(chosen).toMatchObject({ placement: 'create', showsSubnet: true, newVnet: false });
  });

  it('does not apply without the switch, unless the compute needs an endpoint', () => {
    expect(endpointContext({ ...values(cluster), privateEndpoint: false }, cluster).applies).toBe(false);
    const needed = endpointContext({ ...values(newVnet), privateEndpoint: false }, newVnet);
    expect(needed).toMatchObject({ applies: true, required: true, newVnet: true });
  });

  it('does not apply under a managed network', () => {
    expect(endpointContext({ ...values(hub), isolation: 'managedVnet' }, hub).applies).toBe(false);
  });
});

describe('hubVnetIdProblem', () => {
  it('leaves the decision to the plan’s check: a VNet id, also with spaces around it, passes', () => {
    const hubValues = (id: string) => withLink(values(hub), { hubVnetId: id });
    expect(errors(hub, hubValues(`  ${HUB_ID}\n`))).toEqual([]);
  });

  it.each([
    ['', /^Enter the hub VNet’s resource id/],
    ['hub-vnet', /^This is not a resource id: one starts with \/subscriptions\//],
    [HUB_ID.replace('99999999-8888-7777-6666-555555555555', 'contoso'), /"contoso" is not a subscription id/],
    [HUB_ID.replace('/resourceGroups/hub-rg', ''), /must go on with \/resourceGroups\/<group>\/providers\//],
    [`${HUB_ID}/subnets/default`, /^This is the id of a subnet\. Remove \/subnets\/…/],
    [`${HUB_ID}/virtualNetworkPeerings/to-spoke`, /^This id points inside a virtual network/],
    [HUB_ID.replace('virtualNetworks', 'networkSecurityGroups'), /^This is not a virtual network’s id/],
  ])('explains %j', (text, message) => {
    expect(hubVnetIdProblem(text)).toMatch(message);
  });
});

describe('workspaceFormSchema', () => {
  it('accepts the examples as they are', () => {
    for (const source of [hub, newVnet, cluster]) expect(errors(source, values(source))).toEqual([]);
  });

  it('puts a bad hub id on the hub id field', () => {
    const v = withLink(values(hub), { hubVnetId: 'hub-vnet' });
    expect(errors(hub, v)).toEqual([
      [
        'privateLink.hubVnetId',
        expect.stringMatching(/^Enter the full resource id, such as \/subscriptions\//),
      ],
    ]);
  });

  it('leaves a set-aside box alone: the hub id while the bundle creates the endpoint', () => {
    const v = withLink(values(hub), { placement: 'create', hubVnetId: 'hub-vnet' });
    expect(errors(hub, v)).toEqual([]);
  });

  it('checks a named endpoint subnet’s name, prefix and mode', () => {
    const v = withLink(values(newVnet), {
      endpointSubnet: { mode: 'existing', name: '', addressPrefix: '10.30.2.5/27' },
    });
    expect(errors(newVnet, v).map(([path]) => path)).toEqual([
      'privateLink.endpointSubnet.mode',
      'privateLink.endpointSubnet.name',
      'privateLink.endpointSubnet.addressPrefix',
    ]);
    const empty = withLink(values(newVnet), {
      endpointSubnet: { mode: 'new', name: 'pe', addressPrefix: ' ' },
    });
    expect(errors(newVnet, empty)).toEqual([
      [
        'privateLink.endpointSubnet.addressPrefix',
        'Enter an address prefix in CIDR form, such as 10.0.2.0/27.',
      ],
    ]);
  });
});

describe('workspaceFormSchema: existing zones and resource endpoints', () => {
  const ZONE_ID = hub.workspace.privateLink?.dnsZones[0]?.id ?? '';
  const STORE =
    '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/ml-rg/providers/Microsoft.Storage/storageAccounts/contosomlstore';

  it('puts a zone listed twice on the repeated row’s id, whatever the case', () => {
    const zones = hub.workspace.privateLink?.dnsZones ?? [];
    const v = withLink(values(hub), {
      dnsZones: [
        ...zones,
        { id: ZONE_ID.toUpperCase().replace('/SUBSCRIPTIONS/', '/subscriptions/'), linked: true },
      ],
    });
    expect(errors(hub, v)).toEqual([
      [
        'privateLink.dnsZones.2.id',
        'The zone privatelink.api.azureml.ms is listed twice; keep one entry per zone name.',
      ],
    ]);
  });

  it('puts an endpoint listed twice on the repeated row’s resource id', () => {
    const endpoint = { groupId: 'blob' as const, resourceId: STORE };
    const v = withLink(values(newVnet), {
      resourceEndpoints: [endpoint, { ...endpoint, groupId: 'file' }, endpoint],
    });
    expect(errors(newVnet, v)).toEqual([
      ['privateLink.resourceEndpoints.2.resourceId', 'This blob endpoint is listed twice; remove one.'],
    ]);
  });

  it('asks for the full id of a new, empty row, and keeps the rest of the form valid', () => {
    const v = withLink(values(hub), {
      dnsZones: [...(hub.workspace.privateLink?.dnsZones ?? []), { id: '', linked: false }],
      resourceEndpoints: [{ groupId: 'vault', resourceId: 'my-vault' }],
    });
    expect(errors(hub, v)).toEqual([
      [
        'privateLink.dnsZones.2.id',
        expect.stringMatching(/^Enter the full resource id, such as \/subscriptions\/.*privateDnsZones/),
      ],
      ['privateLink.resourceEndpoints.0.resourceId', expect.stringMatching(/^Enter the full resource id/)],
    ]);
  });

  it('writes added zones and endpoints to the plan, which then passes the plan schema', () => {
    const v = withLink(values(newVnet), {
      dnsZones: [{ id: ZONE_ID, linked: true }],
      resourceEndpoints: [{ groupId: 'blob', resourceId: STORE }],
    });
    const workspace = workspaceFromForm(v, newVnet);
    expect(workspace.privateLink).toEqual({
      ...newVnet.workspace.privateLink,
      dnsZones: [{ id: ZONE_ID, linked: true }],
      resourceEndpoints: [{ groupId: 'blob', resourceId: STORE }],
    });
    expect(planSchema.safeParse(withWorkspace(newVnet, workspace)).success).toBe(true);
  });
});

describe('core suggestions and their words', () => {
  it('suggests the first free /27 of the VNet and the default peering', () => {
    expect(coreSuggestions(hub)).toEqual({
      endpointSubnet: { mode: 'new', name: 'private-endpoints', addressPrefix: '10.20.2.0/27' },
      peering: 'existing',
    });
    expect(coreSuggestions(newVnet).endpointSubnet?.addressPrefix).toBe('10.30.0.0/27');
  });

  it('names the suggestion, and offers an existing subnet only in an existing VNet', () => {
    const suggestion = { mode: 'new', name: 'private-endpoints', addressPrefix: '10.20.2.0/27' } as const;
    expect(subnetWords(suggestion)).toBe('new subnet private-endpoints, 10.20.2.0/27');
    expect(endpointSubnetChoices(suggestion, false).map((c) => c.value)).toEqual([
      'suggested',
      'new',
      'existing',
    ]);
    expect(endpointSubnetChoices(suggestion, true).map((c) => c.value)).toEqual(['suggested', 'new']);
    expect(endpointSubnetChoices(undefined, true)[0]?.description).toMatch(/no free range/);
  });
});
