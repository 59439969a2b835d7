import {
  resolvePrivateConnectivity,
  type HubPeering,
  type Plan,
  type PrivateLink,
} from '../../../core/index.ts';

/** What the core suggests where the person has chosen nothing: the endpoint subnet and the hub peering. */
export interface CoreSuggestions {
  /** The endpoint subnet the core picks (undefined: the VNet has no free space for one). */
  readonly endpointSubnet?: {
    readonly name: string;
    readonly addressPrefix: string;
    readonly mode: 'new' | 'existing';
  };
  readonly peering: HubPeering;
}

const SAMPLE_HUB =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hub/providers/Microsoft.Network/virtualNetworks/hub';

/** The core's defaults for the endpoint subnet and the peering, for the plan's network as it is now. */
export function coreSuggestions(plan: Plan): CoreSuggestions {
  const withLink = (link: PrivateLink) =>
    resolvePrivateConnectivity({
      ...plan,
      workspace: { ...plan.workspace, isolation: 'customerVnet', privateEndpoint: true, privateLink: link },
    });
  const create = withLink({ placement: 'create', dnsZones: [], resourceEndpoints: [] });
  const hub = withLink({ placement: 'hubVnet', hubVnetId: SAMPLE_HUB, dnsZones: [], resourceEndpoints: [] });
  const peering: HubPeering = hub.peering ? (hub.peering.create ? 'create' : 'existing') : 'none';
  return create.endpointSubnet ? { endpointSubnet: create.endpointSubnet, peering } : { peering };
}
