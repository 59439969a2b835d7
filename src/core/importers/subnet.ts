import * as z from 'zod/mini';
import { subnetSchema, type NetworkSecurityGroup, type RouteTable, type Subnet } from '../model/index.ts';
import { SHOW_COMMANDS, pasteUnedited, wrongKindMessage, type ImportableKind } from './detect.ts';
import {
  armObject,
  armReference,
  flattenArm,
  isJsonObject,
  parseArmId,
  sameArmId,
  splitPrefixes,
} from './normalize.ts';
import { nsgFromArm } from './nsg.ts';
import {
  describeIssues,
  imported,
  rejected,
  REPORT_INPUT,
  unfit,
  unreadable,
  type ImportResult,
} from './result.ts';
import { routeTableFromArm } from './routeTable.ts';

/** A subnet in either shape; delegations are nested again inside ARM's `properties`. */
export const armSubnetInput = armObject({
  id: z.optional(z.string()),
  name: z.string().check(z.minLength(1)),
  addressPrefix: z.optional(z.string()),
  addressPrefixes: z.optional(z.array(z.string())),
  delegations: z.optional(z.array(armObject({ serviceName: z.string().check(z.minLength(1)) }))),
  networkSecurityGroup: z.optional(armReference),
  routeTable: z.optional(armReference),
  natGateway: z.optional(armReference),
  ipConfigurations: z.optional(z.array(z.unknown())),
  defaultOutboundAccess: z.optional(z.boolean()),
});

export interface SubnetImportOptions {
  /** The pasted output of `az network nsg show` (or ARM body) for the subnet's NSG. */
  readonly nsg?: unknown;
  /** The pasted output of `az network route-table show` (or ARM body) for the subnet's route table. */
  readonly routeTable?: unknown;
}

const WORDS = { nsg: 'network security group', routeTable: 'route table' } as const;
const CONTENTS = { nsg: 'rules', routeTable: 'routes' } as const;

/**
 * The NSG or route table to put on the subnet: the pasted one when it is the one the subnet references;
 * nothing (with a note saying what to paste) when the subnet references one that wasn't pasted.
 */
function attached<T>(
  kind: Extract<ImportableKind, 'nsg' | 'routeTable'>,
  subnetName: string,
  reference: { id: string } | undefined,
  pasted: unknown,
  importer: (json: unknown) => ImportResult<T>,
): ImportResult<T | undefined> {
  const word = WORDS[kind];
  const parts = reference === undefined ? undefined : parseArmId(reference.id);
  const referenced = parts === undefined ? undefined : (parts.name ?? reference?.id);
  const hint = (name: string) =>
    `\`${SHOW_COMMANDS[kind].replace('<name>', name).replace('<rg>', parts?.resourceGroup ?? '<rg>')}\``;
  if (pasted === undefined) {
    if (referenced === undefined) return imported(undefined);
    return imported(undefined, [
      `Subnet "${subnetName}" uses ${word} "${referenced}"; add the output of ${hint(referenced)} to audit its ${CONTENTS[kind]}.`,
    ]);
  }
  const result = importer(pasted);
  if (!result.ok) return result;
  const pastedFields = flattenArm(pasted);
  const pastedId =
    isJsonObject(pastedFields) && typeof pastedFields.id === 'string' ? pastedFields.id : undefined;
  const pastedName = isJsonObject(pastedFields) ? String(pastedFields.name) : word;
  if (reference === undefined || referenced === undefined) {
    return rejected(
      `Subnet "${subnetName}" has no ${word}, so the pasted ${word} "${pastedName}" doesn't apply to it; remove it.`,
    );
  }
  if (pastedId !== undefined && !sameArmId(pastedId, reference.id)) {
    return rejected(
      `The pasted ${word} "${pastedName}" is not the one on subnet "${subnetName}", which uses "${referenced}"; ` +
        `paste the output of ${hint(referenced)}.`,
    );
  }
  return result;
}

/** The plan subnet's fields, before the schema fills defaults. */
function planSubnet(
  subnet: z.output<typeof armSubnetInput>,
  addressPrefix: string,
  nsg: NetworkSecurityGroup | undefined,
  routeTable: RouteTable | undefined,
) {
  return {
    mode: 'existing',
    name: subnet.name,
    addressPrefix,
    usedAddresses: subnet.ipConfigurations?.length ?? 0,
    delegations: (subnet.delegations ?? []).map((delegation) => delegation.serviceName),
    ...(subnet.defaultOutboundAccess === undefined
      ? {}
      : { defaultOutboundAccess: subnet.defaultOutboundAccess }),
    natGateway: subnet.natGateway !== undefined,
    ...(nsg === undefined ? {} : { networkSecurityGroup: nsg }),
    ...(routeTable === undefined ? {} : { routeTable }),
  };
}

/**
 * The plan's `network.subnet` (mode `existing`) from the output of `az network vnet subnet show -o json` or an
 * ARM REST body, with its NSG and route table when their documents are given: the prefix, addresses in use
 * (one per IP configuration), delegations, default outbound access and whether a NAT gateway is attached.
 * An existing subnet's settings must be carried into any update, or ARM drops them (REQUIREMENTS §11).
 * @see https://learn.microsoft.com/cli/azure/network/vnet/subnet#az-network-vnet-subnet-show
 * @see https://learn.microsoft.com/rest/api/virtualnetwork/subnets/get
 */
export function subnetFromArm(json: unknown, options: SubnetImportOptions = {}): ImportResult<Subnet> {
  const wrongKind = wrongKindMessage(json, 'subnet');
  if (wrongKind !== undefined) return rejected(wrongKind);
  const parsed = armSubnetInput.safeParse(json, REPORT_INPUT);
  if (!parsed.success)
    return rejected(describeIssues(unreadable('subnet'), parsed.error, pasteUnedited('subnet')));
  const subnet = parsed.data;
  const prefixes = splitPrefixes(subnet.addressPrefix, subnet.addressPrefixes);
  const [addressPrefix, ...extra] = prefixes.ipv4;
  if (addressPrefix === undefined) {
    return rejected(
      `Subnet "${subnet.name}" has no IPv4 address prefix; this wizard plans IPv4 subnets only.`,
    );
  }
  const nsg = attached<NetworkSecurityGroup>(
    'nsg',
    subnet.name,
    subnet.networkSecurityGroup,
    options.nsg,
    nsgFromArm,
  );
  if (!nsg.ok) return nsg;
  const routeTable = attached<RouteTable>(
    'routeTable',
    subnet.name,
    subnet.routeTable,
    options.routeTable,
    routeTableFromArm,
  );
  if (!routeTable.ok) return routeTable;
  const result = subnetSchema.safeParse(
    planSubnet(subnet, addressPrefix, nsg.value, routeTable.value),
    REPORT_INPUT,
  );
  if (!result.success) return rejected(describeIssues(unfit('subnet', subnet.name), result.error));
  const skipped = [...extra, ...prefixes.ipv6];
  const prefixNote =
    skipped.length > 0 ? [`Only the prefix ${addressPrefix} is checked; ${skipped.join(', ')} is not.`] : [];
  return imported(result.data, [...prefixNote, ...nsg.notes, ...routeTable.notes]);
}
