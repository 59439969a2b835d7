import { DOCS } from '../catalog/docs.ts';
import { NSG_LIMITS } from '../catalog/flows.ts';
import {
  analyzeRoutes,
  blockedFlows,
  instanceMountsFileShare,
  blockedMessage,
  blockedPath,
  malformedFields,
  plannedSecurityRules,
  simulateFlows,
  subnetNsg,
  type Flow,
} from '../flows/index.ts';
import type { NetworkSecurityGroup, Plan } from '../model/index.ts';
import type { FindingDraft, Rule } from './types.ts';

const TRAINING = ['computeCluster', 'computeInstance', 'serverless'] as const;

/** The instance's own file share over SMB: `ci-file-share-445` warns about it (REQUIREMENTS.md §12). */
const isInstanceFileShare = (plan: Plan, flow: Flow) =>
  flow.specId === 'out-storage-smb' && instanceMountsFileShare(plan) && !plan.outbound.storageFileShares;

/** The NSGs the plan holds, with the path of their rule list and the rules the plan adds to each. */
function nsgsOf(plan: Plan): { path: string; nsg: NetworkSecurityGroup; added: number }[] {
  if (plan.workspace.isolation !== 'customerVnet' || !plan.network) return [];
  const { subnet, databricks } = plan.network;
  const entries: [string, NetworkSecurityGroup | undefined, number][] = [
    ['network.subnet', subnetNsg(plan), plannedSecurityRules(plan).length],
    ['network.databricks.publicSubnet', databricks?.publicSubnet.networkSecurityGroup, 0],
    ['network.databricks.privateSubnet', databricks?.privateSubnet.networkSecurityGroup, 0],
  ];
  return entries.flatMap(([path, nsg, added]) =>
    nsg && (path !== 'network.subnet' || subnet)
      ? [{ path: `${path}.networkSecurityGroup.securityRules`, nsg, added }]
      : [],
  );
}

// The two checks below visit up to 1,000 rules on every keystroke: plain loops, no array per rule.

function priorityRange(plan: Plan): FindingDraft[] {
  const { minPriority, maxPriority } = NSG_LIMITS;
  const findings: FindingDraft[] = [];
  for (const { path, nsg } of nsgsOf(plan)) {
    nsg.securityRules.forEach((rule, i) => {
      const { priority } = rule.properties;
      if (priority >= minPriority && priority <= maxPriority) return;
      findings.push({
        path: `${path}.${i}.properties.priority`,
        message: `Rule "${rule.name}" has priority ${priority}; Azure accepts ${minPriority}–${maxPriority}. Pick a free priority in that range.`,
      });
    });
  }
  return findings;
}

function priorityUnique(plan: Plan): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const { path, nsg } of nsgsOf(plan)) {
    // By direction, then priority (the schema keeps priorities integers).
    const seen: Record<string, Map<number, string>> = { Inbound: new Map(), Outbound: new Map() };
    nsg.securityRules.forEach((rule, i) => {
      const { direction, priority } = rule.properties;
      const byPriority = seen[direction]!;
      const first = byPriority.get(priority);
      if (first === undefined) {
        byPriority.set(priority, rule.name);
        return;
      }
      findings.push({
        path: `${path}.${i}.properties.priority`,
        message: `Rules "${first}" and "${rule.name}" both have ${direction.toLowerCase()} priority ${priority}; Azure needs a unique priority per direction. Give one of them another priority.`,
      });
    });
  }
  return findings;
}

function ruleLimit(plan: Plan): FindingDraft[] {
  return nsgsOf(plan).flatMap(({ path, nsg, added }) => {
    const total = nsg.securityRules.length + added;
    if (total <= NSG_LIMITS.maxRules) return [];
    const planned = added > 0 ? ` (${nsg.securityRules.length} there and ${added} this plan adds)` : '';
    return [
      {
        path,
        message: `NSG "${nsg.name}" would have ${total} rules${planned}; Azure allows ${NSG_LIMITS.maxRules} per NSG. Merge or remove rules.`,
      },
    ];
  });
}

function malformed(plan: Plan): FindingDraft[] {
  const fields = nsgsOf(plan).flatMap(({ path, nsg }) =>
    path.startsWith('network.subnet.')
      ? simulateFlows(plan).malformed
      : malformedFields(
          nsg.securityRules.map((rule, i) => ({ rule, origin: 'existing' as const, path: `${path}.${i}` })),
        ),
  );
  return fields.map((field) => ({
    path: field.path,
    message: `Rule "${field.ruleName}": ${field.message} Azure rejects such a rule; it is left out of the traffic check until fixed.`,
  }));
}

function unrestricted(plan: Plan): FindingDraft[] {
  if (plan.workspace.isolation !== 'customerVnet') return [];
  if (!plan.outbound.restrict) {
    return [
      {
        path: 'outbound.restrict',
        message:
          'Outbound internet access is not restricted. You can set outbound.restrict to allow only the service tags Azure Machine Learning needs and deny the rest of the internet.',
      },
    ];
  }
  if (simulateFlows(plan).hasNsg) return [];
  return [
    {
      path: 'network.subnet.networkSecurityGroup',
      severity: 'warning',
      message:
        'outbound.restrict is set, but the subnet has no network security group to hold the rules, so nothing is restricted. Add an NSG (new or existing) to the subnet.',
    },
  ];
}

function udp5831(plan: Plan): FindingDraft[] {
  const tunnel = analyzeRoutes(plan).find((a) => a.subnetPath === 'network.subnet')?.forcedTunnel;
  if (!tunnel) return [];
  return [
    {
      path: tunnel.path ?? 'tunneling.mode',
      message:
        'Internet traffic goes through a firewall or appliance. Besides HTTPS, the compute sends UDP 5831 to AzureMachineLearning: allow it with a network rule; application (HTTP/S) rules can’t carry it.',
    },
  ];
}

/** Outbound requirements (REQUIREMENTS.md §4) and NSG limits (§9). */
export const outboundRules: readonly Rule[] = [
  {
    id: 'outbound-required-flow',
    severity: 'error',
    docUrl: DOCS.firewall,
    kinds: TRAINING,
    title: 'The NSG must allow every outbound flow the compute needs.',
    check: (plan) =>
      blockedFlows(plan, (flow) => flow.direction === 'Outbound' && !isInstanceFileShare(plan, flow)).map(
        (group) => ({
          path: blockedPath(group),
          message: blockedMessage(group),
          ...(group.result === 'unknown' ? { severity: 'warning' as const } : {}),
        }),
      ),
  },
  {
    id: 'outbound-unrestricted',
    severity: 'info',
    docUrl: DOCS.firewall,
    kinds: TRAINING,
    title: 'Outbound internet access can be restricted to the required service tags.',
    check: unrestricted,
  },
  {
    id: 'firewall-udp-5831',
    severity: 'info',
    docUrl: DOCS.firewall,
    kinds: TRAINING,
    title: 'A firewall must allow UDP 5831 with a network rule.',
    check: udp5831,
  },
  {
    id: 'nsg-priority-range',
    severity: 'error',
    docUrl: DOCS.nsg,
    title: 'NSG rule priorities go from 100 to 4096.',
    check: priorityRange,
  },
  {
    id: 'nsg-priority-unique',
    severity: 'error',
    docUrl: DOCS.nsg,
    title: 'NSG rule priorities are unique per direction.',
    check: priorityUnique,
  },
  {
    id: 'nsg-rule-limit',
    severity: 'error',
    docUrl: DOCS.limits,
    title: 'An NSG holds at most 1,000 rules.',
    check: ruleLimit,
  },
  {
    id: 'nsg-rule-malformed',
    severity: 'error',
    docUrl: DOCS.nsg,
    title: 'NSG rule ports and addresses must be valid.',
    check: malformed,
  },
];
