import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeRoutes, internetBypass, plannedRoutes } from '../flows/index.ts';
import type { Plan } from '../model/index.ts';
import {
  parseServiceTags,
  serviceTagsFileSchema,
  tagPrefixes,
  type ServiceTagsFile,
} from '../servicetags/index.ts';
import { checkPlan } from './checkPlan.ts';
import { examplePlan, subnetOf, withPatch } from '../../../test/helpers/rulePlans.ts';
import type { CheckOptions, Finding } from './types.ts';

const GOV_FILE = fileURLToPath(
  new URL('../../../test/fixtures/service-tags/ServiceTags_Gov_20260719.json', import.meta.url),
);

interface TagSpec {
  readonly prefixes: readonly string[];
  readonly features?: readonly string[] | null;
}

/** A small Service Tags file of one cloud with the given tags. */
function tagsFile(cloud: ServiceTagsFile['cloud'], tags: Readonly<Record<string, TagSpec>>): ServiceTagsFile {
  return serviceTagsFileSchema.parse({
    changeNumber: 5,
    cloud,
    values: Object.entries(tags).map(([name, spec]) => ({
      name,
      id: name,
      properties: {
        changeNumber: 1,
        region: '',
        addressPrefixes: spec.prefixes,
        networkFeatures: spec.features === undefined ? ['API', 'NSG', 'UDR'] : spec.features,
      },
    })),
  });
}

const PUBLIC = tagsFile('Public', {
  'AzureMachineLearning.EastUS2': { prefixes: ['20.1.0.0/25', '20.1.0.128/25', '2603:1030::/64'] },
  'BatchNodeManagement.EastUS2': { prefixes: ['20.2.0.0/28'], features: ['API', 'NSG'] },
});

/** Only the AzureMachineLearning tag. */
const PUBLIC_TAGS = {
  'AzureMachineLearning.EastUS2': { prefixes: ['20.1.0.0/25'] },
};

const ipPrefixes = (plan: Plan, publicIp = true) =>
  withPatch(plan, (p) => {
    if (p.compute.kind === 'computeCluster') p.compute.publicIp = publicIp;
    p.tunneling = {
      mode: 'userDefinedRoutes',
      applianceIp: '10.0.0.4',
      routeTargets: 'ipPrefixes',
      routeBatchNodeManagement: true,
    };
  });
const cluster = ipPrefixes(examplePlan('compute-cluster'));
const withFile = (file: ServiceTagsFile, extra: Partial<CheckOptions['serviceTags']> = {}): CheckOptions => ({
  serviceTags: { file, ...extra },
});
const ruleIds = (findings: readonly Finding[]) => findings.map((f) => `${f.severity}:${f.ruleId}`);
const tagFindings = (findings: readonly Finding[]) =>
  ruleIds(findings.filter((f) => f.path === 'tunneling.routeTargets'));

describe('service-tags-file-needed and service-tags-file-unused', () => {
  it('is an error to route IP prefixes without a file', () => {
    expect(tagFindings(checkPlan(cluster))).toEqual([
      'error:service-tags-file-needed',
      'warning:ip-ranges-change',
    ]);
  });

  it('explains that a file changes nothing for service-tag routes', () => {
    const serviceTags = withPatch(cluster, (p) => {
      p.tunneling.routeTargets = 'serviceTags';
    });
    expect(tagFindings(checkPlan(serviceTags))).toEqual([]);
    expect(tagFindings(checkPlan(serviceTags, withFile(PUBLIC)))).toEqual(['info:service-tags-file-unused']);
  });
});

describe('a file of the right cloud', () => {
  it('routes the exact prefixes and reports UDR support, IPv6 and the change, once each', () => {
    const findings = checkPlan(cluster, withFile(PUBLIC, { fileName: 'ServiceTags_Public_20260720.json' }));
    expect(ruleIds(findings.filter((f) => f.severity === 'error'))).toEqual([]);
    expect(tagFindings(findings)).toEqual([
      'warning:ip-ranges-change',
      'warning:route-tag-udr-feature',
      'info:service-tags-ipv6-omitted',
    ]);
    const change = findings.find((f) => f.ruleId === 'ip-ranges-change');
    expect(change?.message).toContain(
      'These 2 routes are IP prefixes copied from the Service Tags file (change 5, dated 2026-07-20)',
    );
    const routes = plannedRoutes(cluster, subnetOf(cluster), PUBLIC).map((r) => r.properties.addressPrefix);
    expect(routes).toEqual(['0.0.0.0/0', '20.1.0.0/24', '20.2.0.0/28']);
  });

  it('counts the prefix routes as the AzureMachineLearning and Batch bypass', () => {
    const [analysis] = analyzeRoutes(cluster, PUBLIC);
    expect(internetBypass(cluster, analysis!, 'AzureMachineLearning')).toBe('route');
    expect(internetBypass(cluster, analysis!, 'BatchNodeManagement.eastus2')).toBe('route');
    expect(internetBypass(cluster, analysis!, 'Storage')).toBe('missing');
  });

  it('sends everything of compute without public IPs (and without NAT) to the firewall, as service-tag targets do', () => {
    const npip = ipPrefixes(examplePlan('compute-cluster'), false);
    const routes = plannedRoutes(npip, subnetOf(npip), PUBLIC).map((r) => r.name);
    expect(routes).toEqual(['DefaultToAppliance']);
  });

  it("adds the paired region's prefixes, leaving out those the primary region's routes cover", () => {
    const paired = tagsFile('Public', {
      'AzureMachineLearning.EastUS2': { prefixes: ['20.1.0.0/24'] },
      'BatchNodeManagement.EastUS2': { prefixes: ['20.2.0.0/28'] },
      'AzureMachineLearning.CentralUS': { prefixes: ['20.1.0.64/26', '20.9.0.0/25'] },
      'BatchNodeManagement.CentralUS': { prefixes: ['20.8.0.0/28'] },
    });
    const prefixes = plannedRoutes(cluster, subnetOf(cluster), paired).map((r) => r.properties.addressPrefix);
    expect(prefixes).toEqual(['0.0.0.0/0', '20.1.0.0/24', '20.2.0.0/28', '20.9.0.0/25', '20.8.0.0/28']);
    const analysis = analyzeRoutes(cluster, paired).find((a) => a.subnetPath === 'network.subnet');
    expect(internetBypass(cluster, analysis!, 'AzureMachineLearning')).toBe('route');
  });

  it('warns when the file is older than eight weeks, only with a dated name and today', () => {
    const named = { fileName: 'ServiceTags_Public_20260401.json' };
    const stale = (extra: object) =>
      checkPlan(cluster, withFile(PUBLIC, extra)).filter((f) => f.ruleId === 'service-tags-stale');
    expect(stale({ ...named, today: '2026-08-01' })).toHaveLength(1);
    expect(stale({ ...named, today: '2026-05-01' })).toEqual([]);
    expect(stale(named)).toEqual([]);
  });

  it('reports a route table over 400 routes once, from the route analysis', () => {
    const many = Array.from({ length: 450 }, (_, i) => `20.3.${Math.floor(i / 2)}.${(i % 2) * 128}/32`);
    const big = tagsFile('Public', { ...PUBLIC_TAGS, 'BatchNodeManagement.EastUS2': { prefixes: many } });
    const limits = checkPlan(cluster, withFile(big)).filter((f) => f.ruleId === 'route-limit');
    expect(limits.map((f) => f.path)).toEqual(['network.subnet.routeTable.routes']);
  });
});

describe('a file that cannot give the routes', () => {
  it("reports a file of another cloud than the plan's region as the only error", () => {
    const gov = tagsFile('AzureGovernment', {});
    const findings = checkPlan(cluster, withFile(gov));
    expect(ruleIds(findings.filter((f) => f.severity === 'error'))).toEqual([
      'error:service-tags-cloud-mismatch',
    ]);
    expect(findings.find((f) => f.ruleId === 'service-tags-cloud-mismatch')?.message).toContain(
      'is in Azure public cloud, but this Service Tags file is for Azure Government',
    );
    expect(findings.some((f) => f.ruleId === 'ip-ranges-change')).toBe(false);
  });

  it('reports a tag missing from the file, and not the bypass as missing too', () => {
    const findings = checkPlan(cluster, withFile(tagsFile('Public', PUBLIC_TAGS)));
    expect(ruleIds(findings.filter((f) => f.severity === 'error'))).toEqual([
      'error:service-tags-tag-missing',
    ]);
    expect(findings.find((f) => f.severity === 'error')?.message).toContain(
      'has no tag "BatchNodeManagement.EastUS2"',
    );
    expect(findings.some((f) => f.ruleId === 'forced-tunnel-batch-route')).toBe(false);
  });

  it('reports a region the file cannot know', () => {
    const plan = withPatch(cluster, (p) => {
      p.workspace.region = 'marsnorth';
      p.network!.vnet.region = 'marsnorth';
    });
    expect(ruleIds(checkPlan(plan, withFile(PUBLIC)).filter((f) => f.severity === 'error'))).toContain(
      'error:service-tags-unknown-region',
    );
  });
});

describe('the real US Government file', () => {
  const parsed = parseServiceTags(readFileSync(GOV_FILE, 'utf8'));
  const file = parsed?.ok ? parsed.file : tagsFile('AzureGovernment', {});
  const plan = withPatch(cluster, (p) => {
    p.workspace.region = 'usgovvirginia';
    p.network!.vnet.region = 'usgovvirginia';
  });

  it('gives BatchNodeManagement.USGovVirginia routes whose addresses are exactly its five IPv4 prefixes', () => {
    const batch = plannedRoutes(plan, subnetOf(plan), file)
      .filter((r) => r.name.startsWith('BatchNodeManagement.USGovVirginia-'))
      .map((r) => r.properties.addressPrefix)
      .sort();
    const source = tagPrefixes(file, 'BatchNodeManagement.USGovVirginia')?.ipv4 ?? [];
    expect(source).toHaveLength(5);
    expect(batch).toEqual([...source].sort());
  });

  it('has no error findings, and reports the UDR features of both tags', () => {
    const findings = checkPlan(plan, { serviceTags: { file, fileName: GOV_FILE, today: '2026-08-01' } });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(tagFindings(findings)).toEqual([
      'warning:ip-ranges-change',
      'warning:route-tag-udr-feature',
      'info:route-tag-udr-feature',
      'info:service-tags-ipv6-omitted',
      'info:service-tags-ipv6-omitted',
    ]);
  });
});
