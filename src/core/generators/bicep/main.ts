import {
  isDeployed,
  parametersUsed,
  resourcesOf,
  type AzureResource,
  type DeploymentModel,
  type DeploymentResources,
} from '../../resources/index.ts';
import { commentBlock, headerLines } from '../header.ts';
import type { GeneratedFile } from '../types.ts';
import { bicepString } from './escape.ts';
import { IdentifierScope, printParam, printValue, raw, type BicepValue } from './print.ts';
import {
  assignSymbols,
  currentParam,
  currentStateText,
  declaration,
  symbolText,
  type BicepFileContext,
} from './resources.ts';

/** A module: its file, symbol, deployment name and the resources it declares. */
interface ModulePlan {
  readonly file: string;
  readonly symbol: string;
  readonly deploymentName: string;
  readonly what: string;
  readonly resources: readonly AzureResource[];
  readonly scope?: string;
}

function moduleParams(set: DeploymentResources, module: ModulePlan, outer: BicepFileContext) {
  const used = parametersUsed(module.resources.filter(isDeployed));
  const specs = set.parameters.filter((spec) => used.has(spec.name));
  const passed: Record<string, BicepValue> = Object.fromEntries(
    specs.map((spec) => [spec.name, raw(spec.name)]),
  );
  for (const resource of module.resources.filter((r) => r.action === 'update')) {
    passed[currentParam(resource)] = raw(currentStateText(resource, outer));
  }
  return { specs, passed };
}

/** The module's own file: its parameters, then every resource of its scope (references as `existing`). */
function moduleFile(
  model: DeploymentModel,
  set: DeploymentResources,
  module: ModulePlan,
  byKey: BicepFileContext['byKey'],
): string {
  const { specs } = moduleParams(set, module, {
    scope: 'workspace',
    byKey,
    symbols: new Map(),
    external: () => undefined,
  });
  const updates = module.resources.filter((r) => r.action === 'update');
  const scope = new IdentifierScope([...specs.map((s) => s.name), ...updates.map(currentParam)]);
  const symbols = assignSymbols(module.resources, scope);
  const ctx: BicepFileContext = {
    scope: module.resources[0]?.scope ?? 'workspace',
    byKey,
    symbols,
    external: () => undefined,
  };
  const current = updates.map(
    (r) =>
      `@description(${bicepString('The resource as it is now, read before the update so that only the changes are applied.')})\nparam ${currentParam(r)} object\n`,
  );
  return [
    `${commentBlock(headerLines(model, `Bicep module: ${module.what}`), '//')}\n`,
    ...specs.map((spec) => printParam(spec, false)),
    ...current,
    ...module.resources.map((r) => declaration(r, ctx)),
  ].join('\n');
}

function moduleDeclaration(
  set: DeploymentResources,
  module: ModulePlan,
  ctx: BicepFileContext,
  after: BicepValue[],
): string {
  const { passed } = moduleParams(set, module, ctx);
  const body = {
    name: module.deploymentName,
    scope: module.scope ? raw(module.scope) : undefined,
    params: passed,
    dependsOn: after.length > 0 ? after : undefined,
  };
  return `module ${module.symbol} ${bicepString(module.file)} = ${printValue(body)}\n`;
}

function modulesOf(set: DeploymentResources, scope: IdentifierScope): ModulePlan[] {
  const network = set.resources.filter((r) => r.scope === 'network');
  const modules: ModulePlan[] = [];
  if (network.some(isDeployed)) {
    modules.push({
      file: 'network.bicep',
      symbol: scope.take('network'),
      deploymentName: 'aml-network',
      what: 'the network resources',
      resources: network,
      scope: 'resourceGroup(vnetSubscriptionId, vnetResourceGroup)',
    });
  }
  for (const update of set.resources.filter((r) => r.scope === 'workspace' && r.action === 'update')) {
    const text = symbolText(update.key);
    modules.push({
      file: `${text}.bicep`,
      symbol: scope.take(`${text} update`),
      deploymentName: `aml-update-${text}`,
      what: `${text} update (only the changed settings)`,
      resources: [update],
    });
  }
  return modules;
}

/** `main.bicep`: parameters, the modules, then the workspace group's resources. */
function mainFile(
  model: DeploymentModel,
  set: DeploymentResources,
  modules: readonly ModulePlan[],
  scope: IdentifierScope,
): string {
  const byKey = new Map(set.resources.map((r) => [r.key, r] as const));
  const own = set.resources
    .filter((r) => r.scope === 'workspace')
    .map((r): AzureResource => (r.action === 'update' ? { ...r, action: 'reference' } : r));
  const symbols = assignSymbols(own, scope);
  const moduleOf = (key: string) =>
    modules.find((m) => m.resources.some((r) => r.key === key && isDeployed(r)))?.symbol;
  const ctx: BicepFileContext = { scope: 'workspace', byKey, symbols, external: moduleOf };
  const moduleTexts = modules.map((module) => {
    const deps = new Set(
      module.resources
        .flatMap((r) => r.dependsOn)
        .map(moduleOf)
        .filter((s): s is string => s !== undefined && s !== module.symbol),
    );
    return moduleDeclaration(set, module, ctx, [...deps].map(raw));
  });
  return [
    `${commentBlock(headerLines(model, 'Bicep template'), '//')}\n`,
    `metadata description = ${bicepString('Azure Machine Learning training compute in a virtual network (AML Network Wizard).')}\n`,
    ...set.parameters.map((spec) => printParam(spec, true)),
    ...moduleTexts,
    ...own.map((r) => declaration(r, ctx)),
  ].join('\n');
}

/** `main.bicep` (deployed to the workspace's resource group), its parameters, and one file per module. */
export function bicepFiles(model: DeploymentModel): GeneratedFile[] {
  const set = resourcesOf(model);
  const byKey = new Map(set.resources.map((r) => [r.key, r] as const));
  const scope = new IdentifierScope(set.parameters.map((spec) => spec.name));
  const modules = modulesOf(set, scope);
  const files: GeneratedFile[] = [
    { name: 'main.bicep', language: 'bicep', content: mainFile(model, set, modules, scope) },
    { name: 'main.bicepparam', language: 'bicep', content: bicepParamFile(model, set) },
  ];
  for (const module of modules) {
    files.push({ name: module.file, language: 'bicep', content: moduleFile(model, set, module, byKey) });
  }
  return files;
}

/** `main.bicepparam`: the plan's values; secrets are read from environment variables at deploy time. */
function bicepParamFile(model: DeploymentModel, set: DeploymentResources): string {
  const lines = [commentBlock(headerLines(model, 'Bicep parameters'), '//'), '', "using 'main.bicep'", ''];
  for (const spec of set.parameters) {
    if (spec.type === 'secureString') {
      lines.push(`param ${spec.name} = readEnvironmentVariable(${bicepString(envName(spec.name))}, '')`);
    } else if (spec.value !== undefined) {
      lines.push(`param ${spec.name} = ${printValue(spec.value as BicepValue)}`);
    } else {
      lines.push(`param ${spec.name} = readEnvironmentVariable(${bicepString(envName(spec.name))})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Environment variable a parameter without a value in the plan is read from (`adminPublicKey` → `ADMIN_PUBLIC_KEY`). */
export function envName(paramName: string): string {
  return paramName.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}
