import { RESOURCE_GRAPH_QUERY, readGraphPage, type GraphRow } from '../../core/audit/index.ts';
import { DEFAULT_ARM_BASE_URL } from '../arm/apiVersions.ts';
import { ArmError, safeRequestUrl } from '../arm/armError.ts';
import { readErrorBody } from '../arm/errorResponse.ts';
import type { GetToken, Sleep } from '../arm/policies.ts';
import { retryAfterMs } from '../arm/retryAfter.ts';

/** Resource Graph's query API version. @see https://learn.microsoft.com/rest/api/azureresourcegraph/resourcegraph/resources/resources */
export const RESOURCE_GRAPH_API_VERSION = '2022-10-01';

/** The subset of `fetch` this client uses: one POST of a query (a read; Resource Graph changes nothing). */
export type QueryFetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<Pick<Response, 'status' | 'headers' | 'text'>>;

export interface ResourceGraphOptions {
  readonly fetch: QueryFetch;
  readonly getToken: GetToken;
  readonly baseUrl?: string;
  readonly sleep?: Sleep;
  /** Retries of a 429 after the first attempt; default 3. */
  readonly maxRetries?: number;
  /** Longest `Retry-After` honoured, in ms; default 60 000. */
  readonly maxRetryWaitMs?: number;
  /** Pages of 1000 rows read before stopping with `truncated`; default 100. */
  readonly maxPages?: number;
  readonly now?: () => number;
}

/** Every row of the audit query, and whether Azure said the answer is partial. */
export interface GraphExport {
  readonly rows: readonly GraphRow[];
  readonly pages: number;
  /** More pages existed than `maxPages`. */
  readonly truncated: boolean;
  /** Resource Graph marked a page `resultTruncated` (some scopes or rows were left out). */
  readonly partial: boolean;
}

const defaultSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

function failure(url: string, status: number, bodyText: string): ArmError {
  const body = readErrorBody(bodyText);
  return new ArmError({
    status,
    code: body.code ?? (status === 429 ? 'TooManyRequests' : 'ResourceGraphError'),
    message:
      status === 403
        ? 'You may not query Azure Resource Graph in this scope; ask for Reader on the subscriptions or management group to audit.'
        : `Azure Resource Graph answered ${status}${body.message ? `: ${body.message}` : ''}. Try again later.`,
    requestUrl: safeRequestUrl(url),
  });
}

/**
 * Runs the tenant audit's query through the Resource Graph REST API with the signed-in token: 1000 rows a
 * page, following `$skipToken`, waiting out a 429's `Retry-After` (up to `maxRetryWaitMs`, `maxRetries`
 * times), and reporting a page Azure marks `resultTruncated` as partial rather than complete.
 * @see https://learn.microsoft.com/azure/governance/resource-graph/concepts/work-with-data#paging-results
 * @see https://learn.microsoft.com/azure/governance/resource-graph/concepts/guidance-for-throttled-requests
 */
export function queryAuditRows(
  options: ResourceGraphOptions,
  scope: GraphScope = {},
  signal?: AbortSignal,
): Promise<GraphExport> {
  return queryGraphRows(options, RESOURCE_GRAPH_QUERY, scope, signal);
}

/** Where a query looks: these subscriptions or management groups, or every subscription the token can read. */
export interface GraphScope {
  readonly subscriptions?: readonly string[];
  readonly managementGroups?: readonly string[];
}

/** Every row of `query`, paged and retried as {@link queryAuditRows} does. */
export async function queryGraphRows(
  options: ResourceGraphOptions,
  query: string,
  scope: GraphScope = {},
  signal?: AbortSignal,
): Promise<GraphExport> {
  const url = `${new URL(options.baseUrl ?? DEFAULT_ARM_BASE_URL).origin}/providers/Microsoft.ResourceGraph/resources?api-version=${RESOURCE_GRAPH_API_VERSION}`;
  const rows: GraphRow[] = [];
  let skipToken: string | undefined;
  let partial = false;
  const maxPages = options.maxPages ?? 100;
  for (let page = 1; ; page += 1) {
    const body = await postPage(
      options,
      url,
      {
        ...scope,
        query,
        options: { $top: 1000, resultFormat: 'objectArray', ...(skipToken ? { $skipToken: skipToken } : {}) },
      },
      signal,
    );
    const read = readGraphPage(body);
    if (!read.ok) throw failure(url, 200, JSON.stringify({ error: { message: read.message } }));
    rows.push(...read.rows);
    const record = body as { $skipToken?: unknown; resultTruncated?: unknown };
    partial ||= String(record.resultTruncated).toLowerCase() === 'true';
    skipToken =
      typeof record.$skipToken === 'string' && record.$skipToken !== '' ? record.$skipToken : undefined;
    if (!skipToken) return { rows, pages: page, truncated: false, partial };
    if (page >= maxPages) return { rows, pages: page, truncated: true, partial };
  }
}

async function postPage(
  options: ResourceGraphOptions,
  url: string,
  payload: object,
  signal?: AbortSignal,
): Promise<unknown> {
  const now = options.now ?? (() => Date.now());
  const maxRetries = options.maxRetries ?? 3;
  for (let attempt = 0; ; attempt += 1) {
    const token = await options.getToken({});
    const response = await options.fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify(payload),
      ...(signal ? { signal } : {}),
    });
    const text = await response.text();
    if (response.status === 429 && attempt < maxRetries) {
      const wait = retryAfterMs(response.headers, now()) ?? 1000 * 2 ** attempt;
      if (wait <= (options.maxRetryWaitMs ?? 60_000)) {
        await (options.sleep ?? defaultSleep)(wait, signal);
        continue;
      }
    }
    if (response.status < 200 || response.status > 299) throw failure(url, response.status, text);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw failure(url, response.status, '{}');
    }
  }
}
