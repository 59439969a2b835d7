import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  MessageBar,
  MessageBarBody,
  Textarea,
} from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
import { DOCS, SHOW_COMMANDS, type ImportableKind } from '../../core/index.ts';
import type { LazyDialogProps } from '../share/LazyDialogButton.tsx';
import { useAuditStyles } from './AuditDialog.styles.ts';
import { AuditResults } from './AuditResults.tsx';
import { PastedList } from './PastedList.tsx';
import { PlanChanges } from './PlanChanges.tsx';
import { ResultList } from './ResultList.tsx';
import { usePastedAudit } from './usePastedAudit.ts';

/** Every kind the audit puts into the plan: what enables "Apply to plan and audit". */
const IMPORTABLE: readonly string[] = [
  'vnet',
  'subnet',
  'nsg',
  'routeTable',
  'privateEndpoint',
  'privateDnsZone',
  'privateDnsLink',
] satisfies ImportableKind[];

/**
 * Audit without signing in: paste or upload `az network … show -o json` output (or an ARM template), see
 * what would change in the plan, and apply it. Focus goes back to "Apply to plan and audit" after Back.
 */
export default function PasteAuditDialog({ open, onOpenChange }: LazyDialogProps) {
  const styles = useAuditStyles();
  const audit = usePastedAudit();
  const [draft, setDraft] = useState('');
  const counter = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const applyButton = useRef<HTMLButtonElement>(null);
  const label = (what: string) => {
    counter.current += 1;
    return `document ${counter.current} (${what})`;
  };
  const addDraft = () => {
    if (draft.trim() === '') return;
    audit.add([{ source: label('pasted'), text: draft }]);
    setDraft('');
  };
  const addFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    const texts = await Promise.all(
      files.map(async (file) => ({ source: label(file.name), text: await file.text() })),
    );
    audit.add(texts);
  };
  const importable = audit.set.understood.some((item) => IMPORTABLE.includes(item.kind));
  const back = () => {
    audit.back();
    applyButton.current?.focus();
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Audit pasted Azure JSON</DialogTitle>
          <DialogContent className={styles.content}>
            <p className={styles.prose}>
              No sign-in needed: paste what these commands print, one document at a time, or upload the files.
              The JSON stays in this tab; it is put into your plan as existing resources and checked.
            </p>
            <ul className={styles.list} aria-label="Commands whose output you can paste">
              {Object.values(SHOW_COMMANDS).map((command) => (
                <li key={command}>
                  <code>{command}</code>
                </li>
              ))}
            </ul>
            <Field
              label="JSON to audit"
              hint="A virtual network, subnet, network security group, route table or ARM template."
            >
              <Textarea
                className={styles.textarea}
                value={draft}
                onChange={(_, data) => setDraft(data.value)}
                resize="vertical"
                spellCheck={false}
              />
            </Field>
            <div className={styles.row}>
              <Button onClick={addDraft} disabled={draft.trim() === ''}>
                Add pasted JSON
              </Button>
              <Button onClick={() => fileInput.current?.click()}>Upload JSON files</Button>
              <input
                ref={fileInput}
                type="file"
                accept=".json,application/json"
                multiple
                className={styles.hiddenInput}
                tabIndex={-1}
                aria-hidden="true"
                onChange={(event) => void addFiles(event)}
              />
            </div>
            {audit.texts.length > 0 && (
              <PastedList texts={audit.texts} set={audit.set} onRemove={audit.remove} />
            )}
            <div className={styles.row}>
              <Button ref={applyButton} appearance="primary" disabled={!importable} onClick={audit.review}>
                Apply to plan and audit
              </Button>
            </div>
            {audit.outcome.kind === 'failed' && (
              <MessageBar intent="error">
                <MessageBarBody>{audit.outcome.message}</MessageBarBody>
              </MessageBar>
            )}
            {audit.outcome.kind === 'review' && (
              <PlanChanges
                changes={audit.outcome.changes}
                warnings={audit.outcome.warnings}
                notes={audit.outcome.notes}
                onApply={audit.confirm}
                onBack={back}
              />
            )}
            {audit.outcome.kind === 'applied' && (
              <>
                <AuditResults notes={audit.outcome.notes} />
                <ResultList
                  heading="Rules you no longer need"
                  empty="No rule opens the 2020 Batch inbound ports."
                  items={audit.outcome.legacy.map((rule) => ({
                    key: `legacy:${rule.index}`,
                    severity: 'info',
                    title: `Unnecessary rule "${rule.name}"`,
                    message: rule.message,
                    docUrl: rule.docUrl || DOCS.firewall,
                  }))}
                />
              </>
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
