import { AZURE_CLOUDS, CLOUD_DISPLAY_NAMES } from '../catalog/regions.ts';
import { parseServiceTagsFileName, stalenessNotice, type ServiceTagsFileName } from './fileDate.ts';
import { fastServiceTagsFile } from './fastValidate.ts';
import { describeIssues } from './issues.ts';
import type { ServiceTagsNotice } from './notice.ts';
import { serviceTagsFileSchema, type ServiceTagsFile } from './schema.ts';
import { DEFAULT_MAX_BYTES, DOWNLOAD_HINT, SERVICE_TAGS_DOCS, SERVICE_TAGS_DOWNLOADS } from './sources.ts';

export type SizeCheck = { ok: true } | { ok: false; message: string };

export interface ParseServiceTagsOptions {
  /** The file's name (a path is fine): its date and cloud are read from it. */
  readonly fileName?: string;
  /** Refuse larger files without parsing them; default 25 MB. */
  readonly maxBytes?: number;
  /** `yyyy-mm-dd`: with a dated file name, a file older than eight weeks gets a warning. */
  readonly today?: string;
}

export type ParseServiceTagsResult =
  | {
      ok: true;
      file: ServiceTagsFile;
      /** `yyyy-mm-dd` from the file name, when it has one. */
      fileDate?: string;
      notices: ServiceTagsNotice[];
    }
  | { ok: false; message: string };

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Whether a file of this many bytes may be a Service Tags file, to refuse a wrong file before reading
 * it (the CLI has the size from `stat`, the browser from `File.size`).
 */
export function checkServiceTagsSize(byteLength: number, maxBytes = DEFAULT_MAX_BYTES): SizeCheck {
  if (!Number.isFinite(byteLength) || byteLength < 0) {
    return { ok: false, message: `The file's size is unknown, so it was not read. Choose the file again.` };
  }
  if (byteLength === 0) {
    return {
      ok: false,
      message: `The file is empty; a Service Tags file is a JSON file of 0.3 to 5 MB. ${DOWNLOAD_HINT}`,
    };
  }
  if (byteLength > maxBytes) {
    return {
      ok: false,
      message:
        `The file is ${megabytes(byteLength)}, more than the ${megabytes(maxBytes)} a Service Tags file can be ` +
        `(the public cloud's is about 5 MB), so it was not read. Check that you chose the ` +
        `ServiceTags_<cloud>_<date>.json file. ${DOWNLOAD_HINT}`,
    };
  }
  return { ok: true };
}

/** UTF-8 size of a text, counting no further than `limit + 1` so a huge text costs little. */
function utf8Length(text: string, limit: number): number {
  // A UTF-16 code unit takes 1 to 3 UTF-8 bytes (a surrogate pair 4 for 2 units): cheap bounds first.
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i += 1) {
    const unit = text.charCodeAt(i);
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

type JsonResult = { ok: true; data: unknown } | { ok: false; message: string };

function readJson(text: string): JsonResult {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) return { ok: false, message: `The file is empty. ${DOWNLOAD_HINT}` };
  if (body.startsWith('<')) {
    return {
      ok: false,
      message:
        `This is a web page, not the Service Tags JSON file: on the download page choose "Download" and ` +
        `use the .json file it saves. ${DOWNLOAD_HINT}`,
    };
  }
  try {
    return { ok: true, data: JSON.parse(body) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? ` (${error.message})` : '';
    return {
      ok: false,
      message: `The file is not valid JSON${reason}. Use the file from Microsoft unchanged. ${DOWNLOAD_HINT}`,
    };
  }
}

type ShapeResult = { ok: true; file: ServiceTagsFile } | { ok: false; message: string };

/** Parsed JSON as a Service Tags file, or the first things that make it not one, in words. */
function validate(data: unknown): ShapeResult {
  const notAFile = 'This is not a Service Tags file';
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'a list' : data === null ? 'null' : `a ${typeof data}`;
    return {
      ok: false,
      message: `${notAFile}: it is ${what}, not an object with "cloud" and "values". ${DOWNLOAD_HINT}`,
    };
  }
  if (!Array.isArray((data as { values?: unknown }).values)) {
    return { ok: false, message: `${notAFile}: it has no "values" list of service tags. ${DOWNLOAD_HINT}` };
  }
  // The common case, a good file, without the schema's cost per prefix; a bad one gets its messages below.
  const fast = fastServiceTagsFile(data);
  if (fast) return { ok: true, file: fast };
  const result = serviceTagsFileSchema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, file: result.data };
  const problems = describeIssues(result.error.issues, data);
  const cloud = (data as { cloud?: unknown }).cloud;
  const hint = AZURE_CLOUDS.find((known) => known === cloud);
  const where = hint ? `Download a fresh copy from ${SERVICE_TAGS_DOWNLOADS[hint]}.` : DOWNLOAD_HINT;
  return { ok: false, message: `${notAFile}, or it has been changed: ${problems}. ${where}` };
}

/** Warnings the file name gives: a name of another cloud than the content, and an old date. */
function nameNotices(file: ServiceTagsFile, name: ServiceTagsFileName, today?: string): ServiceTagsNotice[] {
  const notices: ServiceTagsNotice[] = [];
  if (name.cloud !== undefined && name.cloud !== file.cloud) {
    notices.push({
      id: 'service-tags-file-name-cloud',
      severity: 'warning',
      message:
        `The file's name says ${CLOUD_DISPLAY_NAMES[name.cloud]}, but its content is for ` +
        `${CLOUD_DISPLAY_NAMES[file.cloud]} ("cloud": "${file.cloud}"). The content is what counts; ` +
        `rename the file, or choose the file of the cloud you meant.`,
      docUrl: SERVICE_TAGS_DOCS.downloadable,
    });
  }
  const stale = name.date && today ? stalenessNotice(name.date, today, file.cloud) : undefined;
  if (stale) notices.push(stale);
  return notices;
}

/**
 * Reads an "Azure IP Ranges and Service Tags" file: refuses it by size before parsing, then checks JSON
 * syntax, then the format. Every refusal says what is wrong and where to get the right file.
 *
 * @see https://learn.microsoft.com/azure/virtual-network/service-tags-overview#discover-service-tags-by-using-downloadable-json-files
 */
export function parseServiceTags(
  text: string,
  options: ParseServiceTagsOptions = {},
): ParseServiceTagsResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = checkServiceTagsSize(utf8Length(text, maxBytes), maxBytes);
  if (!size.ok) return size;
  const json = readJson(text);
  if (!json.ok) return json;
  const valid = validate(json.data);
  if (!valid.ok) return valid;
  const name = options.fileName === undefined ? {} : parseServiceTagsFileName(options.fileName);
  const notices = nameNotices(valid.file, name, options.today);
  return { ok: true, file: valid.file, ...(name.date ? { fileDate: name.date } : {}), notices };
}
