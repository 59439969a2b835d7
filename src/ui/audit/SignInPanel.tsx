import { Button, Field, Input, Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import {
  clientIdProblem,
  DEFAULT_TENANT,
  normalizeSettings,
  saveSignInSettings,
  tenantProblem,
  type SignInSettings,
} from '../../azure/msal/index.ts';
import { useAuditStyles } from './AuditDialog.styles.ts';
import { signIn } from './azureSignIn.ts';
import { localSettingsStorage } from './signInSettings.ts';

const REGISTER_DOC = 'https://learn.microsoft.com/entra/identity-platform/scenario-spa-app-registration';

export interface SignInPanelProps {
  readonly settings: SignInSettings | undefined;
  readonly working: boolean;
  readonly message?: string;
}

/** The app registration to use (saved in this browser) and the Sign in button. */
export function SignInPanel({ settings, working, message }: SignInPanelProps) {
  const styles = useAuditStyles();
  const [clientId, setClientId] = useState(settings?.clientId ?? '');
  const [tenant, setTenant] = useState(settings?.tenant ?? DEFAULT_TENANT);
  const [touched, setTouched] = useState(false);
  const clientError = touched ? clientIdProblem(clientId) : undefined;
  const tenantError = touched ? tenantProblem(tenant) : undefined;

  const submit = () => {
    setTouched(true);
    if (clientIdProblem(clientId) !== undefined || tenantProblem(tenant) !== undefined) return;
    const chosen = normalizeSettings({ clientId, tenant });
    if (chosen === undefined) return;
    // Only the two identifiers are kept, so the next visit can sign in without typing them again.
    saveSignInSettings(localSettingsStorage(), chosen);
    void signIn(chosen);
  };

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <p className={styles.prose}>
        Sign in to pick your workspace, virtual network and subnet instead of typing them. The wizard only
        reads from Azure Resource Manager, as you; it never changes anything, and your sign-in lasts only
        while this tab is open.{' '}
        <Link
          href={REGISTER_DOC}
          target="_blank"
          rel="noreferrer"
          aria-label="Learn more about registering a single-page app (opens in a new tab)"
        >
          Learn more
        </Link>
      </p>
      <Field
        label="Application (client) ID"
        hint="From your single-page app registration in Microsoft Entra ID."
        required
        validationMessage={clientError}
      >
        <Input
          value={clientId}
          onChange={(_, data) => setClientId(data.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <Field
        label="Tenant"
        hint='Directory (tenant) ID, a domain such as contoso.onmicrosoft.com, or "organizations".'
        required
        validationMessage={tenantError}
      >
        <Input
          value={tenant}
          onChange={(_, data) => setTenant(data.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      {message && (
        <MessageBar intent="error">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={working}>
          Sign in
        </Button>
        {working && <Spinner size="tiny" label="Signing in…" />}
      </div>
    </form>
  );
}
