/** Codes this client gives errors that don't come from an ARM error body. */
export type ArmClientErrorCode =
  'MalformedResponse' | 'NetworkError' | 'ForeignNextLink' | 'TokenUnavailable' | 'InvalidResourceId';

export interface ArmErrorInit {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly requestUrl: string;
  readonly cause?: unknown;
}

/**
 * A failed ARM read. `message` is a sentence for the person using the wizard: what failed and what to do.
 * `status` is the HTTP status (0 when no response arrived); `code` is ARM's error code (such as
 * `AuthorizationFailed`) or one of {@link ArmClientErrorCode}; `requestUrl` carries no query but `api-version`.
 */
export class ArmError extends Error {
  override readonly name = 'ArmError';
  readonly status: number;
  readonly code: string;
  readonly requestUrl: string;

  constructor(init: ArmErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.requestUrl = init.requestUrl;
  }
}

/** True for an {@link ArmError}, also across bundles where `instanceof` would fail. */
export function isArmError(error: unknown): error is ArmError {
  if (error instanceof ArmError) return true;
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as Partial<ArmError>;
  return (
    candidate.name === 'ArmError' &&
    typeof candidate.status === 'number' &&
    typeof candidate.code === 'string'
  );
}

/**
 * The request URL safe to show and keep: origin and path, plus `api-version`. Everything else in the query
 * (`$skiptoken` continuation tokens, filters) is dropped, so no opaque token ends up in an error report.
 */
export function safeRequestUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const apiVersion = parsed.searchParams.get('api-version');
    return `${parsed.origin}${parsed.pathname}${apiVersion === null ? '' : `?api-version=${encodeURIComponent(apiVersion)}`}`;
  } catch {
    return '(invalid URL)';
  }
}

/** Path of the request, for sentences ("…/virtualNetworks/vnet1"). */
export function requestPath(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}
