import * as z from 'zod/mini';
import { networkSecurityGroupSchema, type NetworkSecurityGroup } from '../model/index.ts';
import { pasteUnedited, wrongKindMessage } from './detect.ts';
import { legacyBatchInboundRules } from './legacyRules.ts';
import { armObject } from './normalize.ts';
import {
  describeIssues,
  imported,
  rejected,
  REPORT_INPUT,
  unfit,
  unreadable,
  type ImportResult,
} from './result.ts';
import { armSecurityRuleInput, checkPlanRules, toPlanSecurityRule } from './securityRule.ts';

/** A network security group in either shape; `defaultSecurityRules` are implied by Azure and not read. */
export const armNsgInput = armObject({
  id: z.optional(z.string()),
  name: z.string().check(z.minLength(1)),
  securityRules: z.optional(z.array(armSecurityRuleInput)),
});

/**
 * The plan's `networkSecurityGroup` (mode `existing`) from the output of `az network nsg show -o json`
 * or an ARM REST body. Notes name rules that are no longer needed.
 * @see https://learn.microsoft.com/cli/azure/network/nsg#az-network-nsg-show
 * @see https://learn.microsoft.com/rest/api/virtualnetwork/network-security-groups/get
 */
export function nsgFromArm(json: unknown): ImportResult<NetworkSecurityGroup> {
  const wrongKind = wrongKindMessage(json, 'nsg');
  if (wrongKind !== undefined) return rejected(wrongKind);
  const parsed = armNsgInput.safeParse(json, REPORT_INPUT);
  if (!parsed.success)
    return rejected(describeIssues(unreadable('network security group'), parsed.error, pasteUnedited('nsg')));
  const { name } = parsed.data;
  const securityRules = (parsed.data.securityRules ?? []).map(toPlanSecurityRule);
  const ruleProblem = checkPlanRules(securityRules, `network security group "${name}"`);
  if (ruleProblem !== undefined) return rejected(ruleProblem);
  const result = networkSecurityGroupSchema.safeParse(
    { mode: 'existing', name, securityRules },
    REPORT_INPUT,
  );
  if (!result.success) return rejected(describeIssues(unfit('network security group', name), result.error));
  const notes = legacyBatchInboundRules(result.data.securityRules).map((legacy) => legacy.message);
  return imported(result.data, notes);
}
