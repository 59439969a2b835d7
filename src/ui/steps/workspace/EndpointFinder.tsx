import { Button } from '@fluentui/react-components';
import { foundEndpoints, workspaceEndpointQuery, type FoundEndpoint } from '../../../core/audit/index.ts';
import { workspaceResourceId } from '../../../core/index.ts';
import type { SignInSession } from '../../../azure/msal/index.ts';
import { useAzureSession } from '../../audit/useAzureSession.ts';
import { usePlan } from '../../state/PlanStoreContext.ts';
import { useNetworkStepStyles } from '../vnet/networkStep.styles.ts';
import { endpointChoice, type EndpointChoice } from './privateLinkLists.ts';
import { GraphSearchStatus, useFinderStyles, useGraphSearch } from './graphSearch.tsx';

export interface EndpointFinderProps {
  /** The endpoint the form names now, if any. */
  readonly chosen: string | undefined;
  readonly onChoose: (choice: EndpointChoice) => void;
}

/** Signed in: finds the workspace's existing private endpoints, and uses one for the placement. */
export function EndpointFinder(props: EndpointFinderProps) {
  const session = useAzureSession();
  if (session.status !== 'signedIn') return null;
  return <SignedInFinder {...props} session={session.session} />;
}

const vnetName = (id: string | undefined) => id?.split('/').at(-1) ?? 'an unknown network';

function SignedInFinder({
  chosen,
  onChoose,
  session,
}: EndpointFinderProps & { readonly session: SignInSession }) {
  const plan = usePlan();
  const styles = useFinderStyles();
  const list = useNetworkStepStyles();
  const { search, find } = useGraphSearch<FoundEndpoint>(session);
  const target = workspaceResourceId(plan.workspace);

  return (
    <div className={list.list}>
      <p className={list.listTitle}>The workspace’s private endpoints in Azure</p>
      <Button
        className={list.addButton}
        disabled={search.kind === 'running'}
        onClick={() => find(workspaceEndpointQuery(target), (rows) => foundEndpoints(rows, target))}
      >
        Find the workspace’s private endpoints
      </Button>
      <GraphSearchStatus
        search={search}
        emptyText={`No private endpoint of ${plan.workspace.name} in the subscriptions you can read.`}
      />
      {search.kind === 'done' && search.items.length > 0 && (
        <ul className={styles.found} aria-label="Private endpoints of the workspace">
          {search.items.map((endpoint) => {
            const where = `in ${endpoint.resourceGroup}, VNet ${vnetName(endpoint.vnetId)}`;
            const inUse = chosen?.toLowerCase() === endpoint.id.toLowerCase();
            const approved = endpoint.status?.toLowerCase() === 'approved';
            return (
              <li key={endpoint.id} className={styles.item}>
                <span>
                  <strong>{endpoint.name}</strong> {where},{' '}
                  {approved ? (
                    'approved'
                  ) : (
                    <span className={styles.problem}>
                      {endpoint.status ?? 'state unknown'}: the workspace’s owner must approve the connection
                      before the compute can use it
                    </span>
                  )}
                </span>
                <Button
                  size="small"
                  disabledFocusable={inUse}
                  aria-label={
                    inUse ? `${endpoint.name} is the endpoint in use` : `Use ${endpoint.name} ${where}`
                  }
                  onClick={() => onChoose(endpointChoice(plan, endpoint))}
                >
                  {inUse ? 'In use' : 'Use this endpoint'}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
