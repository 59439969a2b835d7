import * as z from 'zod/mini';
import { API_VERSIONS } from './apiVersions.ts';
import type { ArmList, ArmReader, ReadOptions } from './client.ts';
import { parseBody } from './parseBody.ts';
import { requireSubscriptionId } from './resourceIds.ts';
import { toUsage, type ArmUsage } from './usages.ts';

const vmSizeBody = z.looseObject({
  name: z.string().check(z.minLength(1)),
  family: z._default(z.string(), ''),
  vCPUs: z.number(),
  lowPriorityCapable: z._default(z.boolean(), false),
  supportedComputeTypes: z._default(z.array(z.string()), []),
});

/** A VM size Azure Machine Learning offers in a region, with the quota family it counts against. */
export interface ArmMlVmSize {
  /** `Standard_DS3_v2`. */
  readonly name: string;
  /** `standardDSv2Family`. */
  readonly family: string;
  readonly vCPUs: number;
  readonly lowPriorityCapable: boolean;
  /** `AmlCompute` (clusters), `ComputeInstance`, … */
  readonly supportedComputeTypes: readonly string[];
}

const locationPath = (subscriptionId: string, region: string, what: string) =>
  `/subscriptions/${requireSubscriptionId(subscriptionId)}/providers/Microsoft.MachineLearningServices/locations/${region}/${what}`;

/**
 * Azure Machine Learning's quota reads for a subscription and region.
 * @see https://learn.microsoft.com/rest/api/azureml/usages/list
 * @see https://learn.microsoft.com/rest/api/azureml/virtual-machine-sizes/list
 */
export function machineLearningReads(reader: ArmReader) {
  return {
    async listMlUsages(
      subscriptionId: string,
      region: string,
      options?: ReadOptions,
    ): Promise<ArmList<ArmUsage>> {
      const path = locationPath(subscriptionId, region, 'usages');
      const { items, truncated } = await reader.list(path, API_VERSIONS.machineLearning, options);
      return { items: items.map(toUsage), truncated };
    },
    async listMlVmSizes(
      subscriptionId: string,
      region: string,
      options?: ReadOptions,
    ): Promise<ArmList<ArmMlVmSize>> {
      const path = locationPath(subscriptionId, region, 'vmSizes');
      const { items, truncated } = await reader.list(path, API_VERSIONS.machineLearning, options);
      return { items: items.map((item) => parseBody(vmSizeBody, item, 'a VM size')), truncated };
    },
  };
}
