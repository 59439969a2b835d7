import * as z from 'zod/mini';

/** Outbound restriction and the situational service tags it allows. */
export const outboundSchema = z.strictObject({
  restrict: z
    ._default(z.boolean(), false)
    .check(
      z.meta({ description: 'Deny general internet outbound and allow only the required service tags.' }),
    ),
  microsoftImages: z._default(z.boolean(), true).check(
    z.meta({
      description:
        'Microsoft default Docker images: allow MicrosoftContainerRegistry and AzureFrontDoor.FirstParty.',
    }),
  ),
  azureMonitor: z._default(z.boolean(), true).check(
    z.meta({
      description:
        'AzureMonitor TCP 443. On by default: monitoring needs it unless Azure Monitor is reached through Private Link.',
    }),
  ),
  azureMonitorPrivateLink: z._default(z.boolean(), false).check(
    z.meta({
      description:
        'Azure Monitor is reached through an Azure Monitor Private Link Scope from the compute VNet, so the AzureMonitor tag is not needed.',
    }),
  ),
  storageFileShares: z._default(z.boolean(), false).check(
    z.meta({
      description:
        "Storage.<workspace region> TCP 445 for Azure Files. A compute instance needs it for the workspace's file share whenever storage isn't in the VNet.",
    }),
  ),
  publicContainerRegistry: z._default(z.boolean(), true).check(
    z.meta({
      description:
        "AzureContainerRegistry.<workspace region>. On by default: job submission and custom images use the workspace's registry.",
    }),
  ),
  containerRegistryPrivateEndpoint: z._default(z.boolean(), false).check(
    z.meta({
      description:
        "The workspace's container registry has a private endpoint reachable from the compute VNet, so its public tag is not needed.",
    }),
  ),
});
export type Outbound = z.infer<typeof outboundSchema>;

export const tunnelingModeSchema = z.enum(['none', 'natGateway', 'userDefinedRoutes']);
export type TunnelingMode = z.infer<typeof tunnelingModeSchema>;

/** How the compute subnet reaches the internet. */
export const tunnelingSchema = z.strictObject({
  mode: z._default(tunnelingModeSchema, 'none'),
  applianceIp: z
    .optional(z.string())
    .check(z.meta({ description: 'userDefinedRoutes: next hop of 0.0.0.0/0 (firewall or NVA private IP).' })),
  routeTargets: z._default(z.enum(['serviceTags', 'ipPrefixes']), 'serviceTags').check(
    z.meta({
      description: 'userDefinedRoutes: route service tags, or IP prefixes from a Service Tags file.',
    }),
  ),
  routeBatchNodeManagement: z
    ._default(z.boolean(), true)
    .check(z.meta({ description: 'Also send BatchNodeManagement.<region> to Internet (2020 guidance).' })),
  natIdleTimeoutMinutes: z.optional(z.number().check(z.int(), z.gte(4), z.lte(120))).check(
    z.meta({
      description:
        'natGateway: minutes an idle TCP connection is kept, 4 to 120 (Azure default 4 when omitted).',
    }),
  ),
  natPublicIpPrefixLength: z.optional(z.number().check(z.int(), z.gte(28), z.lte(31))).check(
    z.meta({
      description:
        'natGateway: give the NAT gateway a public IP prefix of this length (/28 to /31) instead of one static ' +
        'public IP address, for more outbound addresses and SNAT ports. Omitted: one Standard static public IP.',
    }),
  ),
});
export type Tunneling = z.infer<typeof tunnelingSchema>;
