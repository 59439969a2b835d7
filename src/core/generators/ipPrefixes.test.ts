import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPlan, type ServiceTagsInput } from '../rules/index.ts';
import { parseServiceTags, tagPrefixes } from '../servicetags/index.ts';
import { generateBundle } from './index.ts';
import { IP_PREFIX_SCENARIO } from '../../../test/helpers/generators/scenarios.ts';

const fixturePath = fileURLToPath(
  new URL(`../../../test/fixtures/${IP_PREFIX_SCENARIO.fixture}`, import.meta.url),
);

function loadInput(): ServiceTagsInput {
  const parsed = parseServiceTags(readFileSync(fixturePath, 'utf8'), {
    fileName: IP_PREFIX_SCENARIO.fileName,
  });
  if (!parsed.ok) throw new Error(parsed.message);
  return { file: parsed.file, fileName: IP_PREFIX_SCENARIO.fileName, today: '2026-08-01' };
}

describe(`${IP_PREFIX_SCENARIO.name} bundle (real US Government file)`, () => {
  const input = loadInput();
  const plan = IP_PREFIX_SCENARIO.plan();
  const bundle = input ? generateBundle(plan, { serviceTags: input }) : { files: [] };
  const fileOf = (name: string) => bundle.files.find((file) => file.name === name)?.content ?? '';

  it('is a plan without error findings once the file is given', () => {
    const errors = checkPlan(plan, input ? { serviceTags: input } : {}).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('routes exactly the IPv4 prefixes of AzureMachineLearning and BatchNodeManagement in US Gov Virginia', () => {
    const template = JSON.parse(fileOf('azuredeploy.json')) as unknown;
    const text = JSON.stringify(template);
    const batch = input ? (tagPrefixes(input.file, 'BatchNodeManagement.USGovVirginia')?.ipv4 ?? []) : [];
    expect(batch).toHaveLength(5);
    for (const prefix of batch) expect(text).toContain(`"${prefix}"`);
    expect(fileOf('main.tf')).toContain('BatchNodeManagement.USGovVirginia-');
  });

  it('tells how to refresh the routes in the README and deploy.sh', () => {
    const command =
      "az network list-service-tags --location 'usgovvirginia' --query 'values[?name=='\\''BatchNodeManagement.USGovVirginia'\\''].properties.addressPrefixes[]' --output tsv";
    expect(fileOf('README.md')).toContain(command);
    expect(fileOf('deploy.sh')).toContain(`#   ${command}`);
    expect(fileOf('deploy.sh')).toContain('az cloud set --name AzureUSGovernment');
    expect(fileOf('README.md')).toContain('AzureGovernment, change 401, 2026-07-19');
  });

  it.each(bundle.files.map((file) => ({ file: file.name, content: file.content })))(
    'matches the golden $file',
    async ({ file, content }) => {
      await expect(content).toMatchFileSnapshot(`./__golden__/${IP_PREFIX_SCENARIO.name}/${file}`);
    },
  );
});

describe('the same plan without a Service Tags file', () => {
  const plan = IP_PREFIX_SCENARIO.plan();

  it('is refused by the service-tags-file-needed error and writes no bypass routes', () => {
    const ids = checkPlan(plan)
      .filter((f) => f.severity === 'error')
      .map((f) => f.ruleId);
    expect(ids).toEqual(['service-tags-file-needed']);
    const readme = generateBundle(plan).files.find((file) => file.name === 'README.md')?.content ?? '';
    expect(readme).toContain('No Service Tags file was given');
  });
});
