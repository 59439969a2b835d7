import { lazyPart } from '../lazy/lazyPart.ts';
import { Button } from '@fluentui/react-components';
import { type ChangeEventHandler, type RefObject } from 'react';
import { ExamplesButton } from '../gallery/ExamplesButton.tsx';
import { LazyDialogButton } from '../share/LazyDialogButton.tsx';
import { ShareButton } from '../share/ShareButton.tsx';
import { useShellStyles } from './AppShell.styles.ts';

export interface PlanActionsProps {
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly onImportClick: () => void;
  readonly onFileChosen: ChangeEventHandler<HTMLInputElement>;
  readonly onExport: () => void;
  readonly onStartOver: () => void;
}

const loadStartOver = () => import('./StartOverDialog.tsx');
const StartOverDialog = lazyPart(loadStartOver);

/** The plan actions in the header: examples, import, export, share and start over. */
export function PlanActions({
  inputRef,
  onImportClick,
  onFileChosen,
  onExport,
  onStartOver,
}: PlanActionsProps) {
  const styles = useShellStyles();
  return (
    <div role="group" aria-label="Plan actions" className={styles.actions}>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        className={styles.fileInput}
        tabIndex={-1}
        aria-hidden="true"
        onChange={onFileChosen}
      />
      <ExamplesButton />
      <Button appearance="subtle" onClick={onImportClick}>
        Import plan
      </Button>
      <Button appearance="primary" onClick={onExport}>
        Export plan
      </Button>
      <ShareButton />
      <LazyDialogButton
        label="Start over"
        preload={loadStartOver}
        renderDialog={(dialog) => <StartOverDialog {...dialog} onConfirm={onStartOver} />}
      />
    </div>
  );
}
