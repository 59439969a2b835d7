import type { FetchLike } from './pipeline.ts';

/** A request the fake saw, for assertions (method, URL and headers). */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** What the fake answers: a JSON-able body (or raw text), a status and headers; or an error to reject with. */
export type FakeReply =
  { status?: number; body?: unknown; text?: string; headers?: Record<string, string> } | Error;

/**
 * A `fetch` for tests of code that reads ARM: answers from `route` (given the URL and the 1-based call
 * number) and records every request. Used only by tests.
 */
export function fakeFetch(route: (url: URL, call: number) => FakeReply) {
  const requests: RecordedRequest[] = [];
  const fetch: FetchLike = async (url, init) => {
    requests.push({ method: init.method, url, headers: { ...init.headers } });
    const reply = route(new URL(url), requests.length);
    if (reply instanceof Error) throw reply;
    const text = reply.text ?? JSON.stringify(reply.body ?? {});
    return new Response(text, { status: reply.status ?? 200, headers: reply.headers ?? {} });
  };
  return { fetch, requests };
}

/** A route that gives `replies` in order and fails the test on an extra request. */
export function inOrder(...replies: FakeReply[]): (url: URL, call: number) => FakeReply {
  return (url, call) => replies[call - 1] ?? new Error(`unexpected request ${call}: ${url.pathname}`);
}

/** An ARM error body. */
export const armErrorBody = (code: string, message: string) => ({ error: { code, message } });
