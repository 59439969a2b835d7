import { ArmError, safeRequestUrl } from './armError.ts';

/**
 * A request to Azure Resource Manager. The method is the literal `GET`: the wizard audits and never
 * changes anything, and no other method can be expressed.
 */
export interface ArmRequest {
  readonly method: 'GET';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

/** A response with its body already read as text, so policies can look at it and retry. */
export interface ArmResponse {
  readonly request: ArmRequest;
  readonly status: number;
  readonly headers: Headers;
  readonly bodyText: string;
}

export type SendRequest = (request: ArmRequest) => Promise<ArmResponse>;

/** One concern of the pipeline (auth, retry…), in the style of `@azure/core-rest-pipeline`. */
export interface PipelinePolicy {
  readonly name: string;
  sendRequest(request: ArmRequest, next: SendRequest): Promise<ArmResponse>;
}

/** The subset of `fetch` the client uses; injected so tests and other runtimes supply their own. */
export type FetchLike = (
  url: string,
  init: { method: 'GET'; headers: Record<string, string>; signal?: AbortSignal },
) => Promise<Pick<Response, 'status' | 'headers' | 'text'>>;

/** Policies run in order, the first outermost; the transport sends. */
export function createPipeline(policies: readonly PipelinePolicy[], transport: SendRequest): SendRequest {
  return policies.reduceRight<SendRequest>(
    (next, policy) => (request) => policy.sendRequest(request, next),
    transport,
  );
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return 'Azure Resource Manager';
  }
};

/**
 * The transport: one `fetch` with method GET. A rejected fetch (offline, DNS, proxy, CORS) becomes an
 * {@link ArmError} with code `NetworkError`; a caller's abort is passed through unchanged.
 */
export function fetchTransport(fetchFn: FetchLike): SendRequest {
  return async (request) => {
    let response: Pick<Response, 'status' | 'headers' | 'text'>;
    try {
      response = await fetchFn(request.url, {
        method: 'GET',
        headers: { ...request.headers },
        ...(request.signal === undefined ? {} : { signal: request.signal }),
      });
    } catch (error) {
      if (request.signal?.aborted === true) throw error;
      throw new ArmError({
        status: 0,
        code: 'NetworkError',
        message:
          `Couldn't reach ${hostOf(request.url)}. Check your network connection, proxy or VPN ` +
          '(and that a firewall or browser extension allows it), then try again.',
        requestUrl: safeRequestUrl(request.url),
        cause: error,
      });
    }
    const bodyText = await response.text();
    return { request, status: response.status, headers: response.headers, bodyText };
  };
}
