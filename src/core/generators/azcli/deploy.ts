import { TOOL_VERSIONS } from '../apiVersions.ts';
import { commentBlock, headerLines } from '../header.ts';
import { downloadPage, refreshCommands } from '../../resources/ipPrefixRoutes.ts';
import type { DeploymentModel } from '../../resources/model.ts';
import { subnetParamNames } from '../../resources/params.ts';
import type { GeneratedFile } from '../types.ts';
import { shellQuote } from './escape.ts';
import { attachCommands, clusterCommand, workspaceCommands, type ScriptVars } from './compute.ts';
import { networkCommands } from './network.ts';
import { outOfScopeLines, privateLinkCommands } from './privateLink.ts';
import {
  literalArgs,
  literalDollarDirective,
  printCommand,
  usedVariables,
  Variables,
  type Command,
  type VarRef,
} from './print.ts';

/** Resource ids built from the variables, only those the commands use. */
function derivedIds(used: ReadonlySet<string>): string[] {
  const subnet = used.has('SUBNET_ID');
  const vnet = subnet || used.has('VNET_ID');
  return [
    ...(vnet
      ? [
          'VNET_ID="/subscriptions/${VNET_SUBSCRIPTION_ID}/resourceGroups/${VNET_RESOURCE_GROUP}/providers/Microsoft.Network/virtualNetworks/${VNET_NAME}"',
        ]
      : []),
    ...(subnet ? ['SUBNET_ID="${VNET_ID}/subnets/${SUBNET_NAME}"'] : []),
  ];
}

const PREAMBLE = [
  'set -euo pipefail',
  '',
  `# Prerequisites: Azure CLI with the ml extension ${TOOL_VERSIONS.azureCliMl} or newer (az extension add --name ml),`,
  '# signed in with az login as someone allowed to join the subnet (Microsoft.Network/virtualNetworks/subnets/join/action).',
];

function secretLines(model: DeploymentModel): string[] {
  const compute = model.compute;
  if ('ssh' in compute && compute.ssh)
    return ['SSH_PUBLIC_KEY="$(cat "${SSH_PUBLIC_KEY_FILE:-$HOME/.ssh/id_rsa.pub}")"'];
  if (compute.kind === 'virtualMachine')
    return [
      'ADMIN_USERNAME="${ADMIN_USERNAME:?Set ADMIN_USERNAME to the SSH user}"',
      'SSH_PRIVATE_KEY_FILE="${SSH_PRIVATE_KEY_FILE:-$HOME/.ssh/id_rsa}"',
      '# Attaching a compute that is already attached fails: run with DEPLOY_COMPUTE=false to skip it.',
      'DEPLOY_COMPUTE="${DEPLOY_COMPUTE:-true}"',
    ];
  return [];
}

/** Databricks and HDInsight attach have no CLI v2 command: point to the legacy SDK v1 script. */
function legacyNextStep(model: DeploymentModel): string[] {
  if (model.compute.kind !== 'databricks' && model.compute.kind !== 'hdinsight') return [];
  return [
    '# Azure CLI v2 cannot attach this compute; the legacy SDK v1 script does (support for SDK v1 ended 30 Jun 2026).',
    "echo 'Next: python3 attach_compute_legacy_sdk_v1.py'",
  ];
}

/** Comment lines that tell how to check the IP-prefix routes against the current addresses. */
function refreshComment(model: DeploymentModel): string {
  const routes = model.ipPrefixRoutes;
  if (!routes) return '';
  return commentBlock(
    [
      'The bypass routes are IP prefixes copied from a Service Tags file; Azure changes these addresses over time.',
      'To refresh them, list the current prefixes of each tag, compare them with the routes above, and generate',
      `again with a current file (${downloadPage(routes)}):`,
      ...refreshCommands(routes, shellQuote).map((command) => `  ${command}`),
    ],
    '#',
  );
}

/**
 * `deploy.sh`: bash with `set -euo pipefail`, every value single-quoted in variables at the top, then
 * `az network …` and `az ml …` (CLI v2) in dependency order.
 * @see https://learn.microsoft.com/cli/azure/ml/compute#az-ml-compute-create
 */
export function deployScript(model: DeploymentModel): GeneratedFile {
  const v = new Variables();
  const { workspace, network } = model;
  const subscription = v.set('subscriptionId', workspace.subscriptionId);
  const group = v.set('workspaceResourceGroup', workspace.resourceGroup);
  const name = v.set('workspaceName', workspace.name);
  const location = v.set('location', model.compute.region);
  const commands: Command[] = [];
  let subnetId: VarRef | undefined;
  if (network) {
    const vars = {
      subscription: v.set('vnetSubscriptionId', network.subscriptionId),
      group: v.set('vnetResourceGroup', network.resourceGroup),
      location,
      vnet: v.set('vnetName', network.vnet.name),
    };
    for (const subnet of network.subnets.filter((s) => s.role !== 'other'))
      v.set(subnetParamNames(subnet).name, subnet.name);
    const appliance = network.routeTable?.routes.find((route) => route.nextHopIpAddress)?.nextHopIpAddress;
    if (appliance) v.set('applianceIp', appliance);
    commands.push(...networkCommands(network, v, vars), ...privateLinkCommands(model, vars));
    if (model.compute.kind !== 'databricks') subnetId = { ref: 'SUBNET_ID' };
  }
  const s: ScriptVars = {
    workspace: ['--subscription', subscription, '--resource-group', group, '--workspace-name', name],
    location,
    ...(subnetId ? { subnetId } : {}),
  };
  commands.push(
    ...workspaceCommands(model, s),
    ...clusterCommand(model, v, s),
    ...attachCommands(model, v, s),
  );
  const used = usedVariables(commands);
  const derived = derivedIds(used);
  if (used.has('VNET_ID') || used.has('SUBNET_ID'))
    ['VNET_SUBSCRIPTION_ID', 'VNET_RESOURCE_GROUP', 'VNET_NAME'].forEach((name) => used.add(name));
  if (used.has('SUBNET_ID')) used.add('SUBNET_NAME');
  const head = [
    '#!/usr/bin/env bash',
    commentBlock(headerLines(model, 'Azure CLI deployment script'), '#'),
    ...literalDollarDirective([...v.valuesOf(used), ...literalArgs(commands)]),
    ...PREAMBLE,
  ].join('\n');
  const values = [v.print(used), ...derived, ...secretLines(model)].filter((line) => line !== '').join('\n');
  const sections = [
    head,
    values,
    commands.map(printCommand).join('\n\n'),
    refreshComment(model),
    outOfScopeLines(model).join('\n'),
    legacyNextStep(model).join('\n'),
  ];
  const body = sections.filter((section) => section !== '');
  return { name: 'deploy.sh', language: 'bash', content: `${body.join('\n\n')}\n` };
}
