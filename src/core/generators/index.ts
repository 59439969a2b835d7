import type { Plan } from '../model/index.ts';
import { proveFlows } from '../proof/index.ts';
import { checkPlan } from '../rules/index.ts';
import { armFiles } from './arm/index.ts';
import { bicepFiles } from './bicep/main.ts';
import { deployScript } from './azcli/deploy.ts';
import { buildModel } from '../resources/model.ts';
import { pythonSdkV1Legacy } from './python/sdkV1.ts';
import { pythonSdkV2 } from './python/sdkV2.ts';
import { readmeFile } from './readme/readme.ts';
import { terraformFile } from './terraform/main.ts';
import type { Bundle, GenerateOptions, GeneratedFile } from './types.ts';
import { computeYaml } from './yaml/compute.ts';

export type { Bundle, GenerateOptions, GeneratedFile } from './types.ts';

/**
 * Builds the deployable bundle for a plan without error findings: Azure CLI, ARM, Bicep, CLI v2 YAML,
 * Python SDK v2 (and a legacy SDK v1 script where v2 has no equivalent), Terraform, and a README
 * listing what to run and the findings that still apply. Pure and deterministic: the same plan gives
 * byte-identical files, in a stable order (README first, then the order to read them in).
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 */
export function generateBundle(plan: Plan, options: GenerateOptions = {}): Bundle {
  const model = buildModel(plan, options.serviceTags);
  const optional = (file: GeneratedFile | undefined): GeneratedFile[] => (file ? [file] : []);
  const files: GeneratedFile[] = [
    deployScript(model),
    ...armFiles(model),
    ...bicepFiles(model),
    ...optional(computeYaml(model)),
    ...optional(pythonSdkV2(model)),
    ...optional(pythonSdkV1Legacy(model)),
    terraformFile(model),
  ];
  const checks = options.serviceTags === undefined ? {} : { serviceTags: options.serviceTags };
  const findings = options.findings ?? checkPlan(plan, checks);
  const proof = options.proof ?? proveFlows(plan, checks);
  const readme = readmeFile(
    model,
    files.map((file) => file.name),
    findings,
    proof,
  );
  return { files: [readme, ...files] };
}
