import { Link } from '@fluentui/react-components';
import type { FlowVerdict } from '../../../core/index.ts';
import { useFlowTableStyles } from './FlowTable.styles.ts';
import { VERDICT, originWords } from './flowWords.ts';

/** "Outbound TCP 443". */
export const flowWords = ({ flow }: FlowVerdict) =>
  `${flow.direction} ${flow.protocol.toUpperCase()} ${flow.port}`;

/** The verdict as a symbol and a word, coloured by result (never by colour alone). */
export function Verdict({ verdict }: { readonly verdict: FlowVerdict }) {
  const styles = useFlowTableStyles();
  const { symbol, label } = VERDICT[verdict.result];
  return (
    <span className={styles[verdict.result]}>
      <span className={styles.symbol} aria-hidden="true">
        {symbol}
      </span>
      {label}
    </span>
  );
}

/** The deciding rule: its name, then priority and where it comes from; and the simulator's note. */
export function DecidingRule({ verdict }: { readonly verdict: FlowVerdict }) {
  const styles = useFlowTableStyles();
  const { rule, note } = verdict;
  return (
    <>
      {rule ? (
        <>
          <span className={styles.ruleName}>{rule.name}</span>,{' '}
          <span className={styles.ruleMeta}>
            priority {rule.priority}, {originWords(rule.origin)}
          </span>
        </>
      ) : (
        'No rule'
      )}
      {note && <span className={styles.note}>{note}</span>}
    </>
  );
}

/** Why the compute needs the flow, with the Microsoft page that says so. */
export function FlowWhy({ verdict }: { readonly verdict: FlowVerdict }) {
  const styles = useFlowTableStyles();
  const { flow } = verdict;
  return (
    <span className={styles.why}>
      {flow.why}{' '}
      <Link href={flow.docUrl} target="_blank" rel="noreferrer" inline>
        Learn more<span className={styles.visuallyHidden}> about {flow.remote}</span>
      </Link>
    </span>
  );
}
