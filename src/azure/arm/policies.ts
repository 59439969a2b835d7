import { ArmError, safeRequestUrl } from './armError.ts';
import type { ArmRequest, PipelinePolicy } from './pipeline.ts';
import { retryAfterMs } from './retryAfter.ts';

/** Returns an ARM access token; `forceRefresh` asks the sign-in layer to skip its cache. */
export type GetToken = (options: { forceRefresh?: boolean }) => Promise<string>;

/** Waits `ms` milliseconds. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

async function acquireToken(getToken: GetToken, forceRefresh: boolean, request: ArmRequest): Promise<string> {
  try {
    return await getToken(forceRefresh ? { forceRefresh } : {});
  } catch (error) {
    throw new ArmError({
      status: 0,
      code: 'TokenUnavailable',
      message: "Couldn't get a sign-in token for Azure Resource Manager. Sign in again, then retry.",
      requestUrl: safeRequestUrl(request.url),
      cause: error,
    });
  }
}

const withBearer = (request: ArmRequest, token: string): ArmRequest => ({
  ...request,
  headers: { ...request.headers, authorization: `Bearer ${token}` },
});

/**
 * Adds `Authorization: Bearer …`. On a 401 it asks once for a fresh token (`forceRefresh`) and retries
 * once; a second 401 is returned for the error policy to report. The token never leaves the header.
 */
export function bearerTokenPolicy(getToken: GetToken): PipelinePolicy {
  return {
    name: 'bearerToken',
    async sendRequest(request, next) {
      const response = await next(withBearer(request, await acquireToken(getToken, false, request)));
      if (response.status !== 401) return response;
      return next(withBearer(request, await acquireToken(getToken, true, request)));
    },
  };
}

export interface RetryOptions {
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** Longest wait honoured; when the server asks for longer, the client stops and reports it. */
  readonly maxWaitMs: number;
  /** First wait when the server gives no `Retry-After`; doubled on each retry, up to `maxWaitMs`. */
  readonly baseDelayMs: number;
  readonly sleep: Sleep;
  readonly now: () => number;
}

const RETRY_STATUSES = new Set([429, 503]);

/**
 * Retries 429 and 503 after the `Retry-After` the server sent (seconds or HTTP date), or an exponential
 * backoff without jitter (deterministic) when it sent none. Bounded by `maxRetries`; a requested wait
 * above `maxWaitMs` ends the retries at once rather than freezing the page, and the error says how long
 * Azure asked to wait.
 * @see https://learn.microsoft.com/azure/azure-resource-manager/management/request-limits-and-throttling
 */
export function throttlingRetryPolicy(options: RetryOptions): PipelinePolicy {
  return {
    name: 'throttlingRetry',
    async sendRequest(request, next) {
      for (let attempt = 0; ; attempt += 1) {
        const response = await next(request);
        if (!RETRY_STATUSES.has(response.status) || attempt >= options.maxRetries) return response;
        const asked = retryAfterMs(response.headers, options.now());
        const wait = asked ?? Math.min(options.baseDelayMs * 2 ** attempt, options.maxWaitMs);
        if (wait > options.maxWaitMs) return response;
        await options.sleep(wait, request.signal);
      }
    },
  };
}
