/** Millisecond variants some Azure services send beside `Retry-After`; they win when present. */
const MS_HEADERS = ['retry-after-ms', 'x-ms-retry-after-ms'] as const;

/**
 * How long the server asked to wait, in milliseconds: `retry-after-ms` / `x-ms-retry-after-ms`, else
 * `Retry-After` as delay-seconds or an HTTP date (measured from `now`). Undefined when absent or unreadable.
 * @see https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
 * @see https://learn.microsoft.com/azure/azure-resource-manager/management/request-limits-and-throttling
 */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  for (const name of MS_HEADERS) {
    const value = headers.get(name)?.trim();
    if (value !== undefined && /^\d+(\.\d+)?$/.test(value)) return Number(value);
  }
  const value = headers.get('retry-after')?.trim();
  if (value === undefined || value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // HTTP dates (IMF-fixdate and the obsolete forms) start with a day name; Date.parse alone would read "-3" as a year.
  const date = /^[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
