import { makeStyles, tokens } from '@fluentui/react-components';
import type { RunStep } from '../../export/runOrder.ts';

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
  command: {
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
});

/** What to run, in order, with the commands of each step. */
export function RunOrderList({ steps }: { readonly steps: readonly RunStep[] }) {
  const styles = useStyles();
  return (
    <ol className={styles.list} aria-label="What to run, in order">
      {steps.map((step) => (
        <li key={step.title}>
          <span className={styles.title}>{step.title}</span>
          <p className={styles.detail}>{step.detail}</p>
          {step.commands.map((command) => (
            <div key={command.command}>
              {command.label && <p className={styles.label}>{command.label}:</p>}
              <pre className={styles.command}>
                <code>{command.command}</code>
              </pre>
            </div>
          ))}
        </li>
      ))}
    </ol>
  );
}
