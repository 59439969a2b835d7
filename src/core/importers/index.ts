/** Pasted `az network … show` output and ARM REST bodies → plan pieces. Helpers stay internal. */
export {
  detectArmJson,
  parseArmText,
  MAX_ARM_JSON_BYTES,
  SHOW_COMMANDS,
  type ArmDetection,
  type ArmDocumentKind,
  type ArmTextResult,
  type ImportableKind,
} from './detect.ts';
export { legacyBatchInboundRules, type LegacyRule } from './legacyRules.ts';
export { nsgFromArm } from './nsg.ts';
export type { ImportResult } from './result.ts';
export { routeTableFromArm } from './routeTable.ts';
export { subnetFromArm, type SubnetImportOptions } from './subnet.ts';
export { vnetFromArm, type VnetImportOptions } from './vnet.ts';
export { readPasted, type PastedSet, type PastedText, type Understood } from './pastedDocuments.ts';
export { planFromPasted, type PastedPlan } from './pastedPlan.ts';
export {
  privateDnsLinkFromArm,
  privateDnsZoneFromArm,
  privateEndpointFromArm,
  type PastedEndpoint,
  type PastedLink,
} from './privateLink.ts';
export { withPastedPrivateLink, type PastedPrivateLink } from './privateLinkPlan.ts';
export { tunnelingFromSubnet, type EgressEvidence } from './tunneling.ts';
