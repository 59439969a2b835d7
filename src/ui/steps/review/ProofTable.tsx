import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { proofDetail, type FlowProof, type Proof } from '../../../core/index.ts';
import { VERDICT } from './flowWords.ts';
import { proofCounts, proofTone, proofTrafficCell, proofVerdictCell } from './proofWords.ts';
import { useFlowTableStyles } from './FlowTable.styles.ts';
import { useNarrowScreen } from './useNarrowScreen.ts';

const LABEL = 'Flows followed through what the bundle deploys';

function ProofVerdict({ flow }: { readonly flow: FlowProof }) {
  const styles = useFlowTableStyles();
  const tone = proofTone(flow.verdict);
  return (
    <span className={styles[tone]}>
      <span className={styles.symbol} aria-hidden="true">
        {VERDICT[tone].symbol}
      </span>
      {proofVerdictCell(flow)}
    </span>
  );
}

const needed = (flow: FlowProof) => (flow.status === 'required' ? 'Required' : 'When used');

/**
 * The reachability proof: every flow the compute needs, followed through what the bundle deploys plus what
 * exists, with its verdict and the path it takes (or why not). A table on wide screens, cards on narrow.
 */
export function ProofTable({ proof }: { readonly proof: Proof }) {
  const styles = useFlowTableStyles();
  const narrow = useNarrowScreen();
  return (
    <>
      <p className={styles.counts}>{proofCounts(proof)}</p>
      {narrow ? (
        <ul className={styles.cards} aria-label={LABEL}>
          {proof.flows.map((flow) => (
            <li key={flow.flowId} className={styles.card}>
              <span className={styles.cardTitle}>
                <span className={styles.flow}>{proofTrafficCell(flow)}</span>
                <ProofVerdict flow={flow} />
              </span>
              <span className={styles.why}>
                {needed(flow)} · {proofDetail(flow)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <div className={styles.scroller} role="region" aria-label="Flows once deployed" tabIndex={0}>
          <Table className={styles.table} size="small" aria-label={LABEL}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.trafficColumn}>Flow</TableHeaderCell>
                <TableHeaderCell className={styles.verdictColumn}>Verdict</TableHeaderCell>
                <TableHeaderCell>Path, or why not</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {proof.flows.map((flow) => (
                <TableRow key={flow.flowId} className={styles.row}>
                  <TableCell className={styles.cell}>
                    <span className={styles.flow}>{proofTrafficCell(flow)}</span>
                    <span className={styles.why}>{needed(flow)}</span>
                  </TableCell>
                  <TableCell className={styles.cell}>
                    <ProofVerdict flow={flow} />
                  </TableCell>
                  <TableCell className={styles.cell}>{proofDetail(flow)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
