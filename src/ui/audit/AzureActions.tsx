import { lazyPart } from '../lazy/lazyPart.ts';
import { useEffect } from 'react';
import { LazyDialogButton } from '../share/LazyDialogButton.tsx';
import { useAzureActionsStyles } from './AzureActions.styles.ts';
import { resumeRedirectSignIn } from './azureSession.ts';
import { useAzureSession } from './useAzureSession.ts';

const loadPasteDialog = () => import('./PasteAuditDialog.tsx');
const PasteAuditDialog = lazyPart(loadPasteDialog);
const loadAzureDialog = () => import('./AzureDialog.tsx');
const AzureDialog = lazyPart(loadAzureDialog);

/**
 * Header actions for existing Azure networks: sign in and pick resources, or audit pasted `az … show`
 * output. Loaded after the first paint; MSAL itself loads only when the person chooses to sign in
 * (or comes back from a sign-in that had to leave the page).
 */
export default function AzureActions() {
  const styles = useAzureActionsStyles();
  const session = useAzureSession();
  useEffect(() => {
    void resumeRedirectSignIn();
  }, []);
  const signInLabel = session.status === 'signedIn' ? `Azure: ${session.account.name}` : 'Sign in to Azure';
  return (
    <div role="group" aria-label="Existing Azure resources" className={styles.actions}>
      <LazyDialogButton
        label="Audit pasted JSON"
        preload={loadPasteDialog}
        renderDialog={(dialog) => <PasteAuditDialog {...dialog} />}
      />
      <LazyDialogButton
        label={signInLabel}
        preload={loadAzureDialog}
        renderDialog={(dialog) => <AzureDialog {...dialog} />}
      />
    </div>
  );
}
