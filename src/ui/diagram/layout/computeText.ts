import type { Compute, Plan } from '../../../core/index.ts';

/** The compute's title and lines, and one sentence for the text alternative. */
export interface ComputeText {
  readonly title: string;
  readonly lines: readonly string[];
  readonly description: string;
}

const publicIpLine = (publicIp: boolean) => (publicIp ? 'public IP per node' : 'no public IP');

function sshLine(compute: Extract<Compute, { ssh?: unknown }>): string {
  return compute.ssh?.enabled ? `SSH on port ${compute.ssh.port}` : 'SSH off';
}

function computeLines(compute: Compute): { title: string; lines: string[] } {
  switch (compute.kind) {
    case 'computeCluster':
      return {
        title: 'Compute cluster',
        lines: [
          compute.name,
          compute.vmSize,
          `${compute.minNodes}–${compute.maxNodes} nodes`,
          publicIpLine(compute.publicIp),
        ],
      };
    case 'computeInstance':
      return {
        title: 'Compute instance',
        lines: [compute.name, compute.vmSize, publicIpLine(compute.publicIp)],
      };
    case 'serverless':
      return {
        title: 'Serverless compute',
        lines: [
          ...(compute.vmSize ? [compute.vmSize] : []),
          `up to ${compute.maxNodes} nodes`,
          publicIpLine(compute.publicIp),
        ],
      };
    case 'databricks':
      return {
        title: 'Azure Databricks',
        lines: [compute.name, compute.publicIp ? 'public IP per node' : 'no public IP (SCC)'],
      };
    case 'virtualMachine':
      return { title: 'Attached VM', lines: [compute.name, compute.os, sshLine(compute)] };
    case 'hdinsight':
      return { title: 'HDInsight cluster', lines: [compute.name, sshLine(compute)] };
  }
}

/** What the compute box says about the plan's compute. */
export function computeText(plan: Plan): ComputeText {
  const { title, lines } = computeLines(plan.compute);
  return { title, lines, description: `${title}: ${lines.join(', ')}.` };
}
