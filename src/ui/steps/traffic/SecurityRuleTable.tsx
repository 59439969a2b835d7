import { Badge } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { SecurityRule } from '../../../core/index.ts';
import { DataTable, type Column } from './DataTable.tsx';
import { ruleRow, type RuleRow } from './ruleText.ts';

export interface SecurityRuleTableProps {
  readonly title: string;
  readonly rules: readonly SecurityRule[];
  readonly empty: string;
  /** Buttons for a row (edit, remove), given the rule's row; adds an "Actions" column. */
  readonly actions?: (row: RuleRow) => ReactNode;
}

const columns: Column<RuleRow>[] = [
  { key: 'priority', header: 'Priority', render: (row) => row.priority },
  { key: 'name', header: 'Name', render: (row) => row.name },
  {
    key: 'access',
    header: 'Access',
    render: (row) => (
      <Badge appearance="tint" color={row.access === 'Allow' ? 'success' : 'danger'}>
        {row.access}
      </Badge>
    ),
  },
  { key: 'protocol', header: 'Protocol', render: (row) => row.protocol },
  { key: 'source', header: 'Source', render: (row) => row.source },
  { key: 'destination', header: 'Destination', render: (row) => row.destination },
  { key: 'ports', header: 'Ports', render: (row) => row.ports },
];

/** Security rules as a table: priority, name, access, protocol, source, destination, ports. */
export function SecurityRuleTable({ title, rules, empty, actions }: SecurityRuleTableProps) {
  const all = actions
    ? [...columns, { key: 'actions', header: 'Actions', render: actions } satisfies Column<RuleRow>]
    : columns;
  return (
    <DataTable
      title={title}
      columns={all}
      rows={rules.map(ruleRow)}
      rowKey={(row) => `${row.direction}:${row.name}`}
      empty={empty}
    />
  );
}
