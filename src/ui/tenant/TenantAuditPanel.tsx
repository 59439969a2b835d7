import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ComputeAudit } from '../../core/audit/index.ts';
import type { SignInSession } from '../../azure/msal/index.ts';
import { queryAuditRows } from '../../azure/resourceGraph/index.ts';
import { applyPlan } from '../audit/applyPlan.ts';
import { usePlanStore } from '../state/PlanStoreContext.ts';
import { auditTenantRows } from './tenantAudit.ts';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'done'; readonly audits: readonly ComputeAudit[]; readonly note?: string };

const STATUS = {
  failed: 'Errors',
  unchecked: 'Couldn’t check',
  passed: 'Passed',
  unusable: 'Not a plan',
} as const;

const errorsOf = (audit: ComputeAudit) => audit.findings.filter((f) => f.severity === 'error').length;

function Results({
  audits,
  onOpen,
}: {
  audits: readonly ComputeAudit[];
  onOpen: (audit: ComputeAudit) => void;
}) {
  if (audits.length === 0) return <p>No training computes were found in the subscriptions you can read.</p>;
  return (
    <Table aria-label="Training computes in your tenant" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Compute</TableHeaderCell>
          <TableHeaderCell>Workspace</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Details</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {audits.map((audit) => (
          <TableRow key={audit.id}>
            <TableCell>{audit.name}</TableCell>
            <TableCell>{audit.workspace.split('/').at(-1)}</TableCell>
            <TableCell>
              {STATUS[audit.status]}
              {audit.status === 'failed' ? ` (${errorsOf(audit)})` : ''}
            </TableCell>
            <TableCell>
              {audit.plan ? (
                <Button
                  size="small"
                  onClick={() => onOpen(audit)}
                  aria-label={`Open ${audit.name} in the wizard`}
                >
                  Open in wizard
                </Button>
              ) : (
                audit.missing.map((problem) => problem.message).join(' ')
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * "Audit my tenant": runs the audit's Resource Graph query with the signed-in session, lists every training
 * compute with its status, and opens one as the wizard's plan.
 */
export function TenantAuditPanel({ session }: { readonly session: SignInSession }) {
  const store = usePlanStore();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [opened, setOpened] = useState<string>();
  const run = async () => {
    setState({ kind: 'running' });
    try {
      const result = await queryAuditRows({
        fetch: (url, init) => window.fetch(url, init),
        getToken: (options) => session.getToken(options),
      });
      const note =
        result.partial || result.truncated
          ? 'Azure Resource Graph returned a partial answer: some subscriptions or rows are missing from this list.'
          : undefined;
      setState({ kind: 'done', audits: auditTenantRows(result.rows), ...(note ? { note } : {}) });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const open = (audit: ComputeAudit) => {
    if (!audit.plan) return;
    const applied = applyPlan(store, audit.plan);
    setOpened(applied.ok ? `${audit.name} is now the wizard’s plan.` : applied.message);
  };
  return (
    <section aria-labelledby="tenant-audit-heading">
      <h3 id="tenant-audit-heading">Audit my tenant</h3>
      <p>Check every training compute you can read, across subscriptions, with Azure Resource Graph.</p>
      <Button appearance="primary" onClick={() => void run()} disabled={state.kind === 'running'}>
        Audit my tenant
      </Button>
      <div aria-live="polite">
        {state.kind === 'running' && <Spinner size="tiny" label="Reading Azure Resource Graph…" />}
        {state.kind === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === 'done' && state.note && (
          <MessageBar intent="warning">
            <MessageBarBody>{state.note}</MessageBarBody>
          </MessageBar>
        )}
        {opened && <p>{opened}</p>}
      </div>
      {state.kind === 'done' && <Results audits={state.audits} onOpen={open} />}
    </section>
  );
}
