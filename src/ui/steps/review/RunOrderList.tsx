import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { copyWithStatus } from '../../export/clipboard.ts';
import { commandName, type RunStep } from '../../export/runOrder.ts';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXXL,
    display: 'grid',
    gap: tokens.spacingVerticalM,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: `${tokens.spacingVerticalXXS} 0`, color: tokens.colorNeutralForeground2 },
  label: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200 },
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXXS,
  },
  command: {
    flexGrow: 1,
    minWidth: 0,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  copy: { flexShrink: 0 },
  status: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

const INSTEAD = 'Select the command and copy it with Ctrl+C (⌘C on a Mac).';

/** What to run, in order, with the commands of each step and a button that copies each one. */
export function RunOrderList({ steps }: { readonly steps: readonly RunStep[] }) {
  const styles = useStyles();
  // One status line per step, so the message shows next to the button that was pressed.
  const [status, setStatus] = useState<{ readonly step: number; readonly message: string }>();
  const copy = async (step: number, text: string) =>
    setStatus({ step, message: await copyWithStatus(text, 'the command', INSTEAD) });
  return (
    <ol className={styles.list} aria-label="What to run, in order">
      {steps.map((step, s) => (
        <li key={step.title}>
          <span className={styles.title}>{step.title}</span>
          <p className={styles.detail}>{step.detail}</p>
          {step.commands.map((command, c) => (
            <div key={command.command}>
              {command.label && <p className={styles.label}>{command.label}:</p>}
              <div className={styles.row}>
                <pre className={styles.command}>
                  <code>{command.command}</code>
                </pre>
                <Button
                  className={styles.copy}
                  size="small"
                  aria-label={`Copy the command: ${commandName(step, c)}`}
                  onClick={() => void copy(s, command.command)}
                >
                  Copy
                </Button>
              </div>
            </div>
          ))}
          <p className={styles.status} role="status">
            {status?.step === s ? status.message : ''}
          </p>
        </li>
      ))}
    </ol>
  );
}
