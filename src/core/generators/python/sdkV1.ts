import { commentBlock, headerLines } from '../header.ts';
import type { DeploymentModel } from '../../resources/model.ts';
import type { GeneratedFile } from '../types.ts';
import { pythonString as str } from './escape.ts';

const LEGACY_NOTE = [
  'LEGACY: Azure Machine Learning SDK v1 (azureml-core). It was deprecated on 31 Mar 2025 and its support',
  'ended on 30 Jun 2026. SDK v2 and CLI v2 cannot attach this compute, so this is the only scripted way;',
  'you can also attach it in the studio (Compute > Attached computes).',
  'Requires: pip install azureml-core (Python 3.8-3.10 is what it was last tested with).',
];

function attachLines(model: DeploymentModel): { imports: string; body: string[] } | undefined {
  const compute = model.compute;
  if (compute.kind === 'databricks') {
    return {
      imports: 'from azureml.core.compute import ComputeTarget, DatabricksCompute',
      body: [
        'config = DatabricksCompute.attach_configuration(',
        '    resource_group=RESOURCE_GROUP,',
        `    workspace_name=${str(compute.workspaceName)},`,
        '    access_token=os.environ["DATABRICKS_ACCESS_TOKEN"],',
        ')',
      ],
    };
  }
  if (compute.kind === 'hdinsight') {
    return {
      imports: 'from azureml.core.compute import ComputeTarget, HDInsightCompute',
      body: [
        'config = HDInsightCompute.attach_configuration(',
        `    resource_id=${str(compute.resourceId)},`,
        `    ssh_port=${compute.sshPort},`,
        '    username=os.environ["ADMIN_USERNAME"],',
        '    private_key_file=os.environ.get("SSH_PRIVATE_KEY_FILE", os.path.expanduser("~/.ssh/id_rsa")),',
        ')',
      ],
    };
  }
  return undefined;
}

/**
 * `attach_compute_legacy_sdk_v1.py`: attaches Azure Databricks or HDInsight with SDK v1, the only SDK
 * that can (REQUIREMENTS.md §11). Marked legacy in its name and header.
 * @see https://learn.microsoft.com/azure/machine-learning/v1/how-to-attach-compute-targets
 */
export function pythonSdkV1Legacy(model: DeploymentModel): GeneratedFile | undefined {
  const attach = attachLines(model);
  if (!attach || !('name' in model.compute)) return undefined;
  const { workspace } = model;
  const lines = [
    commentBlock(headerLines(model, 'Legacy Python SDK v1 attach script'), '#'),
    commentBlock(LEGACY_NOTE, '#'),
    'import os',
    '',
    'from azureml.core import Workspace',
    attach.imports,
    '',
    `SUBSCRIPTION_ID = ${str(workspace.subscriptionId)}`,
    `RESOURCE_GROUP = ${str(workspace.resourceGroup)}`,
    `WORKSPACE_NAME = ${str(workspace.name)}`,
    `COMPUTE_NAME = ${str(model.compute.name)}`,
    '',
    '',
    'def main() -> None:',
    '    workspace = Workspace(subscription_id=SUBSCRIPTION_ID, resource_group=RESOURCE_GROUP, workspace_name=WORKSPACE_NAME)',
    ...attach.body.map((line) => `    ${line}`),
    '    target = ComputeTarget.attach(workspace, COMPUTE_NAME, config)',
    '    target.wait_for_completion(show_output=True)',
    '',
    '',
    'if __name__ == "__main__":',
    '    main()',
  ];
  return { name: 'attach_compute_legacy_sdk_v1.py', language: 'python', content: `${lines.join('\n')}\n` };
}
