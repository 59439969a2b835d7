import { Button } from '@fluentui/react-components';
import type { ChangeEventHandler, RefObject } from 'react';
import { useShellStyles } from './AppShell.styles.ts';
import { StartOverDialog } from './StartOverDialog.tsx';

export interface PlanActionsProps {
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly onImportClick: () => void;
  readonly onFileChosen: ChangeEventHandler<HTMLInputElement>;
  readonly onExport: () => void;
  readonly onStartOver: () => void;
}

/** The plan file actions in the header: import, export and start over. */
export function PlanActions({
  inputRef,
  onImportClick,
  onFileChosen,
  onExport,
  onStartOver,
}: PlanActionsProps) {
  const styles = useShellStyles();
  return (
    <div role="group" aria-label="Plan file actions" className={styles.actions}>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        className={styles.fileInput}
        tabIndex={-1}
        aria-hidden="true"
        onChange={onFileChosen}
      />
      <Button appearance="subtle" onClick={onImportClick}>
        Import plan
      </Button>
      <Button appearance="primary" onClick={onExport}>
        Export plan
      </Button>
      <StartOverDialog onConfirm={onStartOver} />
    </div>
  );
}
