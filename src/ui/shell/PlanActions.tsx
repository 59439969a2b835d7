import { Button } from '@fluentui/react-components';
import { type ChangeEventHandler, type RefObject } from 'react';
import { ExamplesButton } from '../gallery/ExamplesButton.tsx';
import { ShareButton } from '../share/ShareButton.tsx';
import { useShellStyles } from './AppShell.styles.ts';
import { NewPlanButton } from './NewPlanButton.tsx';

export interface PlanActionsProps {
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly onImportClick: () => void;
  readonly onFileChosen: ChangeEventHandler<HTMLInputElement>;
  readonly onExport: () => void;
}

/** The plan actions in the header: a new plan, examples, import, export and share. */
export function PlanActions({ inputRef, onImportClick, onFileChosen, onExport }: PlanActionsProps) {
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
      <NewPlanButton />
      <ExamplesButton />
      <Button appearance="subtle" onClick={onImportClick}>
        Import plan
      </Button>
      <Button appearance="primary" onClick={onExport}>
        Export plan
      </Button>
      <ShareButton />
    </div>
  );
}
