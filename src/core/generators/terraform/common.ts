import { ref, type HclEntry } from './print.ts';

/** Network resources are written through the provider of the VNet's subscription. */
export const provider: HclEntry = ['provider', ref('azurerm.network')];
/** Network resources live in the VNet's resource group. */
export const group: HclEntry = ['resource_group_name', ref('var.vnet_resource_group')];

/** Terraform address of a resource or data source. */
export const address = (mode: 'resource' | 'data', type: string, name: string) =>
  mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
