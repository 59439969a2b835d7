import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Component, useContext, useSyncExternalStore, type ErrorInfo, type ReactNode } from 'react';
import { AutosaveContext } from '../state/AutosaveContext.ts';
import type { Autosave } from '../state/autosave.ts';
import { forgetFailedLoads } from './lazyPart.ts';
import { usePartBoundaryStyles } from './PartBoundary.styles.ts';

export interface PartBoundaryProps {
  /** The part, as the subject of a sentence: "This step", "The Share dialog". */
  readonly what: string;
  /** Offered beside Retry when the part can also be put away (a dialog). */
  readonly onDismiss?: () => void;
  /** Shown over the page's corner rather than in place (for a part, like a dialog, that has no place of its own). */
  readonly floating?: boolean;
  readonly children: ReactNode;
}

interface State {
  readonly error?: unknown;
  /** How many times Retry was pressed since the part last showed. */
  readonly retries: number;
}

/** True for the browser's "the code of a part loaded on demand didn't arrive" errors (Chromium, Firefox, Safari). */
export function isLoadFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|module script failed|importing a module script failed|error loading dynamically/i.test(
    message,
  );
}

/** Why the part is missing and what to do, in plain words. */
export function failureText(error: unknown, retries: number, planSaved = true): string {
  const cause = isLoadFailure(error)
    ? 'its code could not be fetched: you may be offline, or a newer version of the wizard was published'
    : `it stopped with an error (${error instanceof Error ? error.message : String(error)})`;
  const again =
    retries === 0
      ? ''
      : isLoadFailure(error)
        ? ` It failed again: check your connection, then Retry. If you are online and it still fails, reload the page: the browser keeps a failed download until then. ${
            planSaved
              ? 'Your plan stays saved in this browser.'
              : 'Export the plan first: this browser is not keeping it, so a reload would lose it.'
          }`
        : ' It failed again: check your connection, then Retry.';
  return `It could not be shown because ${cause}. Your plan is kept; nothing you entered is lost.${again}`;
}

/**
 * Keeps a part loaded on demand (a step, a dialog, a panel) from blanking the page when its code can't be fetched
 * or it fails while drawing: says so, keeps the plan (it lives above this boundary), and offers Retry.
 */
export class PartBoundary extends Component<PartBoundaryProps, State> {
  override state: State = { retries: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever looks into it; the person sees the message bar.
    console.warn(`${this.props.what} failed to show`, error, info.componentStack);
  }

  private readonly retry = () => {
    forgetFailedLoads();
    this.setState((state) => ({ error: undefined, retries: state.retries + 1 }));
  };

  private readonly dismiss = () => {
    this.setState({ error: undefined, retries: 0 });
    this.props.onDismiss?.();
  };

  override render() {
    const { error, retries } = this.state;
    if (error === undefined) return this.props.children;
    return (
      <PartFailure
        what={this.props.what}
        error={error}
        retries={retries}
        floating={this.props.floating}
        onRetry={this.retry}
        offerReload={retries > 0 && isLoadFailure(error)}
        onDismiss={this.props.onDismiss && this.dismiss}
      />
    );
  }
}

interface PartFailureProps {
  readonly what: string;
  readonly error: unknown;
  readonly retries: number;
  readonly floating?: boolean;
  readonly onRetry: () => void;
  /** After a Retry that failed to load code: a reload fetches everything afresh. */
  readonly offerReload?: boolean;
  readonly onDismiss?: () => void;
}

/** The message in place of a part that failed; a floating one (for a dialog) doesn't push the header around. */
function PartFailure({ what, error, retries, floating, onRetry, offerReload, onDismiss }: PartFailureProps) {
  const styles = usePartBoundaryStyles();
  const planSaved = usePlanSaved(useContext(AutosaveContext));
  return (
    <div className={floating ? styles.floating : undefined} data-part-failed="">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{what} could not be loaded</MessageBarTitle>
          {failureText(error, retries, planSaved)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRetry}>Retry</Button>
          {offerReload && <Button onClick={() => window.location.reload()}>Reload page</Button>}
          {onDismiss && (
            <Button appearance="subtle" onClick={onDismiss}>
              Close
            </Button>
          )}
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}

const noAutosave = (): (() => void) => () => undefined;

/** Whether the browser keeps the plan now: not when storage refused it, nor while it holds details read from Azure. */
function usePlanSaved(autosave: Autosave | null): boolean {
  const saving = () => (autosave ? !autosave.failed() && !autosave.withheld() : true);
  return useSyncExternalStore(autosave?.subscribe ?? noAutosave, saving, saving);
}
