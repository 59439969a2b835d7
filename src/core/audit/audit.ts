import {
  checkPlan,
  type CheckOptions,
  type ComputeKind,
  type Finding,
  type FlowProof,
  type Plan,
} from '../index.ts';
import { computeNameRule, nameSchema } from '../model/names.ts';
import { subjectStatus, type Problem, type ReportSubject, type SubjectStatus } from '../report/index.ts';
import { parseRebuilt, rawComputePlan, type RebuiltPlan } from './computePlan.ts';
import { auditFlows } from './flows.ts';
import { workspaceIdOf, type Inventory } from './inventory.ts';
import type { GraphRow } from './rows.ts';

/** One compute's audit: what `--format json` prints for it. */
export interface ComputeAudit {
  readonly id: string;
  readonly name: string;
  readonly workspace: string;
  /** The plan's compute kind, or ARM's computeType when the audit can't check that type. */
  readonly kind: string;
  readonly status: SubjectStatus;
  readonly findings: readonly Finding[];
  readonly flows: readonly FlowProof[];
  /** What the export lacks for this compute ("couldn't check"); empty when it was checked. */
  readonly missing: readonly Problem[];
  /** The export file the compute's row came from. */
  readonly source: string;
  /** The rebuilt plan, when one could be built (opens the compute in the wizard). */
  readonly plan?: Plan;
}

/** The checks the audit runs on each rebuilt plan; injectable for tests. */
export interface AuditChecks {
  readonly checkPlan: (plan: Plan, options: CheckOptions) => readonly Finding[];
  readonly flows: (plan: Plan) => readonly FlowProof[];
}

export const DEFAULT_CHECKS: AuditChecks = { checkPlan, flows: auditFlows };

/** Checked plans by their content without the compute's name: computes that differ only by name share one. */
export type AuditCache = Map<string, Checked | Extract<RebuiltPlan, { ok: false }>>;

interface Checked {
  readonly ok: true;
  readonly plan: Plan;
  readonly findings: readonly Finding[];
  readonly flows: readonly FlowProof[];
}

/** Beyond this many distinct plans the cache starts over, so memory stays bounded. */
const MAX_CACHED = 2000;
/** Stands for the compute's name while a plan is checked once for every compute that shares it. */
const NAME_TOKEN = 'compute-name-token';
const computeName = nameSchema(computeNameRule);

function checkedCompute(
  compute: GraphRow,
  inventory: Inventory,
  checks: AuditChecks,
  cache: AuditCache,
): Checked | Extract<RebuiltPlan, { ok: false }> {
  const built = rawComputePlan(compute, inventory);
  if (!built.ok) return built;
  const section = built.raw.compute as Record<string, unknown>;
  const named = computeName.safeParse(section.name);
  if (!named.success) return parseRebuilt(built.raw, built.notes) as Extract<RebuiltPlan, { ok: false }>;
  const raw = { ...built.raw, compute: { ...section, name: NAME_TOKEN } };
  const key = JSON.stringify(raw);
  let entry = cache.get(key);
  if (!entry) {
    const parsed = parseRebuilt(raw, built.notes);
    entry = parsed.ok
      ? {
          ok: true,
          plan: parsed.plan,
          findings: checks.checkPlan(parsed.plan, {}),
          flows: checks.flows(parsed.plan),
        }
      : parsed;
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, entry);
  }
  if (!entry.ok) return entry;
  const name = named.data;
  return {
    ok: true,
    plan: { ...entry.plan, compute: { ...entry.plan.compute, name } } as Plan,
    findings: entry.findings.map((f) => ({ ...f, message: f.message.replaceAll(NAME_TOKEN, name) })),
    flows: entry.flows,
  };
}

const nameOf = (row: GraphRow) => row.name?.split('/').at(-1) ?? row.id.split('/').at(-1) ?? row.id;

/**
 * Audits one compute of an export: rebuilds its plan from the rows it uses and runs the same rules and
 * flows as `validate`. Set `keepPlan` to return the plan too (the browser opens it; the CLI drops it to
 * keep memory bounded over thousands of computes).
 * @see https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
 */
export function auditCompute(
  compute: GraphRow,
  inventory: Inventory,
  checks: AuditChecks = DEFAULT_CHECKS,
  options: { readonly keepPlan?: boolean; readonly cache?: AuditCache } = {},
): ComputeAudit {
  const base = {
    id: compute.id,
    name: nameOf(compute),
    workspace: workspaceIdOf(compute.id),
    source: inventory.sourceOf.get(compute) ?? '',
  };
  const checked = checkedCompute(compute, inventory, checks, options.cache ?? new Map());
  if (!checked.ok) {
    const computeType = (compute.properties as { computeType?: unknown } | undefined)?.computeType;
    const kind = typeof computeType === 'string' ? computeType : 'unknown';
    return { ...base, kind, status: 'unchecked', findings: [], flows: [], missing: checked.missing };
  }
  const { plan, findings, flows } = checked;
  return {
    ...base,
    kind: plan.compute.kind,
    status: subjectStatus(findings, [], 'unchecked'),
    findings,
    flows,
    missing: [],
    ...(options.keepPlan ? { plan } : {}),
  };
}

/** A compute's audit as a report subject (SARIF, JUnit, Markdown). */
export function auditSubject(audit: ComputeAudit): ReportSubject {
  return {
    id: audit.id,
    artifact: audit.source,
    ...(audit.status === 'unchecked' ? {} : { kind: audit.kind as ComputeKind }),
    status: audit.status,
    findings: audit.findings,
    problems: audit.missing,
  };
}

/** Totals of an audit: computes in each status and findings by severity. */
export interface AuditSummary {
  readonly computes: number;
  readonly passed: number;
  readonly failed: number;
  readonly unchecked: number;
  readonly errors: number;
  readonly warnings: number;
}

export function summarizeAudit(audits: Iterable<ComputeAudit>): AuditSummary {
  const sum = { computes: 0, passed: 0, failed: 0, unchecked: 0, errors: 0, warnings: 0 };
  for (const audit of audits) {
    sum.computes += 1;
    if (audit.status === 'passed' || audit.status === 'failed' || audit.status === 'unchecked')
      sum[audit.status] += 1;
    for (const finding of audit.findings) {
      if (finding.severity === 'error') sum.errors += 1;
      if (finding.severity === 'warning') sum.warnings += 1;
    }
  }
  return sum;
}
