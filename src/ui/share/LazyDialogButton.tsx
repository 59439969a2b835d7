import { Button, type ButtonProps } from '@fluentui/react-components';
import { PartBoundary } from '../lazy/PartBoundary.tsx';
import { usePartBoundaryStyles } from '../lazy/PartBoundary.styles.ts';
import { Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

/** What a dialog opened by {@link LazyDialogButton} receives. */
export interface LazyDialogProps {
  readonly open: boolean;
  /** Opens or closes the dialog; on closing, focus returns to the button that opened it. */
  readonly onOpenChange: (open: boolean) => void;
  /** Closes the dialog and leaves focus where the dialog's action put it. */
  readonly close: () => void;
}

export interface LazyDialogButtonProps extends LazyDialogOptions {
  readonly appearance?: ButtonProps['appearance'];
}

/** How long a dialog's code may take before the page says it is on its way. */
const OPENING_DELAY_MS = 200;

/** "Opening …" where the dialog will be, once its code has taken longer than a moment to arrive. */
function Opening({ label }: { readonly label: string }) {
  const styles = usePartBoundaryStyles();
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), OPENING_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return late ? (
    <p role="status" className={styles.opening}>
      Opening “{label}”…
    </p>
  ) : null;
}

/** What {@link useLazyDialog} needs: the dialog's name for messages, its code, and the dialog itself. */
export interface LazyDialogOptions {
  readonly label: string;
  /** Starts loading the dialog's code early (pointer over or focus on a button that opens it). */
  readonly preload: () => Promise<unknown>;
  /** The dialog, typically a `React.lazy` component, rendered from the first opening on. */
  readonly renderDialog: (props: LazyDialogProps) => ReactNode;
}

export interface LazyDialog {
  /** Opens the dialog; on closing, focus returns to `opener` while it is still on the page. */
  readonly show: (opener: HTMLElement | null) => void;
  /** Starts loading the dialog's code (for a button's pointer-enter and focus). */
  readonly warm: () => void;
  /** The dialog, or the message that it could not be loaded: render it where it can stay mounted. */
  readonly element: ReactNode;
}

/**
 * A dialog whose code loads on first use, keeping it out of the first page load. It stays mounted after closing
 * so it animates out and opens instantly the next time (and so the page it covered is given back to assistive
 * technology: a dialog removed while closing leaves the page hidden); when its code can't be fetched, a message
 * with Retry takes its place and the rest of the page stays as it was.
 */
export function useLazyDialog({ label, preload, renderDialog }: LazyDialogOptions): LazyDialog {
  const [state, setState] = useState({ mounted: false, open: false, refocus: false });
  const opener = useRef<HTMLElement | null>(null);
  const warm = useCallback(() => void preload().catch(() => undefined), [preload]);
  const onOpenChange = useCallback((open: boolean) => setState({ mounted: true, open, refocus: !open }), []);
  const close = useCallback(() => setState({ mounted: true, open: false, refocus: false }), []);
  // A dialog that failed to load is put away entirely, so closing its message doesn't start another load.
  const dismiss = useCallback(() => setState({ mounted: false, open: false, refocus: true }), []);
  const show = useCallback((from: HTMLElement | null) => {
    opener.current = from;
    setState({ mounted: true, open: true, refocus: false });
  }, []);
  useEffect(() => {
    if (state.refocus && opener.current?.isConnected) opener.current.focus();
  }, [state]);
  const element = state.mounted && (
    <PartBoundary what={`The “${label}” dialog`} floating onDismiss={dismiss}>
      <Suspense fallback={state.open ? <Opening label={label} /> : null}>
        {renderDialog({ open: state.open, onOpenChange, close })}
      </Suspense>
    </PartBoundary>
  );
  return { show, warm, element };
}

/** A button that opens `dialog`: its code starts loading on pointer-over or focus, and focus comes back here. */
export function LazyDialogOpener({
  dialog,
  label,
  appearance = 'subtle',
}: {
  readonly dialog: LazyDialog;
  readonly label: string;
  readonly appearance?: ButtonProps['appearance'];
}) {
  return (
    <Button
      appearance={appearance}
      aria-haspopup="dialog"
      onPointerEnter={dialog.warm}
      onFocus={dialog.warm}
      onClick={(event) => dialog.show(event.currentTarget)}
    >
      {label}
    </Button>
  );
}

/** A header button that opens a dialog loaded on first use ({@link useLazyDialog}). */
export function LazyDialogButton({ label, appearance, preload, renderDialog }: LazyDialogButtonProps) {
  const dialog = useLazyDialog({ label, preload, renderDialog });
  return (
    <>
      <LazyDialogOpener dialog={dialog} label={label} appearance={appearance} />
      {dialog.element}
    </>
  );
}
