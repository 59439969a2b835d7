import { MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { GraphRow } from '../../../core/audit/index.ts';
import type { SignInSession } from '../../../azure/msal/index.ts';
import { queryGraphRows } from '../../../azure/resourceGraph/index.ts';
import { useNetworkStepStyles } from '../vnet/networkStep.styles.ts';

/** What the signed-in finders of the workspace step list: one line per resource found, with its button. */
export const useFinderStyles = makeStyles({
  found: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  problem: {
    color: tokens.colorPaletteRedForeground1,
  },
});

/** One Resource Graph search: not run yet, running, failed with Azure's words, or its results. */
export type GraphSearch<T> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'done'; readonly items: readonly T[]; readonly partial: boolean };

/**
 * Runs `query` with the signed-in token when `find` is called, and reads its rows with `read`. A partial
 * answer (Resource Graph left rows out, or there were more pages than read) is said, not hidden.
 */
export function useGraphSearch<T>(session: SignInSession): {
  readonly search: GraphSearch<T>;
  find: (query: string, read: (rows: readonly GraphRow[]) => T[]) => void;
} {
  const [search, setSearch] = useState<GraphSearch<T>>({ kind: 'idle' });
  const find = (query: string, read: (rows: readonly GraphRow[]) => T[]) => {
    setSearch({ kind: 'running' });
    queryGraphRows(
      { fetch: (url, init) => window.fetch(url, init), getToken: (options) => session.getToken(options) },
      query,
    ).then(
      (result) =>
        setSearch({ kind: 'done', items: read(result.rows), partial: result.partial || result.truncated }),
      (error: unknown) =>
        setSearch({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return { search, find };
}

/** The search's progress, failure, empty answer or partial answer, announced politely. */
export function GraphSearchStatus<T>({
  search,
  emptyText,
}: {
  readonly search: GraphSearch<T>;
  readonly emptyText: string;
}) {
  const list = useNetworkStepStyles();
  return (
    <div aria-live="polite">
      {search.kind === 'running' && <Spinner size="tiny" label="Asking Azure Resource Graph…" />}
      {search.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{search.message}</MessageBarBody>
        </MessageBar>
      )}
      {search.kind === 'done' && search.items.length === 0 && <p className={list.empty}>{emptyText}</p>}
      {search.kind === 'done' && search.partial && (
        <p className={list.explanation}>
          Azure Resource Graph answered only in part: some subscriptions may be missing.
        </p>
      )}
    </div>
  );
}
