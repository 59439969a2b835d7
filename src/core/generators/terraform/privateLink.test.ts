import { describe, expect, it } from 'vitest';
import { buildModel } from '../../resources/index.ts';
import { parseTerraform } from '../../../../test/helpers/generators/parsers.ts';
import { planOf, scenarioPlan } from '../../../../test/helpers/generators/scenarios.ts';
import { terraformFile } from './main.ts';

type Json = Record<string, unknown>;
type Blocks = Record<string, Record<string, Json[]>>;

const ZONES =
  '/subscriptions/99999999-8888-7777-6666-555555555555/resourceGroups/dns-rg/providers/Microsoft.Network/privateDnsZones';

/** A scenario's plan with `change` applied to its raw form. */
function planFrom(name: string, change: (raw: { workspace: Json; network: { vnet: Json } }) => void) {
  const raw = structuredClone(scenarioPlan(name)) as unknown as { workspace: Json; network: { vnet: Json } };
  change(raw);
  return planOf(raw);
}

async function mainTf(plan: ReturnType<typeof planOf>): Promise<{ resource: Blocks; data: Blocks }> {
  const { json, problems } = await parseTerraform(terraformFile(buildModel(plan)).content);
  expect(problems).toEqual([]);
  return { resource: (json?.resource ?? {}) as Blocks, data: (json?.data ?? {}) as Blocks };
}

describe('Terraform private connectivity', () => {
  it('attached compute in an unchanged VNet still gets the endpoint the plan asks for', async () => {
    const plan = planFrom('virtual-machine', (raw) => {
      raw.workspace.privateLink = { placement: 'create' };
    });
    const { resource } = await mainTf(plan);
    const endpoint = resource.azurerm_private_endpoint?.contoso_ml_pe?.[0];
    expect(endpoint?.provider).toBe('${azurerm.network}');
    expect(endpoint?.subnet_id).toBe('${azurerm_subnet.private_endpoints.id}');
    expect(resource.azapi_resource?.attach?.[0]?.depends_on).toContain(
      '${azurerm_private_endpoint.contoso_ml_pe}',
    );
  });

  it('an existing endpoint subnet is read, not created', async () => {
    const plan = planFrom('hub-and-spoke', (raw) => {
      raw.workspace.privateLink = { placement: 'create' };
      (raw.network.vnet.otherSubnets as Json[]).push({
        name: 'private-endpoints',
        addressPrefix: '10.20.9.0/27',
      });
    });
    const { resource, data } = await mainTf(plan);
    expect(data.azurerm_subnet?.private_endpoints?.[0]?.name).toBe('private-endpoints');
    expect(resource.azurerm_subnet?.private_endpoints).toBeUndefined();
    expect(resource.azurerm_private_endpoint?.contoso_ml_pe?.[0]?.subnet_id).toBe(
      '${data.azurerm_subnet.private_endpoints.id}',
    );
  });

  it('existing zones are referred to by id and never recreated', async () => {
    const plan = planFrom('new-vnet-private-endpoint', (raw) => {
      (raw.workspace.privateLink as Json).dnsZones = [
        { id: `${ZONES}/privatelink.api.azureml.ms`, linked: true },
        { id: `${ZONES}/privatelink.notebooks.azure.net`, linked: true },
      ];
    });
    const { resource } = await mainTf(plan);
    expect(resource.azurerm_private_dns_zone).toBeUndefined();
    expect(resource.azurerm_private_dns_zone_virtual_network_link).toBeUndefined();
    const group = (
      resource.azurerm_private_endpoint?.contoso_ml_pe?.[0]?.private_dns_zone_group as Json[]
    )[0];
    expect(group?.private_dns_zone_ids).toEqual([
      `${ZONES}/privatelink.api.azureml.ms`,
      `${ZONES}/privatelink.notebooks.azure.net`,
    ]);
  });
});
