import { proveFlows, type FlowProof, type Plan } from '../index.ts';

/**
 * The required flows of a rebuilt plan with their verdicts: the same reachability proof `validate`
 * runs (NSG, routes, way out, name resolution), so the audit computes flows only here.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 */
export function auditFlows(plan: Plan): readonly FlowProof[] {
  return proveFlows(plan).flows;
}
