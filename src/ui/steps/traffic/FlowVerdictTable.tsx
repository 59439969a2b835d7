import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { FlowResult } from '../../../core/index.ts';
import { DataTable, type Column } from './DataTable.tsx';
import type { VerdictRow } from './verdictRows.ts';

const RESULT_COLORS: Record<FlowResult, BadgeProps['color']> = {
  allowed: 'success',
  denied: 'danger',
  unknown: 'warning',
};

const columns: Column<VerdictRow>[] = [
  { key: 'traffic', header: 'Traffic', render: (row) => row.traffic },
  {
    key: 'result',
    header: 'Result',
    render: (row) => (
      <Badge appearance="tint" color={RESULT_COLORS[row.result]}>
        {row.resultText}
      </Badge>
    ),
  },
  { key: 'decidedBy', header: 'Decided by', render: (row) => row.decidedBy, wrap: true },
  { key: 'why', header: 'Why the compute needs it', render: (row) => row.why, wrap: true },
];

export interface FlowVerdictTableProps {
  readonly title: string;
  readonly rows: readonly VerdictRow[];
  readonly empty: string;
}

/** The flows the compute needs, with whether the subnet's rules let each through and which rule decides. */
export function FlowVerdictTable({ title, rows, empty }: FlowVerdictTableProps) {
  return <DataTable title={title} columns={columns} rows={rows} rowKey={(row) => row.id} empty={empty} />;
}
