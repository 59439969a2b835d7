import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { FlowVerdict, Simulation } from '../../../core/index.ts';
import { DecidingRule, FlowWhy, Verdict, flowWords } from './FlowParts.tsx';
import { useFlowTableStyles } from './FlowTable.styles.ts';
import { nsgNote, verdictCounts } from './flowWords.ts';
import { useNarrowScreen } from './useNarrowScreen.ts';

const LABEL = 'Required flows and their verdicts';

function FlowRow({ verdict }: { readonly verdict: FlowVerdict }) {
  const styles = useFlowTableStyles();
  return (
    <TableRow className={styles.row}>
      <TableCell className={styles.cell}>
        <span className={styles.flow}>{flowWords(verdict)}</span>
        <FlowWhy verdict={verdict} />
      </TableCell>
      <TableCell className={styles.cell}>
        <span className={styles.remote}>{verdict.flow.remote}</span>
      </TableCell>
      <TableCell className={styles.cell}>
        <Verdict verdict={verdict} />
      </TableCell>
      <TableCell className={styles.cell}>
        <DecidingRule verdict={verdict} />
      </TableCell>
    </TableRow>
  );
}

function FlowGrid({ flows }: { readonly flows: readonly FlowVerdict[] }) {
  const styles = useFlowTableStyles();
  return (
    <div className={styles.scroller} role="region" aria-label="Required flows" tabIndex={0}>
      <Table className={styles.table} size="small" aria-label={LABEL}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Flow and why it is needed</TableHeaderCell>
            <TableHeaderCell className={styles.remoteColumn}>Remote service tag</TableHeaderCell>
            <TableHeaderCell className={styles.verdictColumn}>Verdict</TableHeaderCell>
            <TableHeaderCell className={styles.ruleColumn}>Deciding rule</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {flows.map((verdict) => (
            <FlowRow key={verdict.flow.id} verdict={verdict} />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The same content as the table, one card per flow, for narrow screens. */
function FlowCards({ flows }: { readonly flows: readonly FlowVerdict[] }) {
  const styles = useFlowTableStyles();
  return (
    <ul className={styles.cards} aria-label={LABEL}>
      {flows.map((verdict) => (
        <li key={verdict.flow.id} className={styles.card}>
          <span className={styles.cardTitle}>
            <span className={styles.flow}>
              {flowWords(verdict)} {verdict.flow.direction === 'Outbound' ? 'to' : 'from'}{' '}
              <span className={styles.remote}>{verdict.flow.remote}</span>
            </span>
            <Verdict verdict={verdict} />
          </span>
          <span>
            Decided by <DecidingRule verdict={verdict} />
          </span>
          <FlowWhy verdict={verdict} />
        </li>
      ))}
    </ul>
  );
}

/** Every required flow with its verdict through the subnet's NSG and the rule that decided it. */
export function FlowTable({ simulation }: { readonly simulation: Simulation }) {
  const styles = useFlowTableStyles();
  const narrow = useNarrowScreen();
  const note = nsgNote(simulation);
  return (
    <>
      <p className={styles.counts}>
        {verdictCounts(simulation.flows)}
        {note && ` ${note}`}
      </p>
      {narrow ? <FlowCards flows={simulation.flows} /> : <FlowGrid flows={simulation.flows} />}
    </>
  );
}
