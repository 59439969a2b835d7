import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { useRef } from 'react';
import type { Plan, Route, RouteTable, ServiceTagsFile } from '../../../core/index.ts';
import { applyRouteFix, routeFixes, tableAppliance, withRoutes } from '../../../core/flows/routeFixes.ts';
import { useFindings } from '../../findings/FindingsContext.ts';
import { usePlanStore } from '../../state/PlanStoreContext.ts';
import { DataTable, type Column } from '../traffic/DataTable.tsx';
import { RowActions } from '../traffic/RowActions.tsx';
import { placeAt, useEditDialog } from '../traffic/useEditDialog.ts';
import { RouteDialog } from './RouteDialog.tsx';
import { routeRow, type RouteRow } from './routeRows.ts';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS, minWidth: 0 },
  add: { justifySelf: 'start' },
});

export interface ExistingRoutesProps {
  readonly plan: Plan;
  /** Plan path of the subnet whose table this is: `network.subnet`. */
  readonly subnetPath: string;
  readonly table: RouteTable;
  readonly columns: readonly Column<RouteRow>[];
  readonly file: ServiceTagsFile | undefined;
}

/** "AzureMachineLearning → Internet". */
const routeWords = (route: Route) => {
  const row = routeRow(route);
  return `${row.addressPrefix} → ${row.nextHop}`;
};

/**
 * The routes a subnet's existing route table has, with buttons to add, edit and remove them, and the routes
 * the findings on the table ask for, added in one click. Routes that aren't edited stay exactly as imported.
 */
export function ExistingRoutes({ plan, subnetPath, table, columns, file }: ExistingRoutesProps) {
  const styles = useStyles();
  const store = usePlanStore();
  const findings = useFindings();
  const addRef = useRef<HTMLButtonElement>(null);
  // The dialog gives focus back to the button that opened it.
  const restoreFocus = useRestoreFocusTarget();
  const { dialog, open: openDialog, close, indexIn } = useEditDialog();
  const routes = table.routes;
  const save = (next: readonly Route[]) => {
    store.update((current) => withRoutes(current, subnetPath, next));
    close();
  };
  const indexOf = (name: string) => routes.findIndex((route) => route.name === name);
  const editIndex = indexIn(routes.length);
  const fix = routeFixes(plan, findings, file).find((f) => f.subnetPath === subnetPath);
  const applianceIp =
    plan.tunneling.mode === 'userDefinedRoutes' && plan.tunneling.applianceIp
      ? plan.tunneling.applianceIp
      : tableAppliance(table)?.ip;
  const withActions: readonly Column<RouteRow>[] = [
    ...columns,
    {
      key: 'actions',
      header: 'Actions',
      render: (row) => (
        <RowActions
          what="route"
          name={row.name}
          onEdit={() => openDialog({ index: indexOf(row.name) })}
          onRemove={() => {
            save(routes.filter((_, i) => i !== indexOf(row.name)));
            // The row and its buttons are gone: keep the keyboard user nearby.
            addRef.current?.focus();
          }}
        />
      ),
    },
  ];

  return (
    <div className={styles.root}>
      <DataTable
        title={`Routes on ${table.name} today`}
        columns={withActions}
        rows={routes.map(routeRow)}
        rowKey={(row) => row.name}
        empty={`${table.name} has no routes of its own.`}
      />
      {fix && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {fix.routes.length === 1
              ? 'The finding on this table asks for one route: '
              : 'The findings on this table ask for these routes: '}
            {fix.routes.map(routeWords).join(', ')}.
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              onClick={() => {
                store.update((current) => applyRouteFix(current, fix));
                // The message and its button go once the routes are in: keep the keyboard user nearby.
                addRef.current?.focus();
              }}
            >
              {fix.routes.length === 1 ? 'Add the route' : `Add the ${fix.routes.length} routes`}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Button ref={addRef} className={styles.add} onClick={() => openDialog('new')} {...restoreFocus}>
        Add a route
      </Button>
      <RouteDialog
        open={dialog.open}
        formKey={dialog.seq}
        route={routes[editIndex]}
        path={`${subnetPath}.routeTable.routes.${editIndex}`}
        table={table.name}
        others={routes.filter((_, i) => i !== editIndex)}
        applianceIp={applianceIp}
        onClose={close}
        onSave={(route) => save(placeAt(routes, editIndex, route))}
      />
    </div>
  );
}
