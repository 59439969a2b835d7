import { catalogRules } from './catalog.ts';
import { correctionRules } from './corrections.ts';
import { databricksRules } from './databricks.ts';
import { egressRules } from './egress.ts';
import { inboundRules } from './inbound.ts';
import { managedRules } from './managed.ts';
import { outboundRules } from './outbound.ts';
import { placementRules } from './placement.ts';
import { privateConnectivityRules } from './privateConnectivity.ts';
import { serviceTagsRules } from './serviceTags.ts';
import { subnetRules } from './subnet.ts';
import type { Rule } from './types.ts';

/** Every rule, by family in the order of REQUIREMENTS.md. */
export const allRules: readonly Rule[] = [
  ...placementRules,
  ...subnetRules,
  ...inboundRules,
  ...outboundRules,
  ...egressRules,
  ...correctionRules,
  ...serviceTagsRules,
  ...databricksRules,
  ...managedRules,
  ...privateConnectivityRules,
  ...catalogRules,
];
