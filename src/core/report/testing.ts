/** Test-only: subjects and a tool description for the report tests. */
import { DOCS, type Finding } from '../index.ts';
import type { ReportSubject, ReportTool } from './types.ts';

export const TOOL: ReportTool = {
  name: 'aml-network-wizard',
  version: '9.9.9',
  informationUri: 'https://example.com/aml-network-wizard',
  rules: [
    { id: 'subnet-size', title: 'The subnet is big enough.', docUrl: DOCS.secureTraining, severity: 'error' },
    { id: 'nsg-outbound', title: 'Outbound is allowed.', docUrl: DOCS.firewall, severity: 'warning' },
    {
      id: 'databricks-only',
      title: 'Only for Databricks.',
      docUrl: DOCS.secureTraining,
      severity: 'error',
      kinds: ['databricks'],
    },
  ],
};

export const PLAN_TEXT = `{
  "version": 1,
  "network": {
    "subnet": {
      "addressPrefix": "10.0.1.0/29",
      "delegations": ["Microsoft.Web/serverFarms"]
    }
  }
}
`;

export const finding = (ruleId: string, severity: Finding['severity'], path: string, message: string) => ({
  ruleId,
  severity,
  path,
  message,
  docUrl: ruleId === 'nsg-outbound' ? DOCS.firewall : DOCS.secureTraining,
});

/** A failed plan, a passed one, a plan that isn't a plan and a compute the audit couldn't check. */
export const SUBJECTS: readonly ReportSubject[] = [
  {
    id: 'plans/a & <b>.json',
    artifact: 'plans/a & <b>.json',
    source: PLAN_TEXT,
    kind: 'computeCluster',
    status: 'failed',
    findings: [
      finding('subnet-size', 'error', 'network.subnet.addressPrefix', 'Too small: "/29" < /28 & more.'),
      finding('nsg-outbound', 'warning', 'network.subnet.delegations.0', 'Delegated \u0001 <x>.'),
      finding('nsg-outbound', 'info', 'network.subnet.routeTable', 'No route table.'),
    ],
    problems: [],
  },
  {
    id: 'plans/ok.json',
    artifact: 'plans/ok.json',
    source: '{}',
    kind: 'computeInstance',
    status: 'passed',
    findings: [],
    problems: [],
  },
  {
    id: 'plans/broken.json',
    artifact: 'plans/broken.json',
    source: '{',
    status: 'unusable',
    findings: [],
    problems: [{ path: '', message: 'Not JSON: unexpected end.' }],
  },
  {
    id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/w/computes/c',
    artifact: 'export.json',
    status: 'unchecked',
    findings: [],
    problems: [{ path: 'subnet', message: 'The subnet /subscriptions/s/x is missing from the export.' }],
  },
];
