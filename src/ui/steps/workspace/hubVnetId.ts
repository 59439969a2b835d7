const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VNET_ID_EXAMPLE =
  '/subscriptions/<subscription id>/resourceGroups/<group>/providers/Microsoft.Network/virtualNetworks/<name>';

/**
 * What is wrong with a hub VNet resource id the plan's check (`vnetIdSchema`) rejected, and what to do
 * about it: which part is off. The check itself stays with the form's schema.
 */
export function hubVnetIdProblem(text: string): string {
  const id = text.trim();
  if (id === '') {
    return `Enter the hub VNet’s resource id, ${VNET_ID_EXAMPLE}. The portal shows it as Resource ID under the VNet’s Properties.`;
  }
  if (!/^\/subscriptions\//i.test(id)) {
    return `This is not a resource id: one starts with /subscriptions/. Paste the whole id, ${VNET_ID_EXAMPLE}.`;
  }
  const [, , subscription = '', groups = '', group = '', providers = ''] = id.split('/');
  if (!GUID.test(subscription)) {
    return `"${subscription}" is not a subscription id; the part after /subscriptions/ is a GUID such as 11111111-2222-3333-4444-555555555555.`;
  }
  if (groups.toLowerCase() !== 'resourcegroups' || group === '' || providers.toLowerCase() !== 'providers') {
    return `The id must go on with /resourceGroups/<group>/providers/ after the subscription: ${VNET_ID_EXAMPLE}.`;
  }
  if (/\/virtualNetworks\/[^/]+\/subnets(\/|$)/i.test(id)) {
    return 'This is the id of a subnet. Remove /subnets/… from the end to get the virtual network’s id.';
  }
  if (/\/virtualNetworks\/[^/]+\/.+/i.test(id)) {
    return 'This id points inside a virtual network. Remove everything after the VNet’s name.';
  }
  return `This is not a virtual network’s id. It must end in /providers/Microsoft.Network/virtualNetworks/<name>.`;
}
