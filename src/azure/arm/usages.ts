import * as z from 'zod/mini';
import { parseBody } from './parseBody.ts';

const usageBody = z.looseObject({
  type: z._default(z.string(), ''),
  currentValue: z.number(),
  limit: z.number(),
  name: z.looseObject({ value: z.string().check(z.minLength(1)), localizedValue: z.optional(z.string()) }),
});

/**
 * One quota bucket of a subscription in a region, as the `locations/{region}/usages` reads list them: an Azure
 * Machine Learning one such as "Standard DSv2 Family Cluster Dedicated vCPUs", or a network one such as
 * "PublicIPAddresses".
 */
export interface ArmUsage {
  /** Azure Machine Learning's kind of bucket (`Microsoft.MachineLearningServices/vmFamily/usages`, …); '' for network. */
  readonly type: string;
  /** The bucket's name, as ARM spells it in `name.value`. */
  readonly name: string;
  readonly current: number;
  /** -1 when the bucket has no limit of its own. */
  readonly limit: number;
}

export function toUsage(body: unknown): ArmUsage {
  const usage = parseBody(usageBody, body, 'a quota usage');
  return { type: usage.type, name: usage.name.value, current: usage.currentValue, limit: usage.limit };
}
