import {
  addRows,
  auditCompute,
  auditSubject,
  createInventory,
  readGraphPage,
  RESOURCE_GRAPH_QUERY,
  summarizeAudit,
  type AuditCache,
  type ComputeAudit,
  type Inventory,
} from '../core/audit/index.ts';
import { toJunit, toMarkdown, toSarif, type ReportFormat } from '../core/report/index.ts';
import { formatAuditText } from './auditText.ts';
import { CliError, EXIT, type CliIo } from './io.ts';
import { createStyle, jsonLine } from './report.ts';
import { REPORT_TOOL } from './reportTool.ts';

/** A page of 1000 full ARM resources is a few MB; this leaves room for very large VNets and NSGs. */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

export interface AuditJob {
  readonly exports: readonly string[];
  readonly printQuery: boolean;
  readonly format: ReportFormat;
}

async function readExports(io: CliIo, files: readonly string[]): Promise<Inventory> {
  const inventory = createInventory();
  for (const file of files) {
    const text = await io.readText(file, MAX_EXPORT_BYTES);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new CliError(
        `${file} is not JSON (${detail}); save the output of az graph query … -o json unchanged.`,
      );
    }
    const page = readGraphPage(json);
    if (!page.ok) throw new CliError(`${file}: ${page.message}`);
    addRows(inventory, page.rows, file);
  }
  return inventory;
}

function render(audits: readonly ComputeAudit[], format: ReportFormat, color: boolean): string {
  const summary = summarizeAudit(audits);
  switch (format) {
    case 'json':
      return jsonLine({
        computes: audits.map(({ id, name, workspace, kind, status, findings, flows, missing }) => ({
          id,
          name,
          workspace,
          kind,
          status,
          findings,
          flows,
          missing,
        })),
        summary,
      });
    case 'sarif':
      return jsonLine(toSarif(audits.map(auditSubject), REPORT_TOOL));
    case 'junit':
      return toJunit(audits.map(auditSubject), REPORT_TOOL);
    case 'markdown':
      return toMarkdown(audits.map(auditSubject), {
        title: 'AML Network Wizard: tenant audit',
        subjectHeading: 'Compute',
      });
    case 'text':
      return formatAuditText(audits, summary, createStyle(color));
  }
}

/**
 * `audit`: reads the Resource Graph pages, audits every compute in them (computes that differ only by name
 * share one check) and prints one report. Exit 1 when a compute has an error finding.
 * @see https://learn.microsoft.com/azure/governance/resource-graph/first-query-azurecli
 */
export async function runAudit(io: CliIo, job: AuditJob): Promise<number> {
  if (job.printQuery) {
    io.stdout(
      job.format === 'json' ? jsonLine({ query: RESOURCE_GRAPH_QUERY }) : `${RESOURCE_GRAPH_QUERY}\n`,
    );
    return EXIT.ok;
  }
  const inventory = await readExports(io, job.exports);
  const cache: AuditCache = new Map();
  const audits = inventory.computes.map((compute) => auditCompute(compute, inventory, undefined, { cache }));
  io.stdout(render(audits, job.format, io.color));
  return audits.some((audit) => audit.status === 'failed') ? EXIT.errorFindings : EXIT.ok;
}
