import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { armErrorBody, fakeFetch, inOrder, type FakeReply } from './fakeFetch.ts';
import { createArmClient, isArmError, type ArmClientOptions, type ArmError } from './index.ts';

const SUB = '11111111-2222-3333-4444-555555555555';
const ok: FakeReply = {
  body: { value: [{ subscriptionId: SUB, displayName: 'Contoso', state: 'Enabled' }] },
};
const throttled = (headers: Record<string, string> = {}): FakeReply => ({
  status: 429,
  headers,
  body: armErrorBody('TooManyRequests', 'Too many requests.'),
});
const unavailable: FakeReply = { status: 503, body: armErrorBody('ServiceUnavailable', 'Try later.') };

function setup(replies: FakeReply[], options: Partial<ArmClientOptions> = {}) {
  const { fetch, requests } = fakeFetch(inOrder(...replies));
  const getToken = vi.fn(async ({ forceRefresh }: { forceRefresh?: boolean }) =>
    forceRefresh ? 'fresh-token' : 'cached-token',
  );
  return { client: createArmClient({ fetch, getToken, ...options }), requests, getToken };
}

const settle = (promise: Promise<unknown>) =>
  promise.then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error: isArmError(error) ? error : undefined }),
  );

let seen: { method: string }[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-26T08:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  for (const request of seen) expect(request.method).toBe('GET');
});

describe('throttling retry', () => {
  it('waits the Retry-After seconds before retrying a 429', async () => {
    const { client, requests } = setup([throttled({ 'retry-after': '5' }), ok]);
    seen = requests;
    const outcome = settle(client.listSubscriptions());
    await vi.advanceTimersByTimeAsync(4_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await outcome).value).toMatchObject({ items: [{ displayName: 'Contoso' }] });
    expect(requests).toHaveLength(2);
  });

  it('waits until a Retry-After HTTP date', async () => {
    const { client, requests } = setup([throttled({ 'retry-after': 'Thu, 26 Nov 2026 08:00:07 GMT' }), ok]);
    seen = requests;
    const outcome = settle(client.listSubscriptions());
    await vi.advanceTimersByTimeAsync(6_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await outcome).error).toBeUndefined();
    expect(requests).toHaveLength(2);
  });

  it('retries a 503 with exponential backoff when no Retry-After is given, then succeeds', async () => {
    const { client, requests } = setup([unavailable, unavailable, ok]);
    seen = requests;
    const outcome = settle(client.listSubscriptions());
    await vi.advanceTimersByTimeAsync(1_000);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect((await outcome).error).toBeUndefined();
    expect(requests).toHaveLength(3);
  });

  it('gives up after maxRetries with an ArmError that says to wait', async () => {
    const { client, requests } = setup(
      [
        throttled({ 'retry-after': '1' }),
        throttled({ 'retry-after': '1' }),
        throttled({ 'retry-after': '1' }),
      ],
      {
        maxRetries: 2,
      },
    );
    seen = requests;
    const outcome = settle(client.listSubscriptions());
    await vi.advanceTimersByTimeAsync(2_000);
    const { error } = await outcome;
    expect(requests).toHaveLength(3);
    expect(error).toMatchObject({ status: 429, code: 'TooManyRequests' });
    expect(error?.message).toBe(
      'Azure Resource Manager is throttling requests (429) and the retries ran out; it asked to wait 1 s. Wait a minute, then try again.',
    );
  });

  it('stops at once when Azure asks to wait longer than the cap', async () => {
    const sleep = vi.fn(() => Promise.resolve());
    const { client, requests } = setup([throttled({ 'retry-after': '600' })], {
      maxRetryWaitMs: 30_000,
      sleep,
    });
    seen = requests;
    const { error } = await settle(client.listSubscriptions());
    expect(sleep).not.toHaveBeenCalled();
    expect(error?.message).toContain('it asked to wait 600 s');
  });

  it('uses an injected sleep with the milliseconds header', async () => {
    const sleep = vi.fn(() => Promise.resolve());
    const { client, requests } = setup(
      [throttled({ 'x-ms-retry-after-ms': '250', 'retry-after': '1' }), ok],
      { sleep },
    );
    seen = requests;
    await client.listSubscriptions();
    expect(sleep).toHaveBeenCalledWith(250, undefined);
  });
});

describe('cancelling', () => {
  it('stops waiting for a retry when the caller aborts, and sends nothing more', async () => {
    const { client, requests } = setup([throttled({ 'retry-after': '30' }), ok]);
    seen = requests;
    const controller = new AbortController();
    const outcome = client.listSubscriptions({ signal: controller.signal }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort(new DOMException('The user left the page.', 'AbortError'));
    expect(await outcome).toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(1);
  });
});

describe('bearer token', () => {
  it('refreshes the token once after a 401 and retries', async () => {
    const { client, requests, getToken } = setup([
      { status: 401, body: armErrorBody('ExpiredAuthenticationToken', 'expired') },
      ok,
    ]);
    seen = requests;
    await client.listSubscriptions();
    expect(getToken.mock.calls).toEqual([[{}], [{ forceRefresh: true }]]);
    expect(requests.map((r) => r.headers.authorization)).toEqual([
      'Bearer cached-token',
      'Bearer fresh-token',
    ]);
  });

  it('reports a second 401 as an ArmError without refreshing again', async () => {
    const unauthorized: FakeReply = { status: 401, body: armErrorBody('InvalidAuthenticationToken', 'bad') };
    const { client, requests, getToken } = setup([unauthorized, unauthorized]);
    seen = requests;
    const { error } = await settle(client.listSubscriptions());
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(requests).toHaveLength(2);
    expect(error).toMatchObject({ status: 401, code: 'InvalidAuthenticationToken' });
    expect(error?.message).toMatch(
      /^Azure didn't accept your sign-in .* Sign out, sign in again and retry\.$/,
    );
  });
});

describe('403', () => {
  const scope = `/subscriptions/${SUB}/resourceGroups/net-rg/providers/Microsoft.Network/routeTables/rt`;

  async function forbidden(body: unknown): Promise<ArmError | undefined> {
    const { client, requests } = setup([{ status: 403, body }]);
    seen = requests;
    return (await settle(client.getRouteTable(scope))).error;
  }

  it('names the missing action and scope from AuthorizationFailed', async () => {
    const error = await forbidden(
      armErrorBody(
        'AuthorizationFailed',
        `The client 'ada@contoso.com' with object id '0a1b2c3d-0000-4000-8000-000000000001' does not have authorization to perform action 'Microsoft.Network/routeTables/read' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
      ),
    );
    expect(error).toMatchObject({ status: 403, code: 'AuthorizationFailed' });
    expect(error?.message).toBe(
      `You lack permission Microsoft.Network/routeTables/read on ${scope}. Ask an owner of that scope for a role that grants it (Reader is enough to audit), then sign in again.`,
    );
    expect(error?.message).not.toContain('ada@contoso.com');
  });

  it('names the linked scope from LinkedAuthorizationFailed', async () => {
    const error = await forbidden(
      armErrorBody(
        'LinkedAuthorizationFailed',
        "The client has permission to perform action 'Microsoft.Network/routeTables/read' on scope 'x'; however, it does not have permission to perform action(s) 'Microsoft.Network/virtualNetworks/subnets/read' on the linked scope(s) '/subscriptions/s/resourceGroups/other/providers/Microsoft.Network/virtualNetworks/v/subnets/a' (respectively) or the linked scope(s) are invalid.",
      ),
    );
    expect(error?.message).toMatch(
      /^You lack permission Microsoft\.Network\/virtualNetworks\/subnets\/read on \/subscriptions\/s\/resourceGroups\/other\//,
    );
  });

  it('falls back to the request path when the message names no action', async () => {
    const error = await forbidden(armErrorBody('RequestDisallowedByPolicy', 'Blocked.'));
    expect(error?.message).toBe(
      `You lack permission to read ${scope}. Ask an owner of that scope for a role that grants it (Reader is enough to audit), then sign in again.`,
    );
  });
});

describe('other statuses', () => {
  it.each([
    [
      404,
      armErrorBody('ResourceNotFound', 'The Resource was not found.'),
      'ResourceNotFound',
      /^Azure can't find \/subscriptions\/.*\/routeTables\/rt \(404 ResourceNotFound\)\. Check the subscription.* Azure said: The Resource was not found\.$/,
    ],
    [
      500,
      { code: 'InternalServerError', message: 'Oops' },
      'InternalServerError',
      /^Azure Resource Manager couldn't answer \(500 InternalServerError\)\. Try again in a few minutes\. Azure said: Oops$/,
    ],
    [400, 'not json', 'Http400', /^Azure Resource Manager refused to read .* \(400 Http400\)\.$/],
  ])('%i → ArmError with a sentence', async (status, body, code, message) => {
    const reply: FakeReply = typeof body === 'string' ? { status, text: body } : { status, body };
    const { client, requests } = setup([reply]);
    seen = requests;
    const { error } = await settle(
      client.getRouteTable(
        `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt`,
      ),
    );
    expect(error).toMatchObject({ status, code });
    expect(error?.message).toMatch(message);
    expect(requests).toHaveLength(1);
  });
});
