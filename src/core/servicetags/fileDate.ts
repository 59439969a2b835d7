import type { AzureCloud } from '../catalog/regions.ts';
import type { ServiceTagsNotice } from './notice.ts';
import { DOWNLOAD_HINT, SERVICE_TAGS_DOCS, SERVICE_TAGS_DOWNLOADS, STALE_AFTER_WEEKS } from './sources.ts';

/** What a file name such as `ServiceTags_Gov_20260719.json` says about the file. */
export interface ServiceTagsFileName {
  /** Publication date, `yyyy-mm-dd`, when the name carries a valid one. */
  readonly date?: string;
  /** The cloud the name claims (`Public`, `Gov`, `China`), when it names one. */
  readonly cloud?: AzureCloud;
}

const NAME_PATTERN = /ServiceTags_(Public|Gov|China)_(\d{4})(\d{2})(\d{2})/i;
const CLOUD_OF_PART: Readonly<Record<string, AzureCloud>> = {
  public: 'Public',
  gov: 'AzureGovernment',
  china: 'AzureChinaCloud',
};
const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 of a `yyyy-mm-dd` text, or undefined when it is not a real calendar day. */
export function isoDayNumber(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return time / DAY_MS;
}

/**
 * Reads the date and cloud from the name Microsoft gives the file (`ServiceTags_Public_20261116.json`,
 * `ServiceTags_Gov_20260719.json`, `ServiceTags_China_20261116.json`). Folders and browser suffixes such
 * as ` (1)` are ignored; a name without a valid date gives no date.
 */
export function parseServiceTagsFileName(fileName: string): ServiceTagsFileName {
  const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
  const match = NAME_PATTERN.exec(base);
  if (!match) return {};
  const [, part = '', year, month, day] = match;
  const date = `${year}-${month}-${day}`;
  const cloud = CLOUD_OF_PART[part.toLowerCase()];
  return isoDayNumber(date) === undefined ? { cloud } : { date, cloud };
}

/**
 * Whole weeks from `fileDate` to `today` (both `yyyy-mm-dd`; the caller supplies today, core has no
 * clock). Negative when the file is dated after today; undefined when either date is not a real day.
 */
export function ageInWeeks(fileDate: string, today: string): number | undefined {
  const from = isoDayNumber(fileDate);
  const to = isoDayNumber(today);
  if (from === undefined || to === undefined) return undefined;
  return Math.trunc((to - from) / 7);
}

/**
 * A warning when the file is more than eight weeks old: Microsoft publishes a new file weekly and
 * routes built from an old one miss addresses added since.
 *
 * @see https://learn.microsoft.com/azure/virtual-network/service-tags-overview#discover-service-tags-by-using-downloadable-json-files
 */
export function stalenessNotice(
  fileDate: string,
  today: string,
  cloud?: AzureCloud,
): ServiceTagsNotice | undefined {
  const from = isoDayNumber(fileDate);
  const to = isoDayNumber(today);
  if (from === undefined || to === undefined || to - from <= STALE_AFTER_WEEKS * 7) return undefined;
  const weeks = Math.trunc((to - from) / 7);
  const where = cloud ? `Download the current file from ${SERVICE_TAGS_DOWNLOADS[cloud]}.` : DOWNLOAD_HINT;
  return {
    id: 'service-tags-stale',
    severity: 'warning',
    message:
      `The Service Tags file is dated ${fileDate}, ${weeks} weeks before today (${today}). Microsoft publishes ` +
      `a new file every week and service addresses change, so routes built from an old file can miss ` +
      `addresses. ${where}`,
    docUrl: SERVICE_TAGS_DOCS.downloadable,
  };
}
