import * as z from 'zod/mini';
import { sshSchema, type Compute, type ComputeKind } from '../../../core/index.ts';

/** The inbound step's fields; names follow `compute` so findings land on them. */
export const inboundFormSchema = z.object({
  publicIp: z.optional(z.boolean()),
  ssh: z.optional(sshSchema),
});
export type InboundInput = z.input<typeof inboundFormSchema>;
export type InboundValues = z.output<typeof inboundFormSchema>;

const SSH_KINDS: ReadonlySet<ComputeKind> = new Set([
  'computeCluster',
  'computeInstance',
  'virtualMachine',
  'hdinsight',
]);
const PUBLIC_IP_KINDS: ReadonlySet<ComputeKind> = new Set([
  'computeCluster',
  'computeInstance',
  'serverless',
]);

/** Kinds whose SSH the plan configures. */
export const kindHasSsh = (kind: ComputeKind): boolean => SSH_KINDS.has(kind);
/** Kinds whose nodes may get public IPs (Azure Databricks calls it secure cluster connectivity, set in Compute). */
export const kindHasPublicIp = (kind: ComputeKind): boolean => PUBLIC_IP_KINDS.has(kind);

/** The form's values for the stored compute; SSH switched off when it has none. */
export function inboundFormValues(compute: Compute): InboundInput {
  return {
    ...(kindHasPublicIp(compute.kind) && 'publicIp' in compute ? { publicIp: compute.publicIp } : {}),
    ...(kindHasSsh(compute.kind)
      ? { ssh: 'ssh' in compute && compute.ssh ? compute.ssh : { enabled: false, port: 22 } }
      : {}),
  };
}

/**
 * The compute with the step's choices applied to the fields its kind has; SSH switched off is stored as no
 * SSH section, as the compute step does.
 */
export function applyInbound(compute: Compute, values: InboundValues): Compute {
  let next: Compute = compute;
  if ('publicIp' in next && values.publicIp !== undefined) next = { ...next, publicIp: values.publicIp };
  if (kindHasSsh(next.kind) && 'ssh' in values) {
    const { ssh: _previous, ...rest } = next as Compute & { ssh?: unknown };
    next = (values.ssh?.enabled ? { ...rest, ssh: values.ssh } : rest) as Compute;
  }
  return next;
}
