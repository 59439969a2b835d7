/**
 * Loading code again after a failed load. The browser remembers a module whose fetch failed and fails
 * every later `import()` of the same address without asking the server again (offline for a moment, or a
 * new deployment replaced the chunks), so Retry could never succeed. After a failure that names the module's
 * address, the next load imports that address with a query of its own: a new module to the browser, whose own
 * imports are the chunks already loaded.
 */

/** The origin of the page's own code: only a module from there is ever loaded again. */
const pageOrigin = (): string | undefined => globalThis.location?.origin;

/**
 * The address of the module a failed dynamic import names, as browsers word it: Chromium's "Failed to fetch
 * dynamically imported module: <url>", Firefox's "error loading dynamically imported module: <url>",
 * Safari's "Importing a module script failed." (no address: undefined). An address of another origin than
 * `origin` (the page's) is not one of the app's modules: undefined too.
 */
export function failedModuleUrl(
  error: unknown,
  origin: string | undefined = pageOrigin(),
): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const url = /\b([a-z][a-z0-9+.-]*:\/\/[^\s?#]+\.js)\b/i.exec(message)?.[1];
  if (url === undefined || origin === undefined) return undefined;
  return URL.canParse(url) && new URL(url).origin === origin ? url : undefined;
}

let retries = 0;

/**
 * `load`, which after a failure naming a module's address (of `origin`, by default the page's) loads that
 * address afresh instead.
 */
export function retryingLoader<T>(
  load: () => Promise<T>,
  origin: string | undefined = pageOrigin(),
): () => Promise<T> {
  let failedUrl: string | undefined;
  return () => {
    let attempt: Promise<T>;
    if (failedUrl === undefined) attempt = load();
    else {
      retries += 1;
      attempt = import(/* @vite-ignore */ `${failedUrl}?retry=${retries}`) as Promise<T>;
    }
    return attempt.catch((error: unknown) => {
      failedUrl = failedModuleUrl(error, origin) ?? failedUrl;
      throw error;
    });
  };
}
