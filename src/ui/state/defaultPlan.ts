import example from '../../../examples/compute-cluster.plan.json' with { type: 'json' };
import { parsePlan, type Plan } from '../../core/index.ts';

/**
 * The plan a new visitor starts from: the compute cluster example (a new subnet with its own NSG in an
 * existing VNet, restricted outbound through a NAT gateway), without the editor-only `$schema` link.
 */
export function createDefaultPlan(): Plan {
  const { $schema: _editorLink, ...raw } = example;
  const result = parsePlan(raw);
  if (!result.ok) throw new Error('The bundled example plan must be valid.');
  return result.plan;
}
