import { Button } from '@fluentui/react-components';
import { foundZones, privateDnsZoneQuery, type FoundZone } from '../../../core/audit/index.ts';
import { resolvePrivateConnectivity } from '../../../core/index.ts';
import type { SignInSession } from '../../../azure/msal/index.ts';
import { useAzureSession } from '../../audit/useAzureSession.ts';
import { usePlan } from '../../state/PlanStoreContext.ts';
import { useNetworkStepStyles } from '../vnet/networkStep.styles.ts';
import { GraphSearchStatus, useFinderStyles, useGraphSearch } from './graphSearch.tsx';
import { existingVnetId } from './privateLinkLists.ts';

export interface ZoneFinderProps {
  /** Ids already in the list (compared without case). */
  readonly listed: readonly string[];
  readonly onAdd: (zone: { readonly id: string; readonly linked: boolean }) => void;
}

/**
 * Signed in: finds the zones the endpoints need in every subscription the person can read (one Resource
 * Graph query), each with whether it is linked to the compute VNet already, and adds one to the list.
 */
export function ZoneFinder(props: ZoneFinderProps) {
  const session = useAzureSession();
  const list = useNetworkStepStyles();
  if (session.status !== 'signedIn') {
    return (
      <p className={list.explanation}>
        Signed in to Azure, the wizard can find these zones in your subscriptions for you.
      </p>
    );
  }
  return <SignedInFinder {...props} session={session.session} />;
}

function SignedInFinder({ listed, onAdd, session }: ZoneFinderProps & { readonly session: SignInSession }) {
  const plan = usePlan();
  const styles = useFinderStyles();
  const list = useNetworkStepStyles();
  const { search, find } = useGraphSearch<FoundZone>(session);
  const names = resolvePrivateConnectivity(plan).zones.map((zone) => zone.name);
  const isListed = (id: string) => listed.some((item) => item.toLowerCase() === id.toLowerCase());

  return (
    <>
      <Button
        className={list.addButton}
        disabled={search.kind === 'running' || names.length === 0}
        onClick={() =>
          find(privateDnsZoneQuery(names), (rows) => foundZones(rows, names, existingVnetId(plan)))
        }
      >
        Find these zones in Azure
      </Button>
      <GraphSearchStatus
        search={search}
        emptyText="No zone with these names in the subscriptions you can read."
      />
      {search.kind === 'done' && search.items.length > 0 && (
        <ul className={styles.found} aria-label="Zones found in Azure">
          {search.items.map((zone) => {
            const where = `in ${zone.resourceGroup}, subscription ${zone.subscriptionId}`;
            const done = isListed(zone.id);
            return (
              <li key={zone.id} className={styles.item}>
                <span>
                  <strong>{zone.name}</strong> {where}
                  {zone.linkedToVnet ? ', already linked to this VNet' : ', not linked to this VNet'}
                </span>
                <Button
                  size="small"
                  disabledFocusable={done}
                  aria-label={done ? `${zone.name} ${where} is listed` : `Add ${zone.name} ${where}`}
                  onClick={() => onAdd({ id: zone.id, linked: zone.linkedToVnet })}
                >
                  {done ? 'Listed' : 'Add'}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
