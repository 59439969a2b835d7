/**
 * One row of traits per compute kind (data only): what the generators and rules need to know about a
 * kind without listing kinds by hand. Adding a kind means one row here plus its printers.
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 * @see https://learn.microsoft.com/azure/templates/microsoft.machinelearningservices/workspaces/computes
 */
import type { ComputeKind } from '../model/index.ts';

/** What one compute kind is and how each format creates it. */
export interface ComputeKindTraits {
  /** Words for file headers and the README. */
  readonly words: string;
  /** Runs in the plan's virtual network (a customer VNet). */
  readonly inVnet: boolean;
  /** The plan chooses public IP or no public IP for it. */
  readonly hasPublicIpMode: boolean;
  /** An existing resource attached to the workspace (not created by Azure Machine Learning). */
  readonly attached: boolean;
  /** Created in (or attached from) the plan's compute subnet; Databricks uses its own two subnets. */
  readonly usesComputeSubnet: boolean;
  /** ARM `properties.computeType` of `workspaces/computes`; absent when there is no compute resource. */
  readonly armComputeType?: 'AmlCompute' | 'ComputeInstance' | 'Databricks' | 'VirtualMachine' | 'HDInsight';
  /** Azure ML Python SDK v2 / CLI v2 can create or attach it (otherwise SDK v1 only, marked legacy). */
  readonly sdkV2: boolean;
  /** Setting on the workspace rather than a compute resource (serverless compute). */
  readonly workspaceSetting: boolean;
  /** Range of the compute name (REQUIREMENTS.md §8); absent when there is no name. */
  readonly nameLength?: { readonly min: number; readonly max: number };
}

/** The traits table. */
export const COMPUTE_KINDS: Readonly<Record<ComputeKind, ComputeKindTraits>> = {
  computeCluster: {
    words: 'compute cluster',
    inVnet: true,
    hasPublicIpMode: true,
    attached: false,
    usesComputeSubnet: true,
    armComputeType: 'AmlCompute',
    sdkV2: true,
    workspaceSetting: false,
    nameLength: { min: 3, max: 24 },
  },
  computeInstance: {
    words: 'compute instance',
    inVnet: true,
    hasPublicIpMode: true,
    attached: false,
    usesComputeSubnet: true,
    armComputeType: 'ComputeInstance',
    sdkV2: true,
    workspaceSetting: false,
    nameLength: { min: 3, max: 24 },
  },
  serverless: {
    words: 'serverless compute',
    inVnet: true,
    hasPublicIpMode: true,
    attached: false,
    usesComputeSubnet: true,
    sdkV2: true,
    workspaceSetting: true,
  },
  databricks: {
    words: 'Azure Databricks (attached)',
    inVnet: true,
    hasPublicIpMode: true,
    attached: true,
    usesComputeSubnet: false,
    armComputeType: 'Databricks',
    sdkV2: false,
    workspaceSetting: false,
    nameLength: { min: 2, max: 16 },
  },
  virtualMachine: {
    words: 'virtual machine (attached)',
    inVnet: true,
    hasPublicIpMode: false,
    attached: true,
    usesComputeSubnet: true,
    armComputeType: 'VirtualMachine',
    sdkV2: true,
    workspaceSetting: false,
    nameLength: { min: 2, max: 16 },
  },
  hdinsight: {
    words: 'HDInsight cluster (attached)',
    inVnet: true,
    hasPublicIpMode: false,
    attached: true,
    usesComputeSubnet: true,
    armComputeType: 'HDInsight',
    sdkV2: false,
    workspaceSetting: false,
    nameLength: { min: 2, max: 16 },
  },
};

/** The traits of a kind. */
export const computeKindTraits = (kind: ComputeKind): ComputeKindTraits => COMPUTE_KINDS[kind];
