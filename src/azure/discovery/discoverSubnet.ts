import type { EgressEvidence, Subnet, Vnet } from '../../core/index.ts';
import { subnetFromArm, vnetFromArm } from '../../core/index.ts';
import { API_VERSIONS } from '../arm/apiVersions.ts';
import { isArmError } from '../arm/armError.ts';
import type { ArmClient, ReadOptions } from '../arm/index.ts';
import { requireId } from '../arm/resourceIds.ts';

/**
 * The plan's `network.vnet` and `network.subnet` read from Azure, what was read about the subnet's egress
 * (its route table may be one the account can't read), and notes on what couldn't be read.
 */
export type SubnetDiscovery =
  | { ok: true; vnet: Vnet; subnet: Subnet; egress: EgressEvidence; notes: readonly string[] }
  | { ok: false; message: string };

interface Optional<T> {
  readonly value?: T;
  readonly note?: string;
}

/**
 * An association (NSG, route table) read when the subnet has one. A 403 or 404 on it becomes a note,
 * so one unreadable NSG in another resource group doesn't stop the audit of the rest.
 */
async function readAssociation<T>(
  id: string | undefined,
  read: (id: string) => Promise<T>,
): Promise<Optional<T>> {
  if (id === undefined) return {};
  try {
    return { value: await read(id) };
  } catch (error) {
    if (isArmError(error) && (error.status === 403 || error.status === 404)) return { note: error.message };
    throw error;
  }
}

/**
 * Reads a subnet, its virtual network, NSG and route table from Azure and turns them into the plan's
 * `network.vnet` and `network.subnet` (mode `existing`) with the importers in core. ARM failures on the
 * subnet or VNet reject with an `ArmError`; a document the importers can't read gives `ok: false`.
 * @see https://learn.microsoft.com/rest/api/virtualnetwork/subnets/get
 */
export async function discoverSubnet(
  client: ArmClient,
  subnetId: string,
  options: ReadOptions = {},
): Promise<SubnetDiscovery> {
  const vnetId = requireId('subnet', subnetId).replace(/\/subnets\/[^/]+$/i, '');
  const [subnet, vnetBody] = await Promise.all([
    client.getSubnet(subnetId, options),
    client.get(vnetId, API_VERSIONS.network, options),
  ]);
  const [nsg, routeTable] = await Promise.all([
    readAssociation(subnet.networkSecurityGroupId, (id) => client.getNetworkSecurityGroup(id, options)),
    readAssociation(subnet.routeTableId, (id) => client.getRouteTable(id, options)),
  ]);
  const vnet = vnetFromArm(vnetBody, { exclude: [subnet.name] });
  if (!vnet.ok) return vnet;
  const imported = subnetFromArm(subnet.body, {
    ...(nsg.value === undefined ? {} : { nsg: nsg.value.body }),
    ...(routeTable.value === undefined ? {} : { routeTable: routeTable.value.body }),
  });
  if (!imported.ok) return imported;
  const readNotes = [nsg.note, routeTable.note].filter((note): note is string => note !== undefined);
  const routesUnread = subnet.routeTableId !== undefined && routeTable.value === undefined;
  return {
    ok: true,
    vnet: vnet.value,
    subnet: imported.value,
    egress: { natGatewayRead: true, routes: routesUnread ? 'unread' : 'read' },
    notes: [...vnet.notes, ...readNotes, ...imported.notes],
  };
}
