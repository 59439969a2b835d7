/**
 * Share links: the whole plan in the address's fragment (`#plan=v1.<data>`), which browsers never send
 * to a server. `<data>` is base64url of the raw-DEFLATE-compressed plan JSON followed by the CRC-32 of
 * that JSON (4 bytes, big-endian), so a changed or cut link is reported as damaged, never opened as another plan.
 */
import { MAX_PLAN_BYTES, parsePlanText, type Plan, type SchemaError } from '../../core/index.ts';
import { Base64UrlError, fromBase64Url, toBase64Url } from './base64url.ts';
import { defaultCodec, InflatedTooLargeError, type DeflateCodec } from './compression.ts';
import { crc32 } from './crc32.ts';
import { SHARE_PARAM } from './fragment.ts';

/** Format of the data; a new format gets a new version and this one stays readable. */
export const SHARE_VERSION = 'v1';
/** Longest data accepted; far above any real plan, far below what could stall the page. */
export const MAX_SHARE_DATA_CHARS = 200_000;
/** Links longer than this may be cut by mail and chat apps; the share dialog says so. */
export const LONG_LINK_CHARS = 8_000;

export type SharedPlanResult =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly errors: readonly SchemaError[] };

const CHECK_BYTES = 4;
const RECOPY = 'Copy the whole link again from where it was shared, or ask for the exported plan file.';
const failure = (message: string): SharedPlanResult => ({ ok: false, errors: [{ path: '', message }] });

/** The data of a plan as it appears after `#plan=`. */
export async function encodeSharedPlan(plan: Plan, codec: DeflateCodec = defaultCodec()): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(plan));
  const deflated = await codec.deflate(json);
  const payload = new Uint8Array(deflated.length + CHECK_BYTES);
  payload.set(deflated);
  new DataView(payload.buffer).setUint32(deflated.length, crc32(json));
  return `${SHARE_VERSION}.${toBase64Url(payload)}`;
}

/** The page's address with the plan in its fragment (any other fragment is replaced). */
export async function shareUrl(plan: Plan, pageUrl: string, codec?: DeflateCodec): Promise<string> {
  const url = new URL(pageUrl);
  url.hash = `${SHARE_PARAM}=${await encodeSharedPlan(plan, codec)}`;
  return url.href;
}

function versionProblem(data: string): string | undefined {
  const dot = data.indexOf('.');
  const version = dot === -1 ? '' : data.slice(0, dot);
  if (version === SHARE_VERSION) return undefined;
  if (/^v\d+$/.test(version)) {
    return `The link uses share format ${version}, which this version of the wizard can't read (it reads ${SHARE_VERSION}). Open it in the newest version of the wizard, or ask for the exported plan file.`;
  }
  return `The link doesn't start with a format version such as "${SHARE_VERSION}.", so it isn't a share link of this wizard, or its start was cut off. ${RECOPY}`;
}

function unpackBase64(body: string): Uint8Array | string {
  try {
    return fromBase64Url(body);
  } catch (error) {
    if (!(error instanceof Base64UrlError)) throw error;
    return error.reason === 'character'
      ? `The link is damaged: character ${error.position + 1} of its data can't appear in a share link. ${RECOPY}`
      : `The link is damaged or incomplete: its last characters don't form complete data. ${RECOPY}`;
  }
}

async function unpackPlanText(bytes: Uint8Array, codec: DeflateCodec): Promise<string> {
  if (bytes.length <= CHECK_BYTES) throw new Error('incomplete');
  const deflated = bytes.subarray(0, bytes.length - CHECK_BYTES);
  const expected = new DataView(bytes.buffer, bytes.byteOffset).getUint32(deflated.length);
  const json = await codec.inflate(deflated, MAX_PLAN_BYTES);
  if (crc32(json) !== expected) throw new Error('check value differs');
  return new TextDecoder('utf-8', { fatal: true }).decode(json);
}

/**
 * Reads the data of a share link into a plan. Every way a link can be wrong (too long, unknown format
 * version, damaged, cut short, unpacking to more than a plan can be, not a valid plan) is a problem
 * list for the person, never an exception.
 */
export async function decodeSharedPlan(
  data: string,
  codec: DeflateCodec = defaultCodec(),
): Promise<SharedPlanResult> {
  if (data.length > MAX_SHARE_DATA_CHARS) {
    return failure(
      `The link carries ${data.length.toLocaleString('en-US')} characters of data; a share link carries at most ${MAX_SHARE_DATA_CHARS.toLocaleString('en-US')}. Share the exported plan file instead.`,
    );
  }
  const problem = versionProblem(data);
  if (problem) return failure(problem);
  const bytes = unpackBase64(data.slice(SHARE_VERSION.length + 1));
  if (typeof bytes === 'string') return failure(bytes);
  let text: string;
  try {
    text = await unpackPlanText(bytes, codec);
  } catch (error) {
    if (error instanceof InflatedTooLargeError) {
      return failure(
        `The link unpacks to more than ${MAX_PLAN_BYTES / 1024 / 1024} MB, more than any plan, so it wasn't opened.`,
      );
    }
    return failure(`The link is damaged or incomplete: the plan in it can't be unpacked intact. ${RECOPY}`);
  }
  const result = parsePlanText(text);
  return result.ok ? { ok: true, plan: result.plan } : { ok: false, errors: result.errors };
}
