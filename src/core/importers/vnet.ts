import * as z from 'zod/mini';
import { subscriptionIdSchema, vnetSchema, type Vnet } from '../model/index.ts';
import { SHOW_COMMANDS, pasteUnedited, wrongKindMessage } from './detect.ts';
import { armObject, normalizeRegion, parseArmId, splitPrefixes } from './normalize.ts';
import {
  describeIssues,
  imported,
  rejected,
  REPORT_INPUT,
  unfit,
  unreadable,
  type ImportResult,
} from './result.ts';

const armSubnetSummary = armObject({
  name: z.string().check(z.minLength(1)),
  addressPrefix: z.optional(z.string()),
  addressPrefixes: z.optional(z.array(z.string())),
});

/** A virtual network in either shape (`az` adds `resourceGroup`; ARM only has it inside `id`). */
export const armVnetInput = armObject({
  id: z.optional(z.string()),
  name: z.string().check(z.minLength(1)),
  location: z.string().check(z.minLength(1)),
  resourceGroup: z.optional(z.string()),
  addressSpace: z.looseObject({ addressPrefixes: z.optional(z.array(z.string())) }),
  dhcpOptions: z.optional(z.looseObject({ dnsServers: z.optional(z.array(z.string())) })),
  subnets: z.optional(z.array(armSubnetSummary)),
});

export interface VnetImportOptions {
  /** Subnets the plan describes itself (the compute subnet), left out of `otherSubnets`; case-insensitive. */
  readonly exclude?: readonly string[];
}

type OtherSubnet = Vnet['otherSubnets'][number];

/** One `otherSubnets` entry per IPv4 prefix of every subnet not excluded, with notes on what was skipped. */
function otherSubnets(subnets: readonly z.output<typeof armSubnetSummary>[], exclude: readonly string[]) {
  const skip = new Set(exclude.map((name) => name.toLowerCase()));
  const entries: OtherSubnet[] = [];
  const notes: string[] = [];
  for (const subnet of subnets) {
    if (skip.has(subnet.name.toLowerCase())) continue;
    const { ipv4 } = splitPrefixes(subnet.addressPrefix, subnet.addressPrefixes);
    if (ipv4.length === 0)
      notes.push(`Subnet "${subnet.name}" has no IPv4 prefix, so overlap checks ignore it.`);
    for (const addressPrefix of ipv4) entries.push({ name: subnet.name, addressPrefix });
  }
  return { entries, notes };
}

/**
 * The plan's `network.vnet` (mode `existing`) from the output of `az network vnet show -o json` or an ARM
 * REST body: resource group and subscription from the id, IPv4 address spaces, DNS servers and the other
 * subnets (for overlap checks). IPv6 prefixes of dual-stack networks are skipped with a note.
 * @see https://learn.microsoft.com/cli/azure/network/vnet#az-network-vnet-show
 * @see https://learn.microsoft.com/rest/api/virtualnetwork/virtual-networks/get
 */
export function vnetFromArm(json: unknown, options: VnetImportOptions = {}): ImportResult<Vnet> {
  const wrongKind = wrongKindMessage(json, 'vnet');
  if (wrongKind !== undefined) return rejected(wrongKind);
  const parsed = armVnetInput.safeParse(json, REPORT_INPUT);
  if (!parsed.success)
    return rejected(describeIssues(unreadable('virtual network'), parsed.error, pasteUnedited('vnet')));
  const vnet = parsed.data;
  const idParts = vnet.id === undefined ? {} : parseArmId(vnet.id);
  const resourceGroup = idParts.resourceGroup ?? vnet.resourceGroup;
  if (resourceGroup === undefined) {
    return rejected(
      `The virtual network "${vnet.name}" has no resource id, so its resource group is unknown; ` +
        `paste the unedited output of \`${SHOW_COMMANDS.vnet}\`.`,
    );
  }
  const space = splitPrefixes(undefined, vnet.addressSpace.addressPrefixes);
  if (space.ipv4.length === 0) {
    return rejected(
      `The virtual network "${vnet.name}" has no IPv4 address space; this wizard plans IPv4 subnets only.`,
    );
  }
  const others = otherSubnets(vnet.subnets ?? [], options.exclude ?? []);
  const subscriptionId = subscriptionIdSchema.safeParse(idParts.subscriptionId);
  const result = vnetSchema.safeParse(
    {
      mode: 'existing',
      ...(subscriptionId.success ? { subscriptionId: subscriptionId.data } : {}),
      resourceGroup,
      name: vnet.name,
      region: normalizeRegion(vnet.location),
      addressSpace: space.ipv4,
      dnsServers: vnet.dhcpOptions?.dnsServers ?? [],
      otherSubnets: others.entries,
    },
    REPORT_INPUT,
  );
  if (!result.success) return rejected(describeIssues(unfit('virtual network', vnet.name), result.error));
  const ipv6Note =
    space.ipv6.length > 0 ? [`IPv6 address space ${space.ipv6.join(', ')} is not checked.`] : [];
  return imported(result.data, [...ipv6Note, ...others.notes]);
}
