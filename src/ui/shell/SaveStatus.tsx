import { useSyncExternalStore } from 'react';
import type { Autosave } from '../state/autosave.ts';
import { useShellStyles } from './AppShell.styles.ts';

const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/**
 * Whether the plan is kept in this browser, and since when: "Saved in this browser at 10:42". Quiet text, not
 * a live region: it changes with every edit. The notices say why when the plan is not saved.
 */
export function SaveStatus({ autosave }: { readonly autosave: Autosave }) {
  const styles = useShellStyles();
  const lastSaved = useSyncExternalStore(autosave.subscribe, autosave.lastSaved, autosave.lastSaved);
  const failed = useSyncExternalStore(autosave.subscribe, autosave.failed, autosave.failed);
  const withheld = useSyncExternalStore(autosave.subscribe, autosave.withheld, autosave.withheld);
  const text =
    withheld || failed
      ? 'Not saved in this browser'
      : lastSaved === 'earlier'
        ? 'Saved in this browser'
        : lastSaved === undefined
          ? 'Not saved until you change something'
          : `Saved in this browser at ${time.format(lastSaved)}`;
  return <p className={styles.tagline}>{text}</p>;
}
