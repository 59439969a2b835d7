import type * as z from 'zod/mini';
import {
  attachedComputeNameRule,
  computeNameRule,
  nameProblem,
  type Compute,
  type ComputeKind,
  type computeSchema,
  type Workspace,
} from '../../../core/index.ts';

/** What the compute form edits: the schema's input side (defaults may be missing). */
export type ComputeInput = z.input<typeof computeSchema>;

const DEFAULT_VM_SIZE = 'Standard_DS3_v2';
const SSH_OFF = { enabled: false, port: 22 };
const attachedKinds: ReadonlySet<ComputeKind> = new Set(['databricks', 'virtualMachine', 'hdinsight']);

/** Keeps the previous name when it is valid for the new kind (attached compute has shorter names). */
function carriedName(kind: ComputeKind, previous: unknown, fallback: string): string {
  const rule = attachedKinds.has(kind) ? attachedComputeNameRule : computeNameRule;
  return typeof previous === 'string' && nameProblem(rule, previous) === undefined ? previous : fallback;
}

function resourceId(workspace: Workspace, type: string, name: string): string {
  return `/subscriptions/${workspace.subscriptionId}/resourceGroups/${workspace.resourceGroup}/providers/${type}/${name}`;
}

/**
 * Form values for a newly chosen compute kind: sensible defaults, carrying over what the previous kind had in
 * common (name when valid, VM size, public IP, SSH, region).
 */
export function computeDefaults(
  kind: ComputeKind,
  previous: Partial<ComputeInput>,
  workspace: Workspace,
): ComputeInput {
  const vmSize = 'vmSize' in previous && previous.vmSize ? previous.vmSize : DEFAULT_VM_SIZE;
  const publicIp = 'publicIp' in previous && previous.publicIp === true;
  const ssh = 'ssh' in previous && previous.ssh ? previous.ssh : SSH_OFF;
  const region = previous.region ? { region: previous.region } : {};
  const name = (fallback: string) => carriedName(kind, previous.name, fallback);
  switch (kind) {
    case 'computeCluster':
      return {
        kind,
        name: name('cpu-cluster'),
        ...region,
        vmSize,
        priority: 'dedicated',
        minNodes: 0,
        maxNodes: 4,
        idleSecondsBeforeScaleDown: 120,
        publicIp,
        ssh,
      };
    case 'computeInstance':
      return { kind, name: name('ml-instance'), ...region, vmSize, publicIp, ssh };
    case 'serverless':
      return { kind, ...region, vmSize, maxNodes: 4, publicIp };
    case 'databricks':
      return { kind, name: name('databricks'), ...region, publicIp };
    case 'virtualMachine':
      return {
        kind,
        name: name('train-vm'),
        ...region,
        resourceId: resourceId(workspace, 'Microsoft.Compute/virtualMachines', 'train-vm'),
        os: 'ubuntu-22.04',
        ssh,
      };
    case 'hdinsight':
      return {
        kind,
        name: name('hdinsight'),
        ...region,
        resourceId: resourceId(workspace, 'Microsoft.HDInsight/clusters', 'hdi-cluster'),
        ssh,
      };
  }
}

/** The stored compute as form values: SSH gets its "off" values so the switch has something to show. */
export function computeFormValues(compute: Compute): ComputeInput {
  switch (compute.kind) {
    case 'computeCluster':
    case 'computeInstance':
    case 'virtualMachine':
    case 'hdinsight':
      return { ...compute, ssh: compute.ssh ?? SSH_OFF };
    default:
      return compute;
  }
}

/** The compute as it is stored: SSH switched off is the same as no SSH section. */
export function tidyCompute(compute: Compute): Compute {
  if (!('ssh' in compute) || compute.ssh?.enabled) return compute;
  const { ssh: _off, ...rest } = compute;
  return rest;
}
