import { AUDIT_TYPES, type AuditRowKind } from './query.ts';

/** A Resource Graph row: a full ARM resource with at least its id and type. */
export interface GraphRow {
  readonly id: string;
  readonly name?: string;
  readonly type: string;
  readonly location?: string;
  readonly resourceGroup?: string;
  readonly subscriptionId?: string;
  readonly properties?: unknown;
  readonly [key: string]: unknown;
}

/** One page read: its rows, or why the document is not a Resource Graph result. */
export type PageResult =
  | { readonly ok: true; readonly rows: readonly GraphRow[]; readonly skipped: number }
  | { readonly ok: false; readonly message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isRow = (value: unknown): value is GraphRow =>
  isRecord(value) && typeof value.id === 'string' && typeof value.type === 'string';

/**
 * The rows of one page of `az graph query -o json` (`{ data, count, skip_token, total_records }`), of the
 * REST API (`{ data, $skipToken, … }`), or a bare array of rows. Rows without an id or type are skipped
 * and counted, so one odd row doesn't stop the audit of the rest.
 * @see https://learn.microsoft.com/cli/azure/graph#az-graph-query
 */
export function readGraphPage(value: unknown): PageResult {
  const data = Array.isArray(value) ? value : isRecord(value) ? value.data : undefined;
  if (!Array.isArray(data)) {
    return {
      ok: false,
      message:
        'This is not a Resource Graph result: expected what `az graph query … -o json` prints (an object with "data") or an array of rows. Run the query from `audit --print-query` again.',
    };
  }
  const rows = data.filter(isRow);
  return { ok: true, rows, skipped: data.length - rows.length };
}

const KIND_OF_TYPE = new Map<string, AuditRowKind>(
  Object.entries(AUDIT_TYPES).map(([kind, type]) => [type, kind as AuditRowKind]),
);

/** Which of the audited kinds a row is, by its type (any case), or undefined for other resources. */
export const rowKind = (row: GraphRow): AuditRowKind | undefined => KIND_OF_TYPE.get(row.type.toLowerCase());
