/**
 * Reading and removing the `plan` parameter of the address fragment (`#plan=v1.…`). Kept apart from the
 * codec so the page checks for a share link without loading the code that unpacks one.
 */

/** The fragment parameter that carries a plan. */
export const SHARE_PARAM = 'plan';

const parts = (hash: string) => hash.replace(/^#/, '').split('&');
const isPlanParam = (part: string) => part.startsWith(`${SHARE_PARAM}=`);

/** The `plan` parameter of a fragment such as `#plan=v1.…`, or undefined when there is none. */
export function readShareFragment(hash: string): string | undefined {
  const param = parts(hash).find(isPlanParam);
  if (param === undefined) return undefined;
  const value = param.slice(SHARE_PARAM.length + 1);
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The fragment without the `plan` parameter (other parameters kept), for `history.replaceState`. */
export function withoutShareFragment(hash: string): string {
  const rest = parts(hash).filter((part) => part !== '' && !isPlanParam(part));
  return rest.length > 0 ? `#${rest.join('&')}` : '';
}
