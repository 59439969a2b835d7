import { simulateFlows, type FlowVerdict, type Plan } from '../index.ts';

/**
 * The required flows of a rebuilt plan with their verdicts. The audit computes flows only here, so a
 * stronger reachability proof can replace the NSG simulation in one place.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-access-azureml-behind-firewall
 */
export function auditFlows(plan: Plan): readonly FlowVerdict[] {
  return simulateFlows(plan).flows;
}
