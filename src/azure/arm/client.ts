import { DEFAULT_ARM_BASE_URL } from './apiVersions.ts';
import { ArmError, requestPath, safeRequestUrl } from './armError.ts';
import { errorFromResponse } from './errorResponse.ts';
import { createPipeline, fetchTransport, type FetchLike } from './pipeline.ts';
import { bearerTokenPolicy, throttlingRetryPolicy, type GetToken, type Sleep } from './policies.ts';
import { armUrl } from './resourceIds.ts';

export interface ArmClientOptions {
  readonly fetch: FetchLike;
  readonly getToken: GetToken;
  /** Default `https://management.azure.com`; a sovereign cloud or a local fake ARM passes its own. */
  readonly baseUrl?: string;
  /** Default: `setTimeout`, cancelled by the request's abort signal. */
  readonly sleep?: Sleep;
  /** Retries of a 429/503 after the first attempt; default 3. */
  readonly maxRetries?: number;
  /** Longest `Retry-After` honoured, in ms; default 60 000. */
  readonly maxRetryWaitMs?: number;
  /** Pages read by one `list` before it stops and reports `truncated`; default 50. */
  readonly maxPages?: number;
  /** Clock for `Retry-After` HTTP dates; default `Date.now`. */
  readonly now?: () => number;
}

export interface ReadOptions {
  readonly signal?: AbortSignal;
}

/**
 * The items of a paged list. `truncated` is true when `maxPages` pages were read and ARM still had a
 * `nextLink`: the caller shows the items with "showing the first N" rather than failing, since a picker
 * is still useful; an audit that needs completeness checks the flag.
 */
export interface ArmList<T> {
  readonly items: readonly T[];
  readonly truncated: boolean;
}

/** Reads from Azure Resource Manager. Only GET exists: the client can't create, change or delete anything. */
export interface ArmReader {
  /** GET one resource (`path` is a resource id or another ARM path); the parsed JSON object. */
  get(path: string, apiVersion: string, options?: ReadOptions): Promise<Record<string, unknown>>;
  /** GET a collection and follow `nextLink` on the same host, up to `maxPages` pages. */
  list(path: string, apiVersion: string, options?: ReadOptions): Promise<ArmList<unknown>>;
}

const defaultSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const malformed = (url: string, what: string, status: number): ArmError =>
  new ArmError({
    status,
    code: 'MalformedResponse',
    message:
      `Azure Resource Manager sent ${what} for ${requestPath(url)}. A proxy or network filter may have changed ` +
      'the response; try again, or from another network.',
    requestUrl: safeRequestUrl(url),
  });

/** The next page's URL, only when it is on the same origin as `baseUrl` (the bearer token goes with it). */
function checkedNextLink(nextLink: string, origin: string, pageUrl: string): string {
  let next: URL;
  try {
    next = new URL(nextLink);
  } catch {
    throw malformed(pageUrl, 'a next-page link that is not a URL', 200);
  }
  if (next.origin === origin) return next.href;
  throw new ArmError({
    status: 200,
    code: 'ForeignNextLink',
    message:
      `Azure Resource Manager returned a next-page link to another host (${next.host}). It was not followed, ` +
      'so your sign-in token was not sent there; the list is incomplete. Report this if it persists.',
    requestUrl: safeRequestUrl(pageUrl),
  });
}

type GetJson = (url: string, signal: AbortSignal | undefined) => Promise<unknown>;

/** GET → parsed JSON; a non-2xx response becomes an {@link ArmError}, a non-JSON body `MalformedResponse`. */
function jsonGetter(options: ArmClientOptions, now: () => number): GetJson {
  const send = createPipeline(
    [
      throttlingRetryPolicy({
        maxRetries: options.maxRetries ?? 3,
        maxWaitMs: options.maxRetryWaitMs ?? 60_000,
        baseDelayMs: 1_000,
        sleep: options.sleep ?? defaultSleep,
        now,
      }),
      bearerTokenPolicy(options.getToken),
    ],
    fetchTransport(options.fetch),
  );
  return async (url, signal) => {
    const headers = { accept: 'application/json' };
    const response = await send({ method: 'GET', url, headers, ...(signal ? { signal } : {}) });
    if (response.status < 200 || response.status > 299) throw errorFromResponse(response, now());
    try {
      return JSON.parse(response.bodyText) as unknown;
    } catch {
      throw malformed(url, 'a response that is not JSON', response.status);
    }
  };
}

/** Reads `firstUrl` and its `nextLink` pages (same origin only), up to `maxPages`. */
async function readPages(
  getJson: GetJson,
  firstUrl: string,
  origin: string,
  maxPages: number,
  signal?: AbortSignal,
) {
  const items: unknown[] = [];
  let url = firstUrl;
  for (let page = 1; ; page += 1) {
    const body = await getJson(url, signal);
    if (!isRecord(body) || !Array.isArray(body.value)) {
      throw malformed(url, 'a list response without a "value" array', 200);
    }
    items.push(...body.value);
    const { nextLink } = body;
    if (typeof nextLink !== 'string' || nextLink === '') return { items, truncated: false };
    if (page >= maxPages) return { items, truncated: true };
    url = checkedNextLink(nextLink, origin, url);
  }
}

/** The GET-only reader over a pipeline of retry → bearer token → fetch. */
export function createArmReader(options: ArmClientOptions): ArmReader {
  const origin = new URL(options.baseUrl ?? DEFAULT_ARM_BASE_URL).origin;
  const getJson = jsonGetter(options, options.now ?? (() => Date.now()));
  const maxPages = options.maxPages ?? 50;
  return {
    async get(path, apiVersion, readOptions = {}) {
      const url = armUrl(origin, path, apiVersion);
      const body = await getJson(url, readOptions.signal);
      if (!isRecord(body)) throw malformed(url, 'a response that is not a JSON object', 200);
      return body;
    },
    async list(path, apiVersion, readOptions = {}) {
      const url = armUrl(origin, path, apiVersion);
      return readPages(getJson, url, origin, maxPages, readOptions.signal);
    },
  };
}
