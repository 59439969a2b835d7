import { computeKindTraits } from '../../catalog/computeKinds.ts';
import { CATALOG_REVIEWED, DOCS } from '../../catalog/docs.ts';
import type { Proof } from '../../proof/index.ts';
import type { Finding } from '../../rules/index.ts';
import { shellQuote } from '../azcli/escape.ts';
import { envName } from '../bicep/main.ts';
import { planSummary } from '../header.ts';
import type { DeploymentModel } from '../../resources/model.ts';
import { deploymentParams } from '../../resources/params.ts';
import { privateConnectivityResources } from '../../resources/privateConnectivity.ts';
import type { GeneratedFile } from '../types.ts';
import { ipPrefixRoutesSection, storageEndpointsNote } from './ipPrefixRoutes.ts';
import { markdownLink, markdownText } from './escape.ts';
import { proofSection } from './proofSection.ts';

const FILE_PURPOSE: Readonly<Record<string, string>> = {
  'deploy.sh': 'Azure CLI script (bash): network, then the compute, in order',
  'azuredeploy.json':
    'ARM template (deploy to the workspace resource group; the network goes to its own group as a nested deployment)',
  'azuredeploy.parameters.json': 'ARM parameters with the plan values (secrets are passed at deploy time)',
  'main.bicep': 'Bicep template (workspace resource group)',
  'network.bicep':
    'Bicep module with the network resources (deployed by main.bicep into the VNet resource group)',
  'main.bicepparam': 'Bicep parameters (secrets read from environment variables)',
  'compute.yml': 'CLI v2 compute definition for az ml compute create/attach --file',
  'create_compute.py': 'Python SDK v2 (azure-ai-ml) script',
  'attach_compute_legacy_sdk_v1.py': 'LEGACY SDK v1 attach script (SDK v1 support ended 30 Jun 2026)',
  'main.tf': 'Terraform configuration (azurerm, azapi where azurerm has no argument)',
};

function secretsSection(model: DeploymentModel): string[] {
  const secrets = deploymentParams(model).filter(
    (spec) => spec.value === undefined || spec.type === 'secureString',
  );
  if (secrets.length === 0) return [];
  return [
    '## Values the plan does not hold',
    '',
    'Secrets and ids the plan does not know are never written into these files. Supply them at deploy time:',
    '',
    ...secrets.map(
      (spec) =>
        `- \`${spec.name}\` (environment variable \`${envName(spec.name)}\` for Bicep): ${markdownText(spec.description)}`,
    ),
    '',
  ];
}

function stepsSection(model: DeploymentModel, names: readonly string[]): string[] {
  const group = shellQuote(model.workspace.resourceGroup);
  const has = (name: string) => names.includes(name);
  const steps = [
    '## Deploy (choose one way)',
    '',
    '- Azure CLI: `bash deploy.sh`',
    `- ARM: \`az deployment group create --resource-group ${group} --template-file azuredeploy.json --parameters @azuredeploy.parameters.json\``,
    `- Bicep: \`az deployment group create --resource-group ${group} --parameters main.bicepparam\``,
    '- Terraform: `terraform init && terraform apply`',
  ];
  if (has('compute.yml'))
    steps.push(
      '- CLI v2 YAML: run the network part of `deploy.sh` first, then the command in the header of `compute.yml`',
    );
  if (has('create_compute.py'))
    steps.push(
      '- Python SDK v2: create the network first (any of the above), then `python3 create_compute.py`',
    );
  if (has('attach_compute_legacy_sdk_v1.py')) {
    const byTemplates =
      model.compute.kind === 'hdinsight'
        ? 'ARM, Bicep and Terraform attach the cluster themselves'
        : 'ARM and Bicep attach the workspace once `databricksAccessToken` is given';
    steps.push(
      `- Attach: ${byTemplates}; otherwise run \`python3 attach_compute_legacy_sdk_v1.py\` (legacy SDK v1: CLI v2 and SDK v2 cannot attach it)`,
    );
  }
  return [...steps, ''];
}

function notesSection(model: DeploymentModel): string[] {
  const notes: string[] = [];
  const network = model.network;
  if (network?.subnets.some((subnet) => subnet.action === 'update')) {
    notes.push(
      'An existing subnet is updated: every format changes only its associations with the resources this bundle creates. ARM and Bicep read the subnet as it is and merge that change in, so its prefix, delegations, service endpoints, network policies and other associations stay as they are.',
    );
  }
  if (model.compute.kind === 'serverless' || model.workspace.managedNetworkMode) {
    notes.push(
      'Only the workspace network settings change. ARM and Bicep read the workspace as it is and put it back with just those settings changed: its storage account, key vault, Application Insights, container registry, encryption, hbiWorkspace, public network access, identity, SKU and tags are carried over, not reset. The CLI script, the Python script and Terraform (azapi_update_resource) change only those settings.',
    );
  }
  if (model.workspace.managedNetworkMode) {
    notes.push(
      'A managed virtual network cannot be turned off once enabled. Delete every existing compute of the workspace before switching it; every format creates the compute only after the switch and provisions the network at once (about 30 minutes). Terraform needs azurerm 4.18 or newer for a cluster in a managed network.',
    );
  }
  if (computeKindTraits(model.compute.kind).attached) {
    notes.push(
      'Attaching fails when the compute is already attached: on re-runs set `deployCompute` to false (ARM, Bicep), `deploy_compute = false` (Terraform) or `DEPLOY_COMPUTE=false` (deploy.sh).',
    );
  }
  if (model.compute.kind === 'databricks') {
    notes.push(
      'ARM and Bicep attach Databricks only when `databricksAccessToken` is given: deploy once, create a token in the Databricks workspace, then deploy again with it (or use the legacy script).',
    );
  }
  notes.push(...storageEndpointsNote(model));
  return notes.length === 0 ? [] : ['## Notes', '', ...notes.map((note) => `- ${note}`), ''];
}

/** What the plan needs in resource groups no file of the bundle deploys to (a hub's zones and peering). */
function elsewhereSection(model: DeploymentModel): string[] {
  const steps = model.privateLink ? privateConnectivityResources(model.privateLink).outOfScope : [];
  if (steps.length === 0) return [];
  return [
    '## Also needed, outside this deployment',
    '',
    "The compute reaches the workspace only once these exist too. They belong in resource groups these files do not change (a hub network's, a central DNS team's): ask whoever owns them, or deploy them there yourself.",
    '',
    ...steps.map((step) => `- ${markdownText(`${step.what}, in ${step.resourceGroupId}`)}`),
    '',
  ];
}

function findingsSection(findings: readonly Finding[]): string[] {
  if (findings.length === 0)
    return [
      '## Findings that still apply',
      '',
      'None: the plan meets every documented requirement checked.',
      '',
    ];
  return [
    '## Findings that still apply',
    '',
    ...findings.map(
      (f) =>
        `- **${f.severity}** \`${f.ruleId}\` at \`${markdownText(f.path || '(plan)')}\`: ${markdownText(f.message)} ${markdownLink('documentation', f.docUrl)}`,
    ),
    '',
  ];
}

/** `README.md`: what to run, in order, prerequisites, the flows once deployed, and the findings that still apply. */
export function readmeFile(
  model: DeploymentModel,
  fileNames: readonly string[],
  findings: readonly Finding[],
  proof: Proof,
): GeneratedFile {
  const lines = [
    '# Azure Machine Learning training compute in a virtual network',
    '',
    `Generated by AML Network Wizard from a plan file. Requirements reviewed ${CATALOG_REVIEWED} (${markdownLink('secure training environments', DOCS.secureTraining)}). Change the plan and generate again rather than editing these files.`,
    '',
    ...planSummary(model).map((line) => `- ${markdownText(line)}`),
    '',
    '## Files',
    '',
    '| file | what it is |',
    '| --- | --- |',
    ...fileNames.map((name) => `| \`${name}\` | ${markdownText(FILE_PURPOSE[name] ?? '')} |`),
    '',
    '## Prerequisites',
    '',
    '- Azure CLI signed in (`az login`) with the `ml` extension (`az extension add --name ml`); Bicep CLI for `main.bicep`; Terraform 1.5 or newer for `main.tf`.',
    '- Permission to join the subnet (`Microsoft.Network/virtualNetworks/subnets/join/action`) and to write the network resources in the VNet resource group.',
    '',
    ...stepsSection(model, fileNames),
    ...secretsSection(model),
    ...notesSection(model),
    ...ipPrefixRoutesSection(model),
    ...elsewhereSection(model),
    ...proofSection(proof),
    ...findingsSection(findings),
  ];
  return { name: 'README.md', language: 'markdown', content: `${lines.join('\n').trimEnd()}\n` };
}
