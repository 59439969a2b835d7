import { z } from 'zod';

/** Outbound restriction and the situational service tags it allows. */
export const outboundSchema = z.strictObject({
  restrict: z
    .boolean()
    .default(false)
    .meta({ description: 'Deny general internet outbound and allow only the required service tags.' }),
  microsoftImages: z.boolean().default(true).meta({
    description:
      'Microsoft default Docker images: allow MicrosoftContainerRegistry and AzureFrontDoor.FirstParty.',
  }),
  azureMonitor: z.boolean().default(false),
  storageFileShares: z.boolean().default(false).meta({ description: 'Storage.<region> TCP 445.' }),
  publicContainerRegistry: z
    .boolean()
    .default(false)
    .meta({ description: 'AzureContainerRegistry.<region>.' }),
});
export type Outbound = z.infer<typeof outboundSchema>;

export const tunnelingModeSchema = z.enum(['none', 'natGateway', 'userDefinedRoutes']);
export type TunnelingMode = z.infer<typeof tunnelingModeSchema>;

/** How the compute subnet reaches the internet. */
export const tunnelingSchema = z.strictObject({
  mode: tunnelingModeSchema.default('none'),
  applianceIp: z
    .string()
    .optional()
    .meta({ description: 'userDefinedRoutes: next hop of 0.0.0.0/0 (firewall or NVA private IP).' }),
  routeTargets: z
    .enum(['serviceTags', 'ipPrefixes'])
    .default('serviceTags')
    .meta({ description: 'userDefinedRoutes: route service tags, or IP prefixes from a Service Tags file.' }),
  routeBatchNodeManagement: z
    .boolean()
    .default(true)
    .meta({ description: 'Also send BatchNodeManagement.<region> to Internet (2020 guidance).' }),
  natIdleTimeoutMinutes: z.number().int().min(4).max(120).optional().meta({
    description:
      'natGateway: minutes an idle TCP connection is kept, 4 to 120 (Azure default 4 when omitted).',
  }),
  natPublicIpPrefixLength: z
    .number()
    .int()
    .min(28)
    .max(31)
    .optional()
    .meta({
      description:
        'natGateway: give the NAT gateway a public IP prefix of this length (/28 to /31) instead of one static ' +
        'public IP address, for more outbound addresses and SNAT ports. Omitted: one Standard static public IP.',
    }),
});
export type Tunneling = z.infer<typeof tunnelingSchema>;
