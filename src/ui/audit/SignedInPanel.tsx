import { Button } from '@fluentui/react-components';
import { useMemo } from 'react';
import { createArmClient } from '../../azure/arm/index.ts';
import type { SignedInAccount, SignInSession } from '../../azure/msal/index.ts';
import { useAuditStyles } from './AuditDialog.styles.ts';
import { signOut } from './azureSession.ts';
import { AzurePickers } from './AzurePickers.tsx';
import { TenantAuditPanel } from '../tenant/TenantAuditPanel.tsx';
import { useAzureDataGeneration } from './useAzureSession.ts';

export interface SignedInPanelProps {
  readonly account: SignedInAccount;
  readonly session: SignInSession;
}

/** Who is signed in, Sign out, and the resource pickers over a GET-only ARM client. */
export function SignedInPanel({ account, session }: SignedInPanelProps) {
  const styles = useAuditStyles();
  const generation = useAzureDataGeneration();
  const client = useMemo(
    () =>
      createArmClient({
        fetch: (url, init) => window.fetch(url, init),
        getToken: (options) => session.getToken(options),
      }),
    [session],
  );
  return (
    <div className={styles.content}>
      <div className={styles.row}>
        <p className={styles.prose}>
          Signed in as <strong>{account.name}</strong> ({account.username}).
        </p>
        <Button onClick={() => void signOut()}>Sign out</Button>
      </div>
      <p className={styles.prose}>
        Choose what exists; the wizard reads it, puts it into your plan and checks it against Microsoft’s
        requirements.
      </p>
      <AzurePickers key={generation} client={client} />
      <TenantAuditPanel key={`tenant-${generation}`} session={session} />
    </div>
  );
}
