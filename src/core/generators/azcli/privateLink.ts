import type { DeploymentModel } from '../../resources/model.ts';
import { NETWORK_KEYS } from '../../resources/network.ts';
import {
  PRIVATE_CONNECTIVITY_KEYS,
  privateConnectivityResources,
} from '../../resources/privateConnectivity.ts';
import { resourcesOf } from '../../resources/index.ts';
import {
  isRef,
  type AzureResource,
  type NamePart,
  type Value,
  type ValueObject,
} from '../../resources/types.ts';
import { oneLine } from '../header.ts';
import { shellQuote, shellVariable } from './escape.ts';
import type { NetworkVars } from './network.ts';
import type { Arg, Command } from './print.ts';

/**
 * The workspace private endpoint, its DNS zones, their links to the compute VNet, the peering to a hub
 * and the endpoints of the workspace's resources, as `az network …` commands printed from the same
 * private-connectivity resources ARM and Bicep print (`privateConnectivityResources`).
 * @see https://learn.microsoft.com/cli/azure/network/private-endpoint
 * @see https://learn.microsoft.com/cli/azure/network/private-dns
 */

const ENDPOINT_PREFIX = PRIVATE_CONNECTIVITY_KEYS.endpoint('');
const ZONE_PREFIX = PRIVATE_CONNECTIVITY_KEYS.zone('');

/** Whether a resource of the model is one of the private-connectivity resources. */
function isPrivateConnectivity(resource: AzureResource): boolean {
  const key = resource.key;
  return (
    key === PRIVATE_CONNECTIVITY_KEYS.endpointSubnet ||
    key === PRIVATE_CONNECTIVITY_KEYS.peering ||
    key.startsWith(ENDPOINT_PREFIX) ||
    key.startsWith(ZONE_PREFIX)
  );
}

/** A name segment as a script argument: a literal, or the variable of a parameter (`vnetName` → `VNET_NAME`). */
const namePart = (part: NamePart): Arg =>
  typeof part === 'string' ? part : { ref: shellVariable(part.name) };

const lastName = (resource: AzureResource): Arg => namePart(resource.name.at(-1) ?? '');

/** An argument as a comment names it: a literal as written, a variable as the script refers to it (`$VNET_NAME`). */
const argText = (arg: Arg): string => (typeof arg === 'string' ? arg : `$${arg.ref}`);

/** A value the commands pass as one argument: literals, parameters and the ids the script can name. */
function argOf(value: Value | undefined): Arg {
  if (typeof value === 'string') return value;
  if (isRef(value) && value.ref === 'param') return { ref: shellVariable(value.name) };
  if (isRef(value) && value.ref === 'id' && value.scope === 'network') {
    // The VNet's id is a variable of the script; a zone in the VNet's resource group is named, and the
    // CLI makes its id from the command's --subscription and --resource-group.
    if (value.type === 'Microsoft.Network/virtualNetworks') return { ref: 'VNET_ID' };
    if (value.type === 'Microsoft.Network/privateDnsZones' && value.names.length === 1)
      return namePart(value.names[0] ?? '');
  }
  throw new Error(`deploy.sh cannot pass ${JSON.stringify(value)} to az.`);
}

const objectAt = (value: Value | undefined): ValueObject =>
  typeof value === 'object' && !Array.isArray(value) && !isRef(value) ? (value as ValueObject) : {};
const listAt = (value: Value | undefined): readonly Value[] => (Array.isArray(value) ? value : []);
const flag = (value: Value | undefined): string => String(value === true);

/** The properties of the endpoint subnet: its own, or (in a VNet the bundle creates) the VNet's entry for it. */
function subnetProperties(subnet: AzureResource, all: readonly AzureResource[]): ValueObject | undefined {
  if (subnet.action === 'create') return subnet.properties;
  const vnet = all.find((resource) => resource.key === NETWORK_KEYS.vnet && resource.action === 'create');
  const name = subnet.name.at(-1);
  const entry = listAt(vnet?.properties.subnets).find((item) => objectAt(item).name === name);
  return entry === undefined ? undefined : objectAt(objectAt(entry).properties);
}

function subnetCommand(subnet: AzureResource, all: readonly AzureResource[], where: Arg[]): Command[] {
  const p = subnetProperties(subnet, all);
  if (!p) return [];
  return [
    {
      comment: `Subnet ${argText(lastName(subnet))} for private endpoints`,
      args: [
        'az',
        'network',
        'vnet',
        'subnet',
        'create',
        ...where,
        '--vnet-name',
        namePart(subnet.name[0] ?? ''),
        '--name',
        lastName(subnet),
        '--address-prefixes',
        argOf(p.addressPrefix),
        '--default-outbound-access',
        flag(p.defaultOutboundAccess),
        '--private-endpoint-network-policies',
        argOf(p.privateEndpointNetworkPolicies),
        '--private-link-service-network-policies',
        argOf(p.privateLinkServiceNetworkPolicies),
      ],
    },
  ];
}

/** `create` refuses to overwrite a zone or link (If-None-Match: *): a re-run skips the ones that exist. */
function zoneCommand(zone: AzureResource, where: Arg[]): Command {
  const name: Arg[] = ['--name', lastName(zone)];
  return {
    comment: `Private DNS zone ${argText(lastName(zone))} (kept when it exists)`,
    unlessExists: ['az', 'network', 'private-dns', 'zone', 'show', ...where, ...name],
    args: ['az', 'network', 'private-dns', 'zone', 'create', ...where, ...name],
  };
}

function linkCommand(link: AzureResource, where: Arg[]): Command {
  const names: Arg[] = ['--zone-name', namePart(link.name[0] ?? ''), '--name', lastName(link)];
  return {
    comment: `Link ${argText(namePart(link.name[0] ?? ''))} to the compute VNet (kept when it exists)`,
    unlessExists: ['az', 'network', 'private-dns', 'link', 'vnet', 'show', ...where, ...names],
    args: [
      'az',
      'network',
      'private-dns',
      'link',
      'vnet',
      'create',
      ...where,
      ...names,
      '--virtual-network',
      argOf(objectAt(link.properties.virtualNetwork).id),
      '--registration-enabled',
      flag(link.properties.registrationEnabled),
    ],
  };
}

function peeringCommand(peering: AzureResource, where: Arg[]): Command {
  const p = peering.properties;
  const remote = argOf(objectAt(p.remoteVirtualNetwork).id);
  const hub = typeof remote === 'string' ? remote.split('/').at(-1) : undefined;
  return {
    comment: `Peering from the compute VNet to ${hub ?? 'the hub'} (the hub's side of it is made in the hub)`,
    args: [
      'az',
      'network',
      'vnet',
      'peering',
      'create',
      ...where,
      '--vnet-name',
      namePart(peering.name[0] ?? ''),
      '--name',
      lastName(peering),
      '--remote-vnet',
      remote,
      '--allow-vnet-access',
      flag(p.allowVirtualNetworkAccess),
      '--allow-forwarded-traffic',
      flag(p.allowForwardedTraffic),
      '--allow-gateway-transit',
      flag(p.allowGatewayTransit),
      '--use-remote-gateways',
      flag(p.useRemoteGateways),
    ],
  };
}

/** The VNet and subnet names of a subnet id the endpoint refers to. */
function subnetOf(endpoint: AzureResource): Arg[] {
  const id = objectAt(endpoint.properties.subnet).id;
  if (!isRef(id) || id.ref !== 'id' || id.names.length !== 2) throw new Error(`Endpoint without a subnet.`);
  return ['--vnet-name', namePart(id.names[0] ?? ''), '--subnet', namePart(id.names[1] ?? '')];
}

function endpointCommand(endpoint: AzureResource, where: Arg[]): Command {
  const connection = objectAt(listAt(endpoint.properties.privateLinkServiceConnections)[0]);
  const c = objectAt(connection.properties);
  const groupIds = listAt(c.groupIds).map(argOf);
  return {
    comment: `Private endpoint ${argText(lastName(endpoint))} (${groupIds.map(argText).join(', ')})`,
    args: [
      'az',
      'network',
      'private-endpoint',
      'create',
      ...where,
      '--name',
      lastName(endpoint),
      '--location',
      argOf(endpoint.location),
      ...subnetOf(endpoint),
      '--private-connection-resource-id',
      argOf(c.privateLinkServiceId),
      '--group-id',
      ...groupIds,
      '--connection-name',
      argOf(connection.name),
    ],
  };
}

/**
 * The zone group takes one zone on `create` and each further zone with `add` (which replaces a zone
 * of the same name, so a re-run changes nothing); `create` runs only when the group doesn't exist, so
 * a re-run never drops the other zones' records.
 */
function zoneGroupCommands(group: AzureResource, where: Arg[]): Command[] {
  const names: Arg[] = ['--endpoint-name', namePart(group.name[0] ?? ''), '--name', lastName(group)];
  const zones = listAt(group.properties.privateDnsZoneConfigs).map(objectAt);
  return zones.map((zone, index): Command => {
    const zoneArgs: Arg[] = [
      '--zone-name',
      argOf(zone.name),
      '--private-dns-zone',
      argOf(objectAt(zone.properties).privateDnsZoneId),
    ];
    const verb = index === 0 ? 'create' : 'add';
    const base: Arg[] = ['az', 'network', 'private-endpoint', 'dns-zone-group'];
    return {
      comment: `DNS records of ${argText(namePart(group.name[0] ?? ''))} in ${argText(argOf(zone.name))}`,
      ...(index === 0 ? { unlessExists: [...base, 'show', ...where, ...names] } : {}),
      args: [...base, verb, ...where, ...names, ...zoneArgs],
    };
  });
}

function commandsOf(resource: AzureResource, all: readonly AzureResource[], where: Arg[]): Command[] {
  if (resource.action === 'reference' && resource.key !== PRIVATE_CONNECTIVITY_KEYS.endpointSubnet) return [];
  switch (resource.type) {
    case 'Microsoft.Network/virtualNetworks/subnets':
      return subnetCommand(resource, all, where);
    case 'Microsoft.Network/privateDnsZones':
      return [zoneCommand(resource, where)];
    case 'Microsoft.Network/privateDnsZones/virtualNetworkLinks':
      return [linkCommand(resource, where)];
    case 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings':
      return [peeringCommand(resource, where)];
    case 'Microsoft.Network/privateEndpoints':
      return [endpointCommand(resource, where)];
    case 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups':
      return zoneGroupCommands(resource, where);
    default:
      throw new Error(`deploy.sh has no command for ${resource.type}.`);
  }
}

/**
 * The `az network …` commands of the model's private-connectivity resources, in the model's
 * dependency order (endpoint subnet, zones and links, peering, endpoints and their zone groups), all in
 * the VNet's resource group as the templates deploy them. Run after the network and before the compute.
 */
export function privateLinkCommands(model: DeploymentModel, vars: NetworkVars): Command[] {
  if (!model.privateLink) return [];
  const all = resourcesOf(model).resources;
  const where: Arg[] = ['--subscription', vars.subscription, '--resource-group', vars.group];
  return all.filter(isPrivateConnectivity).flatMap((resource) => commandsOf(resource, all, where));
}

/** What the plan needs in resource groups the script doesn't deploy to: one reminder each, printed at the end. */
export function outOfScopeLines(model: DeploymentModel): string[] {
  if (!model.privateLink) return [];
  const steps = privateConnectivityResources(model.privateLink).outOfScope;
  if (steps.length === 0) return [];
  return [
    '# The compute reaches the workspace only once these exist too, in resource groups this script does not change.',
    ...steps.map(
      (step) => `echo ${shellQuote(oneLine(`Also needed: ${step.what}, in ${step.resourceGroupId}`))}`,
    ),
  ];
}
