import { DOCS } from '../catalog/docs.ts';
import { LEGACY_BATCH_PORTS } from '../catalog/flows.ts';
import {
  DEFAULT_SSH_SOURCE,
  blockedFlows,
  blockedMessage,
  blockedPath,
  parseRule,
  simulateFlows,
  type SourcedRule,
  NSG_RULES_PATH,
} from '../flows/index.ts';
import type { Plan } from '../model/index.ts';
import type { FindingDraft, Rule } from './types.ts';

/** Findings for the blocked flows of one catalogue entry: denied = the rule's severity, unknown = warning. */
function blockedSpec(plan: Plan, specId: string): FindingDraft[] {
  return blockedFlows(plan, (flow) => flow.specId === specId).map((group) => ({
    path: blockedPath(group),
    message: blockedMessage(group),
    ...(group.result === 'unknown' ? { severity: 'warning' as const } : {}),
  }));
}

const customerVnet = (plan: Plan) => plan.workspace.isolation === 'customerVnet';
const sshOf = (plan: Plan) => ('ssh' in plan.compute ? plan.compute.ssh : undefined);
const OPEN_SOURCES = new Set(['*', 'any', 'internet', '0.0.0.0/0']);

/** True when a rule is inbound from the Batch tag to one of the legacy Batch ports. */
function isLegacyBatchRule({ rule, parsed }: SourcedRule): boolean {
  if (rule.properties.direction !== 'Inbound') return false;
  const result = parsed ?? parseRule(rule);
  if (!result.ok || result.rule.source === 'asg') return false;
  const batch = LEGACY_BATCH_PORTS.tag.toLowerCase();
  const fromBatch = result.rule.source.some((a) => a.kind === 'tag' && a.tag.split('.')[0] === batch);
  const { first, last } = LEGACY_BATCH_PORTS;
  return fromBatch && result.rule.destinationPorts.some((r) => r.first <= last && first <= r.last);
}

function legacyBatch(plan: Plan): FindingDraft[] {
  return simulateFlows(plan)
    .rules.filter((sourced) => sourced.origin === 'existing' && isLegacyBatchRule(sourced))
    .map(({ rule, path }) => ({
      path: path ?? NSG_RULES_PATH,
      message: `Rule "${rule.name}" allows TCP 29876–29877 from BatchNodeManagement, which the 2020 guidance required. Azure Machine Learning compute no longer needs it (Batch simplified node communication; classic mode retired 31 March 2026): you can remove it.`,
    }));
}

/** Inbound requirements (REQUIREMENTS.md §3). */
export const inboundRules: readonly Rule[] = [
  {
    id: 'pip-inbound-44224',
    severity: 'error',
    docUrl: DOCS.firewall,
    kinds: ['computeCluster', 'computeInstance'],
    title: 'Compute with public IPs needs inbound TCP 44224 from AzureMachineLearning.',
    check: (plan) => blockedSpec(plan, 'in-aml-44224'),
  },
  {
    id: 'batch-inbound-legacy',
    severity: 'info',
    docUrl: DOCS.firewall,
    kinds: ['computeCluster', 'computeInstance'],
    title: 'Inbound TCP 29876–29877 from BatchNodeManagement is no longer needed.',
    check: legacyBatch,
  },
  {
    id: 'npip-no-inbound',
    severity: 'info',
    docUrl: DOCS.secureTraining,
    kinds: ['computeCluster', 'computeInstance', 'serverless'],
    title: 'Compute without public IPs needs no inbound rules.',
    check: (plan) =>
      customerVnet(plan) && 'publicIp' in plan.compute && !plan.compute.publicIp
        ? [
            {
              path: 'compute.publicIp',
              message:
                'Without public IPs the compute needs no inbound rules, and Azure creates no NSG, load balancer or public IP in your resource group for it.',
            },
          ]
        : [],
  },
  {
    id: 'ssh-optional',
    severity: 'info',
    docUrl: DOCS.secureTraining,
    kinds: ['computeCluster', 'computeInstance'],
    title: 'SSH is optional and fixed at creation.',
    check: (plan) => {
      const ssh = sshOf(plan);
      if (!ssh?.enabled) return [];
      const source = ssh.sourceAddressPrefix
        ? `from ${ssh.sourceAddressPrefix}`
        : `from ${DEFAULT_SSH_SOURCE} only, because no source is given (set compute.ssh.sourceAddressPrefix to change it)`;
      return [
        {
          path: 'compute.ssh.enabled',
          message: `SSH (TCP ${ssh.port}) is optional and off by default, and can't be turned on or off after the compute is created. The plan allows it ${source}.`,
        },
      ];
    },
  },
  {
    id: 'ssh-open-world',
    severity: 'warning',
    docUrl: DOCS.secureTraining,
    kinds: ['computeCluster', 'computeInstance', 'virtualMachine'],
    title: 'SSH open to the whole internet.',
    check: (plan) => {
      const ssh = sshOf(plan);
      const source = ssh?.sourceAddressPrefix?.trim().toLowerCase();
      if (!ssh?.enabled || source === undefined || !OPEN_SOURCES.has(source)) return [];
      return [
        {
          path: 'compute.ssh.sourceAddressPrefix',
          message: `SSH is open to the whole internet ("${ssh.sourceAddressPrefix}"). Restrict it to your network's address range, such as 203.0.113.0/24.`,
        },
      ];
    },
  },
  {
    id: 'attach-ssh-from-aml',
    severity: 'error',
    docUrl: DOCS.secureTraining,
    kinds: ['virtualMachine', 'hdinsight'],
    title: 'Attached compute needs inbound SSH from AzureMachineLearning.',
    check: (plan) => blockedSpec(plan, 'in-aml-ssh'),
  },
  {
    id: 'hdi-health-inbound',
    severity: 'error',
    docUrl: DOCS.hdinsightServiceTags,
    kinds: ['hdinsight'],
    title: 'HDInsight needs inbound 443 from HDInsight.',
    check: (plan) => blockedSpec(plan, 'in-hdinsight'),
  },
  {
    id: 'vm-ubuntu-only',
    severity: 'error',
    docUrl: DOCS.secureTraining,
    kinds: ['virtualMachine'],
    title: 'Only Ubuntu virtual machines can be attached.',
    check: (plan) =>
      plan.compute.kind === 'virtualMachine' && !plan.compute.os.startsWith('ubuntu-')
        ? [
            {
              path: 'compute.os',
              message: `Azure Machine Learning attaches only Ubuntu virtual machines; "${plan.compute.os}" is not supported. Use an Ubuntu VM (22.04 or 24.04).`,
            },
          ]
        : [],
  },
];
