/**
 * The DOM id of the control editing the plan field at `path` ("network.subnet.addressPrefix" →
 * "field-network-subnet-addressPrefix"), so a finding can bring a person to it.
 */
export function fieldDomId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
