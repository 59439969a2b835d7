import { Button, type ButtonProps } from '@fluentui/react-components';
import { PartBoundary } from '../lazy/PartBoundary.tsx';
import { Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

/** What a dialog opened by {@link LazyDialogButton} receives. */
export interface LazyDialogProps {
  readonly open: boolean;
  /** Opens or closes the dialog; on closing, focus returns to the button that opened it. */
  readonly onOpenChange: (open: boolean) => void;
  /** Closes the dialog and leaves focus where the dialog's action put it. */
  readonly close: () => void;
}

export interface LazyDialogButtonProps {
  readonly label: string;
  readonly appearance?: ButtonProps['appearance'];
  /** Starts loading the dialog's code early (pointer over or focus on the button). */
  readonly preload: () => Promise<unknown>;
  /** The dialog, typically a `React.lazy` component, rendered from the first click on. */
  readonly renderDialog: (props: LazyDialogProps) => ReactNode;
}

/**
 * A header button whose dialog's code loads on first use, keeping it out of the first page load.
 * The dialog stays mounted after closing so it animates out and opens instantly the next time; when its code can't
 * be fetched, a message with Retry takes its place and the rest of the page stays as it was.
 */
export function LazyDialogButton({
  label,
  appearance = 'subtle',
  preload,
  renderDialog,
}: LazyDialogButtonProps) {
  const [state, setState] = useState({ mounted: false, open: false, refocus: false });
  const buttonRef = useRef<HTMLButtonElement>(null);
  const warm = useCallback(() => void preload().catch(() => undefined), [preload]);
  const onOpenChange = useCallback((open: boolean) => setState({ mounted: true, open, refocus: !open }), []);
  const close = useCallback(() => setState({ mounted: true, open: false, refocus: false }), []);
  // A dialog that failed to load is put away entirely, so closing its message doesn't start another load.
  const dismiss = useCallback(() => setState({ mounted: false, open: false, refocus: true }), []);
  useEffect(() => {
    if (state.refocus) buttonRef.current?.focus();
  }, [state]);
  return (
    <>
      <Button
        ref={buttonRef}
        appearance={appearance}
        aria-haspopup="dialog"
        onPointerEnter={warm}
        onFocus={warm}
        onClick={() => setState({ mounted: true, open: true, refocus: false })}
      >
        {label}
      </Button>
      {state.mounted && (
        <PartBoundary what={`The “${label}” dialog`} floating onDismiss={dismiss}>
          <Suspense fallback={null}>{renderDialog({ open: state.open, onOpenChange, close })}</Suspense>
        </PartBoundary>
      )}
    </>
  );
}
