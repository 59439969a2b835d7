import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeParserHost } from '../../../test/helpers/nodeParserHost.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBundle, type GeneratedFile } from './index.ts';
import { createArmValidator } from '../../../test/helpers/generators/armSchema.ts';
import {
  checkBash,
  checkBicep,
  checkBicepParam,
  checkPython,
  checkYaml,
  parseTerraform,
  type Problems,
} from '../../../test/helpers/generators/parsers.ts';
import { parseServiceTags } from '../servicetags/index.ts';
import type { GenerateOptions } from './types.ts';
import {
  hostilePlan,
  IP_PREFIX_SCENARIO,
  SCENARIO_NAMES,
  scenarioPlan,
} from '../../../test/helpers/generators/scenarios.ts';

const host = nodeParserHost('aml-generators');
afterAll(host.dispose);

const schemaDir = fileURLToPath(new URL('../../../test/third-party/arm-schemas', import.meta.url));
// The official ARM schemas are vendored in the repository, so this validation always runs.
const armValidator = createArmValidator((path) => readFileSync(path, 'utf8'), schemaDir);
if (!armValidator) throw new Error(`The official ARM schemas in ${schemaDir} could not be read.`);
const validateArm = armValidator;

/** Every generated file through the real parser or tool for its language. */
async function problemsOf(file: GeneratedFile): Promise<Problems> {
  switch (file.language) {
    case 'bicep':
      return file.name.endsWith('.bicepparam')
        ? checkBicepParam(host, file.content)
        : checkBicep(host, file.content);
    case 'bash':
      return checkBash(host, file.content);
    case 'python':
      return checkPython(host, file.content, file.name);
    case 'yaml':
      return checkYaml(file.content);
    case 'hcl':
      return (await parseTerraform(file.content)).problems;
    case 'json':
      return (() => {
        const parsed: unknown = JSON.parse(file.content);
        return file.name === 'azuredeploy.json' ? validateArm(parsed) : [];
      })();
    case 'markdown':
      return [];
  }
}

const serviceTagsPath = fileURLToPath(
  new URL(`../../../test/fixtures/${IP_PREFIX_SCENARIO.fixture}`, import.meta.url),
);
/** The IP-prefix scenario with its Service Tags file (a project fixture). */
function ipPrefixCase(): { name: string; plan: ReturnType<typeof hostilePlan>; options: GenerateOptions }[] {
  const parsed = parseServiceTags(readFileSync(serviceTagsPath, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  const options = { serviceTags: { file: parsed.file, fileName: IP_PREFIX_SCENARIO.fileName } };
  return [{ name: IP_PREFIX_SCENARIO.name, plan: IP_PREFIX_SCENARIO.plan(), options }];
}

const cases: { name: string; plan: ReturnType<typeof hostilePlan>; options?: GenerateOptions }[] = [
  ...SCENARIO_NAMES.map((name) => ({ name, plan: scenarioPlan(name) })),
  { name: 'hostile values', plan: hostilePlan() },
  ...ipPrefixCase(),
];

describe.each(cases)('$name: every file parses with the real tools', ({ plan, options }) => {
  const files = generateBundle(plan, options).files;
  it.each(files.filter((file) => file.language !== 'markdown').map((file) => ({ file, name: file.name })))(
    '$name',
    async ({ file }) => {
      expect(await problemsOf(file)).toEqual([]);
    },
  );
});

describe('the real-parser checks can fail', () => {
  it('rejects a broken Bicep file, bicepparam, shell script, Python file, YAML and HCL', async () => {
    expect(await checkBicep(host, "param x string = 'a\nresource {")).not.toEqual([]);
    expect(await checkBicepParam(host, "using 'main.bicep'\nparam x = {")).not.toEqual([]);
    expect(checkBash(host, 'if then fi\n')).not.toEqual([]);
    expect(checkBash(host, '#!/usr/bin/env bash\necho $UNQUOTED\n')).not.toEqual([]);
    expect(checkPython(host, 'def f(:\n')).not.toEqual([]);
    expect(checkYaml('a: [1, 2\n')).not.toEqual([]);
    expect((await parseTerraform('resource "a" {\n  x = "${\n}\n')).problems).not.toEqual([]);
  });

  it('rejects a template with a wrong enum value', () => {
    const template = JSON.parse(
      generateBundle(scenarioPlan('compute-cluster')).files.find((f) => f.name === 'azuredeploy.json')
        ?.content ?? '{}',
    ) as {
      resources: { type: string; properties: { properties?: { vmPriority?: string } } }[];
    };
    const compute = template.resources.find((resource) => resource.type.endsWith('/computes'));
    if (compute?.properties.properties) compute.properties.properties.vmPriority = 'Spot';
    expect(validateArm(template)).not.toEqual([]);
  });
});
