import { useDeferredValue } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import {
  analyzeRoutes,
  plannedRoutes,
  type RouteAnalysis,
  type ServiceTagsFile,
} from '../../../core/index.ts';
import { useServiceTags } from '../../servicetags/useServiceTags.ts';
import { DOCS, type Plan } from '../../../core/index.ts';
import { usePlan } from '../../state/PlanStoreContext.ts';
import { DataTable, type Column } from '../traffic/DataTable.tsx';
import { Explainer } from '../traffic/Explainer.tsx';
import { TrafficSection } from '../traffic/TrafficSection.tsx';
import { ExistingRoutes } from './ExistingRoutes.tsx';
import { routeNotes, routeRow, type RouteRow } from './routeRows.ts';

const columns: Column<RouteRow>[] = [
  { key: 'name', header: 'Name', render: (row) => row.name },
  { key: 'prefix', header: 'Address prefix', render: (row) => row.addressPrefix },
  { key: 'hop', header: 'Next hop', render: (row) => row.nextHop },
];

const SUBNET_WORDS: Record<string, string> = {
  'network.subnet': 'the compute subnet',
  'network.databricks.publicSubnet': 'the Databricks public subnet',
  'network.databricks.privateSubnet': 'the Databricks private subnet',
};

function SubnetRoutes({
  plan,
  analysis,
  file,
}: {
  readonly plan: Plan;
  readonly analysis: RouteAnalysis;
  readonly file: ServiceTagsFile | undefined;
}) {
  const { subnet } = analysis;
  const where = `${SUBNET_WORDS[analysis.subnetPath] ?? 'the subnet'} (${subnet.name})`;
  const table = subnet.routeTable;
  return (
    <>
      <DataTable
        title={`Routes the plan adds to ${where}`}
        columns={columns}
        rows={plannedRoutes(plan, subnet, file).map(routeRow)}
        rowKey={(row) => row.name}
        empty={
          plan.tunneling.mode === 'userDefinedRoutes'
            ? 'None: the route table already has them, or the appliance IP is still missing.'
            : 'None: only user-defined routes add routes.'
        }
      />
      {table && (
        <ExistingRoutes
          plan={plan}
          subnetPath={analysis.subnetPath}
          table={table}
          columns={columns}
          file={file}
        />
      )}
      {routeNotes(plan, analysis).map((note) => (
        <MessageBar key={note.text} intent={note.intent} layout="multiline">
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

/** For each subnet the plan uses: the routes it adds, the routes already there, and what they mean. */
export function RoutesView() {
  const plan = usePlan();
  const file = useDeferredValue(useServiceTags()?.file);
  return (
    <TrafficSection title="Routes">
      <Explainer href={DOCS.udr} topic="user-defined routes">
        Routes decide where traffic leaving the subnet goes next. The most specific matching prefix wins, and
        a route to a service tag beats 0.0.0.0/0.
      </Explainer>
      {analyzeRoutes(plan, file).map((analysis) => (
        <SubnetRoutes key={analysis.subnetPath} plan={plan} analysis={analysis} file={file} />
      ))}
    </TrafficSection>
  );
}
