import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArmClient, ArmSubscription, ArmVirtualNetwork, ArmWorkspace } from '../../azure/arm/index.ts';
import { failed, IDLE, LOADING, type Load } from './loadState.ts';

/** What the person picked, by id. */
export interface AzureSelection {
  readonly subscriptionId?: string;
  readonly workspaceId?: string;
  readonly vnetId?: string;
  readonly subnetId?: string;
}

export interface AzureLists {
  readonly subscriptions: Load<readonly ArmSubscription[]>;
  readonly workspaces: Load<readonly ArmWorkspace[]>;
  readonly vnets: Load<readonly ArmVirtualNetwork[]>;
}

/** Reads into a `Load` setter, unless the component is gone or the read was replaced. */
function reader(signal: AbortSignal) {
  return async <T>(read: () => Promise<T>, setLoad: (load: Load<T>) => void) => {
    setLoad(LOADING);
    try {
      const value = await read();
      if (!signal.aborted) setLoad({ kind: 'ready', value });
    } catch (error) {
      if (!signal.aborted) setLoad(failed(error));
    }
  };
}

/**
 * The subscription, workspace, VNet and subnet lists, each read when the choice above it is made.
 * Everything is held in this component's state only, and dropped when it unmounts (sign-out).
 */
export function useAzurePickers(client: ArmClient) {
  const [selection, setSelection] = useState<AzureSelection>({});
  const [subscriptions, setSubscriptions] = useState<Load<readonly ArmSubscription[]>>(IDLE);
  const [workspaces, setWorkspaces] = useState<Load<readonly ArmWorkspace[]>>(IDLE);
  const [vnets, setVnets] = useState<Load<readonly ArmVirtualNetwork[]>>(IDLE);
  const controller = useRef(new AbortController());

  useEffect(() => {
    const own = new AbortController();
    controller.current = own;
    void reader(own.signal)(
      async () => (await client.listSubscriptions({ signal: own.signal })).items,
      setSubscriptions,
    );
    return () => own.abort();
  }, [client]);

  const selectSubscription = useCallback(
    (subscriptionId: string) => {
      setSelection({ subscriptionId });
      const { signal } = controller.current;
      const read = reader(signal);
      void read(async () => (await client.listWorkspaces(subscriptionId, { signal })).items, setWorkspaces);
      void read(async () => (await client.listVirtualNetworks(subscriptionId, { signal })).items, setVnets);
    },
    [client],
  );

  const selectWorkspace = useCallback(
    (workspaceId: string) => setSelection((s) => ({ ...s, workspaceId })),
    [],
  );
  const selectVnet = useCallback(
    (vnetId: string) => setSelection(({ subnetId: _subnet, ...s }) => ({ ...s, vnetId })),
    [],
  );
  const selectSubnet = useCallback((subnetId: string) => setSelection((s) => ({ ...s, subnetId })), []);

  const lists: AzureLists = { subscriptions, workspaces, vnets };
  return { lists, selection, selectSubscription, selectWorkspace, selectVnet, selectSubnet };
}
