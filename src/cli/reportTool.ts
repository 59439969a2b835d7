import { allRules } from '../core/index.ts';
import type { ReportTool } from '../core/report/index.ts';
import { VERSION } from './help.ts';

/** This tool as the SARIF and JUnit reports name it, with every checked rule. */
export const REPORT_TOOL: ReportTool = {
  name: 'aml-network-wizard',
  version: VERSION,
  rules: allRules.map(({ id, title, docUrl, severity, kinds }) => ({
    id,
    title,
    docUrl,
    severity,
    ...(kinds ? { kinds } : {}),
  })),
};
