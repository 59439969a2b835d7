import * as z from 'zod/mini';
import {
  DATABRICKS_SUBNET_SMALLEST_LENGTH,
  SUBNET_LARGEST_LENGTH,
  SUBNET_SMALLEST_LENGTH,
} from '../../../core/index.ts';
import {
  parseCidr,
  subnetSchema,
  type NetworkSecurityGroup,
  type ResourceMode,
} from '../../../core/index.ts';
import { cidrFieldSchema } from '../vnet/prefixFields.ts';
import type { CapacityView } from './capacityView.ts';

/**
 * One subnet as the form checks it: the plan's schema, with the prefix checked as CIDR straight away. The
 * plan's own transform then resolves the defaults (it can't fail on a value its input schema accepted).
 */
export const subnetFormSchema = z.pipe(
  z.extend(subnetSchema.def.in, { addressPrefix: cidrFieldSchema }),
  z.transform((subnet) => subnetSchema.parse(subnet)),
);

/** What a subnet form edits. */
export type SubnetInput = z.input<typeof subnetFormSchema>;

/** The two Azure Databricks subnets, each checked like a compute subnet. */
export const databricksFormSchema = z.strictObject({
  publicSubnet: subnetFormSchema,
  privateSubnet: subnetFormSchema,
});
export type DatabricksInput = z.input<typeof databricksFormSchema>;

/** The delegation every Azure Databricks subnet needs. */
export const DATABRICKS_DELEGATION = 'Microsoft.Databricks/workspaces';

/**
 * What Azure does for a subnet by mode: a new one is private (no default outbound access, since
 * 31 Mar 2026); an existing one keeps what it has, usually default outbound access on.
 */
export const defaultOutboundFor = (mode: ResourceMode): boolean => mode === 'existing';

/** The NSG choice: none, or a new or existing group. */
export type NsgChoice = 'none' | ResourceMode;

/**
 * The NSG after choosing `choice`, keeping the name and rules of `current` (or of `previous`, the group
 * chosen before "none") so its rules, edited on the Inbound and Outbound steps, are never lost here.
 */
export function nsgFor(
  choice: NsgChoice,
  current: NetworkSecurityGroup | undefined,
  previous: NetworkSecurityGroup | undefined,
  subnetName: string,
): NetworkSecurityGroup | undefined {
  if (choice === 'none') return undefined;
  const base = current ?? previous;
  return base
    ? { ...base, mode: choice }
    : { mode: choice, name: `nsg-${subnetName || 'training'}`.slice(0, 80), securityRules: [] };
}

const clamp = (length: number) => Math.min(SUBNET_SMALLEST_LENGTH, Math.max(SUBNET_LARGEST_LENGTH, length));

/**
 * The prefix length to suggest: the current one when it holds the compute, else the smallest that does;
 * at least /26 for Azure Databricks; /24 when the box holds no valid prefix.
 */
export function wantedLength(prefix: string, view: CapacityView | undefined, databricks: boolean): number {
  const parsed = parseCidr(prefix);
  let length = parsed.ok ? parsed.cidr.length : 24;
  if (view && view.state !== 'fits' && view.fitsLength !== undefined)
    length = Math.min(length, view.fitsLength);
  if (databricks) length = Math.min(length, DATABRICKS_SUBNET_SMALLEST_LENGTH);
  return clamp(length);
}
