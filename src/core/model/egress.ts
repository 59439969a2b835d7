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
});
export type Tunneling = z.infer<typeof tunnelingSchema>;
