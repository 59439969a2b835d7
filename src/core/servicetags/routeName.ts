/**
 * Route names: 1–80 characters, letters, digits, `_ . -`, starting with a letter or digit and ending
 * with a letter, digit or `_` (REQUIREMENTS.md §8).
 *
 * @see https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftnetwork
 */
export const ROUTE_NAME_MAX = 80;

/** Replaces characters a route name may not contain and fixes its first character. */
function legalStem(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z0-9]/.test(cleaned) ? cleaned : `r${cleaned}`;
}

/**
 * The route name for one prefix of one tag: `BatchNodeManagement.USGovVirginia-20.140.91.96_27`.
 * Stable (the same tag and prefix always give the same name) and always a legal route name: the tag
 * part is legalized and shortened so the whole fits 80 characters, and the prefix part ends with a digit.
 */
export function routeName(tag: string, prefix: string, uniqueSuffix = ''): string {
  const tail = `-${prefix.replace('/', '_').replace(/[^A-Za-z0-9_.]/g, '_')}${uniqueSuffix}`;
  const stem = legalStem(tag || 'route').slice(0, Math.max(1, ROUTE_NAME_MAX - tail.length));
  const name = `${stem}${tail}`.slice(0, ROUTE_NAME_MAX);
  return /[A-Za-z0-9_]$/.test(name) ? name : `${name.slice(0, ROUTE_NAME_MAX - 1)}_`;
}

/**
 * Names for many routes, unique within one route table (Azure compares them case-insensitively): a
 * name already taken gets `-2`, `-3`, … in input order, so the result is deterministic.
 */
export function uniqueRouteNames(items: readonly { tag: string; prefix: string }[]): string[] {
  const taken = new Set<string>();
  return items.map(({ tag, prefix }) => {
    let name = routeName(tag, prefix);
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = routeName(tag, prefix, `-${n}`);
    taken.add(name.toLowerCase());
    return name;
  });
}
