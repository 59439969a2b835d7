/**
 * Loading code again after a failed load. The browser remembers a module whose fetch failed and fails
 * every later `import()` of the same address without asking the server again (offline for a moment, or a
 * new deployment replaced the chunks), so Retry could never succeed. After a failure that names the module's
 * address, the next load imports that address with a query of its own: a new module to the browser, whose own
 * imports are the chunks already loaded.
 */

/**
 * The address of the module a failed dynamic import names, as browsers word it: Chromium's "Failed to fetch
 * dynamically imported module: <url>", Firefox's "error loading dynamically imported module: <url>",
 * Safari's "Importing a module script failed." (no address: undefined).
 */
export function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return /\b((?:https?|file):\/\/[^\s?#]+\.js)\b/.exec(message)?.[1];
}

let retries = 0;

/** `load`, which after a failure naming a module's address loads that address afresh instead. */
export function retryingLoader<T>(load: () => Promise<T>): () => Promise<T> {
  let failedUrl: string | undefined;
  return () => {
    let attempt: Promise<T>;
    if (failedUrl === undefined) attempt = load();
    else {
      retries += 1;
      attempt = import(/* @vite-ignore */ `${failedUrl}?retry=${retries}`) as Promise<T>;
    }
    return attempt.catch((error: unknown) => {
      failedUrl = failedModuleUrl(error) ?? failedUrl;
      throw error;
    });
  };
}
