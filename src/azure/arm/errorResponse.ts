import { ArmError, requestPath, safeRequestUrl } from './armError.ts';
import type { ArmResponse } from './pipeline.ts';
import { retryAfterMs } from './retryAfter.ts';

interface ArmErrorBody {
  readonly code?: string;
  readonly message?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{ "error": { "code", "message" } }` (ARM) or `{ "code", "message" }` (some providers); empty when unreadable. */
export function readErrorBody(text: string): ArmErrorBody {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {};
  }
  const error = isRecord(json) && isRecord(json.error) ? json.error : json;
  if (!isRecord(error)) return {};
  return {
    ...(typeof error.code === 'string' ? { code: error.code } : {}),
    ...(typeof error.message === 'string' ? { message: error.message } : {}),
  };
}

/** ARM's AuthorizationFailed message names the action and scope: "…perform action 'A' over scope 'S'…". */
const AUTHORIZATION_FAILED = /perform action '([^']+)' over scope '([^']+)'/i;
/** LinkedAuthorizationFailed names the missing action on a linked scope. */
const LINKED_AUTHORIZATION_FAILED =
  /permission to perform action\(s\) '([^']+)' on the linked scope\(s\) '([^']+)'/i;

const ASK_FOR_ACCESS =
  'Ask an owner of that scope for a role that grants it (Reader is enough to audit), then sign in again.';

/**
 * "You lack permission <action> on <scope>" from a 403 body, or a sentence naming the request when ARM's
 * message doesn't say which action was missing.
 * @see https://learn.microsoft.com/azure/role-based-access-control/troubleshooting
 */
export function permissionMessage(armMessage: string | undefined, url: string): string {
  const match = armMessage?.match(AUTHORIZATION_FAILED) ?? armMessage?.match(LINKED_AUTHORIZATION_FAILED);
  if (match?.[1] !== undefined && match[2] !== undefined) {
    return `You lack permission ${match[1]} on ${match[2]}. ${ASK_FOR_ACCESS}`;
  }
  return `You lack permission to read ${requestPath(url)}. ${ASK_FOR_ACCESS}`;
}

const azureSaid = (message: string | undefined): string =>
  message === undefined ? '' : ` Azure said: ${message}`;

function waitWords(response: ArmResponse, now: number): string {
  const wait = retryAfterMs(response.headers, now);
  return wait === undefined ? '' : `; it asked to wait ${Math.ceil(wait / 1000)} s`;
}

function sentence(response: ArmResponse, body: ArmErrorBody, code: string, now: number): string {
  const { status } = response;
  const path = requestPath(response.request.url);
  if (status === 401) {
    return `Azure didn't accept your sign-in (401 ${code}), even after refreshing it. Sign out, sign in again and retry.`;
  }
  if (status === 403) return permissionMessage(body.message, response.request.url);
  if (status === 404) {
    return `Azure can't find ${path} (404 ${code}). Check the subscription, resource group and name, or whether it was deleted.${azureSaid(body.message)}`;
  }
  if (status === 429) {
    return `Azure Resource Manager is throttling requests (429) and the retries ran out${waitWords(response, now)}. Wait a minute, then try again.`;
  }
  if (status >= 500) {
    return `Azure Resource Manager couldn't answer (${status} ${code})${waitWords(response, now)}. Try again in a few minutes.${azureSaid(body.message)}`;
  }
  return `Azure Resource Manager refused to read ${path} (${status} ${code}).${azureSaid(body.message)}`;
}

/** The {@link ArmError} for a response that is not a success. */
export function errorFromResponse(response: ArmResponse, now: number): ArmError {
  const body = readErrorBody(response.bodyText);
  const code = body.code ?? `Http${response.status}`;
  return new ArmError({
    status: response.status,
    code,
    message: sentence(response, body, code, now),
    requestUrl: safeRequestUrl(response.request.url),
  });
}
