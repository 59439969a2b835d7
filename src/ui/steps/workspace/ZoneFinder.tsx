import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { foundZones, privateDnsZoneQuery, type FoundZone } from '../../../core/audit/index.ts';
import { resolvePrivateConnectivity } from '../../../core/index.ts';
import { queryGraphRows } from '../../../azure/resourceGraph/index.ts';
import type { SignInSession } from '../../../azure/msal/index.ts';
import { useAzureSession } from '../../audit/useAzureSession.ts';
import { usePlan } from '../../state/PlanStoreContext.ts';
import { useNetworkStepStyles } from '../vnet/networkStep.styles.ts';
import { existingVnetId } from './privateLinkLists.ts';
import { useFinderStyles } from './finder.styles.ts';

type Search =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'done'; readonly zones: readonly FoundZone[]; readonly partial: boolean };

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
  const [search, setSearch] = useState<Search>({ kind: 'idle' });
  const names = resolvePrivateConnectivity(plan).zones.map((zone) => zone.name);
  const isListed = (id: string) => listed.some((item) => item.toLowerCase() === id.toLowerCase());

  const find = async () => {
    setSearch({ kind: 'running' });
    try {
      const result = await queryGraphRows(
        {
          fetch: (url, init) => window.fetch(url, init),
          getToken: (options) => session.getToken(options),
        },
        privateDnsZoneQuery(names),
      );
      const zones = foundZones(result.rows, names, existingVnetId(plan));
      setSearch({ kind: 'done', zones, partial: result.partial || result.truncated });
    } catch (error) {
      setSearch({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <Button
        className={list.addButton}
        disabled={search.kind === 'running' || names.length === 0}
        onClick={() => void find()}
      >
        Find these zones in Azure
      </Button>
      <div aria-live="polite">
        {search.kind === 'running' && <Spinner size="tiny" label="Asking Azure Resource Graph…" />}
        {search.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{search.message}</MessageBarBody>
          </MessageBar>
        )}
        {search.kind === 'done' && search.zones.length === 0 && (
          <p className={list.empty}>No zone with these names in the subscriptions you can read.</p>
        )}
        {search.kind === 'done' && search.partial && (
          <p className={list.explanation}>
            Azure Resource Graph answered only in part: some subscriptions may be missing.
          </p>
        )}
      </div>
      {search.kind === 'done' && search.zones.length > 0 && (
        <ul className={styles.found} aria-label="Zones found in Azure">
          {search.zones.map((zone) => {
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
