import * as z from 'zod/mini';
import { regionSchema, subscriptionIdSchema } from './common.ts';
import { nameSchema, resourceGroupNameRule, workspaceNameRule } from './names.ts';

export const isolationSchema = z.enum(['customerVnet', 'managedVnet']);
export type Isolation = z.infer<typeof isolationSchema>;

export const managedNetworkModeSchema = z.enum(['allowInternetOutbound', 'allowOnlyApprovedOutbound']);
export type ManagedNetworkMode = z.infer<typeof managedNetworkModeSchema>;

/** The Azure Machine Learning workspace the compute belongs to. */
export const workspaceSchema = z.strictObject({
  name: nameSchema(workspaceNameRule),
  subscriptionId: subscriptionIdSchema,
  resourceGroup: nameSchema(resourceGroupNameRule),
  region: regionSchema,
  isolation: isolationSchema,
  managedNetworkMode: z.optional(managedNetworkModeSchema).check(
    z.meta({
      description: 'Only for isolation "managedVnet": which outbound traffic the managed network allows.',
    }),
  ),
  privateEndpoint: z
    ._default(z.boolean(), false)
    .check(
      z.meta({ description: 'The workspace is reachable through a private endpoint from the compute VNet.' }),
    ),
  storageInVnet: z
    ._default(z.boolean(), false)
    .check(z.meta({ description: 'The default storage account is secured behind a virtual network.' })),
  hbi: z._default(z.boolean(), false).check(z.meta({ description: 'High business impact workspace.' })),
});
export type Workspace = z.infer<typeof workspaceSchema>;
