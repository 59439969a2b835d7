import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { LazyDialogProps } from '../share/LazyDialogButton.tsx';
import { useAuditStyles } from './AuditDialog.styles.ts';
import { SignedInPanel } from './SignedInPanel.tsx';
import { SignInPanel } from './SignInPanel.tsx';
import { currentSignInSettings } from './signInSettings.ts';
import { useAzureSession } from './useAzureSession.ts';

/** Sign in, pick existing resources and audit them. MSAL loads only when "Sign in" is chosen. */
export default function AzureDialog({ open, onOpenChange }: LazyDialogProps) {
  const styles = useAuditStyles();
  const session = useAzureSession();
  const [settings] = useState(currentSignInSettings);
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Audit an existing Azure network</DialogTitle>
          <DialogContent className={styles.content}>
            {session.status === 'signedIn' ? (
              <SignedInPanel account={session.account} session={session.session} />
            ) : (
              <SignInPanel
                settings={settings}
                working={session.status === 'working'}
                {...(session.status === 'signedOut' && session.message ? { message: session.message } : {})}
              />
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>Close</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
