import * as z from 'zod/mini';
import { regionSchema, subscriptionIdSchema } from './common.ts';
import { nameSchema, resourceGroupNameRule, workspaceNameRule } from './names.ts';
import { privateLinkSchema } from './privateLink.ts';

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
  privateEndpoint: z._default(z.boolean(), false).check(
    z.meta({
      description:
        'The compute reaches the workspace through a private endpoint (existing, or created by the bundle). Set to true whenever "privateLink" is given, and by default for compute without public IPs in a VNet the plan creates.',
    }),
  ),
  privateLink: z.optional(privateLinkSchema).check(
    z.meta({
      description:
        'Where the workspace private endpoint is, its private DNS zones, and endpoints for the workspace resources.',
    }),
  ),
  storageInVnet: z
    ._default(z.boolean(), false)
    .check(z.meta({ description: 'The default storage account is secured behind a virtual network.' })),
  hbi: z._default(z.boolean(), false).check(z.meta({ description: 'High business impact workspace.' })),
});
export type Workspace = z.infer<typeof workspaceSchema>;
