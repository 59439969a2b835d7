import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useMemo, useRef } from 'react';
import type { ArmClient, ArmWorkspace } from '../../azure/arm/index.ts';
import { workspaceFromArm } from '../../azure/discovery/index.ts';
import { useAuditStyles } from './AuditDialog.styles.ts';
import { AuditResults } from './AuditResults.tsx';
import { valueOf, type Load } from './loadState.ts';
import { PlanChanges } from './PlanChanges.tsx';
import { subnetOptions, subscriptionOptions, vnetOptions, workspaceOptions } from './pickOptions.ts';
import { SearchableCombobox } from './SearchableCombobox.tsx';
import { useAzureAudit } from './useAzureAudit.ts';
import { useAzurePickers } from './useAzurePickers.ts';

function hintFor<T>(
  load: Load<readonly T[]>,
  waitingFor: string | undefined,
  noun: string,
): string | undefined {
  if (waitingFor !== undefined) return waitingFor;
  if (load.kind === 'loading') return `Reading ${noun} from Azure…`;
  if (load.kind === 'ready' && load.value.length === 0) return `No ${noun} here that you can read.`;
  return undefined;
}

/** True when the workspace keeps its compute in a managed network, so no VNet or subnet is picked. */
function isManagedNetwork(workspace: ArmWorkspace): boolean {
  const piece = workspaceFromArm(workspace, '');
  return piece.ok && piece.value.isolation === 'managedVnet';
}

const errorOf = <T,>(load: Load<T>) => (load.kind === 'failed' ? load.message : undefined);

/**
 * Subscription → workspace → VNet → subnet pickers, then "Audit and apply to plan": what it would change
 * in the plan, to confirm or go back from, and after applying the results.
 */
export function AzurePickers({ client }: { readonly client: ArmClient }) {
  const styles = useAuditStyles();
  const pickers = useAzurePickers(client);
  const { audit, run, confirm, reset } = useAzureAudit(client);
  const auditButton = useRef<HTMLButtonElement>(null);
  const { lists, selection } = pickers;
  const workspace = valueOf(lists.workspaces)?.find((w) => w.id === selection.workspaceId);
  const vnet = valueOf(lists.vnets)?.find((v) => v.id === selection.vnetId);
  const managed = workspace !== undefined && isManagedNetwork(workspace);
  const options = useMemo(
    () => ({
      subscriptions: subscriptionOptions(valueOf(lists.subscriptions) ?? []),
      workspaces: workspaceOptions(valueOf(lists.workspaces) ?? []),
      vnets: vnetOptions(valueOf(lists.vnets) ?? []),
    }),
    [lists],
  );
  const noSubscription = selection.subscriptionId === undefined ? 'Choose a subscription first.' : undefined;
  const ready =
    workspace !== undefined && (managed || (vnet !== undefined && selection.subnetId !== undefined));

  return (
    <div className={styles.content}>
      <div className={styles.pickers}>
        <SearchableCombobox
          label="Subscription"
          options={options.subscriptions}
          selected={selection.subscriptionId}
          onSelect={pickers.selectSubscription}
          hint={hintFor(lists.subscriptions, undefined, 'subscriptions')}
          error={errorOf(lists.subscriptions)}
        />
        <SearchableCombobox
          label="Workspace"
          options={options.workspaces}
          selected={selection.workspaceId}
          onSelect={pickers.selectWorkspace}
          hint={hintFor(lists.workspaces, noSubscription, 'workspaces')}
          error={errorOf(lists.workspaces)}
          disabled={noSubscription !== undefined}
        />
        <SearchableCombobox
          label="Virtual network"
          options={options.vnets}
          selected={selection.vnetId}
          onSelect={pickers.selectVnet}
          hint={
            managed
              ? 'This workspace uses a managed network: compute doesn’t go into your own VNet.'
              : hintFor(lists.vnets, noSubscription, 'virtual networks')
          }
          error={errorOf(lists.vnets)}
          disabled={noSubscription !== undefined || managed}
        />
        <SearchableCombobox
          key={selection.vnetId ?? 'none'}
          label="Subnet"
          options={subnetOptions(vnet?.subnets ?? [])}
          selected={selection.subnetId}
          onSelect={pickers.selectSubnet}
          hint={vnet === undefined ? 'Choose a virtual network first.' : undefined}
          disabled={vnet === undefined || managed}
        />
      </div>
      <div className={styles.row}>
        <Button
          ref={auditButton}
          appearance="primary"
          disabled={!ready || audit.kind === 'loading'}
          onClick={() => {
            if (workspace === undefined || selection.subscriptionId === undefined) return;
            void run({
              subscriptionId: selection.subscriptionId,
              workspace,
              ...(vnet ? { vnet } : {}),
              ...(selection.subnetId ? { subnetId: selection.subnetId } : {}),
            });
          }}
        >
          Audit and apply to plan
        </Button>
        {audit.kind === 'loading' && <Spinner size="tiny" label="Reading the resources and checking them…" />}
      </div>
      {audit.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{audit.message}</MessageBarBody>
        </MessageBar>
      )}
      {audit.kind === 'review' && (
        <PlanChanges
          changes={audit.changes}
          notes={audit.outcome.notes}
          onApply={confirm}
          onBack={() => {
            reset();
            auditButton.current?.focus();
          }}
        />
      )}
      {audit.kind === 'ready' && (
        <AuditResults liveChecks={audit.value.liveChecks} notes={audit.value.notes} />
      )}
    </div>
  );
}
