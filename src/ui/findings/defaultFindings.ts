import { findings, planJson } from 'virtual:default-findings';
import type { Finding, Plan, ServiceTagsInput } from '../../core/index.ts';

/**
 * The findings of `plan` known without the engine: those computed at build time for the plan a new visitor
 * starts from, while the plan is still exactly that one and no Service Tags file is in play; otherwise undefined.
 */
export function knownFindings(plan: Plan, serviceTags?: ServiceTagsInput): readonly Finding[] | undefined {
  if (serviceTags) return undefined;
  return JSON.stringify(plan) === planJson ? findings : undefined;
}
