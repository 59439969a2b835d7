import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { armErrorBody, fakeFetch, inOrder, type FakeReply, type RecordedRequest } from './fakeFetch.ts';
import { ArmError, createArmClient, isArmError, type ArmClientOptions } from './index.ts';

const BASE = 'https://management.azure.com';
const SUB = '11111111-2222-3333-4444-555555555555';
const tokens = ['token-1', 'token-2', 'token-3'];

function setup(route: (url: URL, call: number) => FakeReply, options: Partial<ArmClientOptions> = {}) {
  const { fetch, requests } = fakeFetch(route);
  const getToken = vi.fn(
    async ({ forceRefresh }: { forceRefresh?: boolean }) => tokens[forceRefresh ? 1 : 0] ?? '',
  );
  const client = createArmClient({ fetch, getToken, ...options });
  return { client, requests, getToken };
}

/** The error a promise rejects with, or a failure when it resolves. */
async function failure(promise: Promise<unknown>): Promise<ArmError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!isArmError(outcome)) throw new Error(`expected an ArmError, got ${String(outcome)}`);
  return outcome;
}

const page = (names: string[], nextLink?: string): FakeReply => ({
  body: {
    value: names.map((name) => ({ subscriptionId: SUB, displayName: name, state: 'Enabled' })),
    ...(nextLink ? { nextLink } : {}),
  },
});

let requests: RecordedRequest[] = [];
afterEach(() => {
  // Whatever a test did, the client sent nothing but GET.
  for (const request of requests) expect(request.method).toBe('GET');
  requests = [];
});

describe('paging', () => {
  it('follows nextLink across three pages with the bearer token', async () => {
    const next = (n: number) => `${BASE}/subscriptions?api-version=2022-12-01&%24skiptoken=page${n}`;
    const setupResult = setup(inOrder(page(['a', 'b'], next(2)), page(['c'], next(3)), page(['d'])));
    requests = setupResult.requests;
    const result = await setupResult.client.listSubscriptions();
    expect(result.items.map((s) => s.displayName)).toEqual(['a', 'b', 'c', 'd']);
    expect(result.truncated).toBe(false);
    expect(requests.map((r) => r.url)).toEqual([
      `${BASE}/subscriptions?api-version=2022-12-01`,
      next(2),
      next(3),
    ]);
    expect(requests.every((r) => r.headers.authorization === 'Bearer token-1')).toBe(true);
  });

  it('stops at maxPages and reports the list as truncated', async () => {
    const setupResult = setup((_url, call) => page([`s${call}`], `${BASE}/subscriptions?page=${call + 1}`), {
      maxPages: 2,
    });
    requests = setupResult.requests;
    const result = await setupResult.client.listSubscriptions();
    expect(result).toMatchObject({ truncated: true });
    expect(result.items.map((s) => s.displayName)).toEqual(['s1', 's2']);
    expect(requests).toHaveLength(2);
  });

  it('refuses a nextLink to another host and never sends the token there', async () => {
    const setupResult = setup(inOrder(page(['a'], 'https://evil.example.net/subscriptions?page=2')));
    requests = setupResult.requests;
    const error = await failure(setupResult.client.listSubscriptions());
    expect(error).toMatchObject({ code: 'ForeignNextLink', status: 200 });
    expect(error.message).toContain('evil.example.net');
    expect(requests.map((r) => new URL(r.url).host)).toEqual(['management.azure.com']);
  });

  it('reports a list body without "value" as MalformedResponse', async () => {
    const setupResult = setup(inOrder({ body: { items: [] } }));
    requests = setupResult.requests;
    const error = await failure(setupResult.client.listSubscriptions());
    expect(error).toMatchObject({
      code: 'MalformedResponse',
      requestUrl: `${BASE}/subscriptions?api-version=2022-12-01`,
    });
    expect(error.message).toMatch(/without a "value" array for \/subscriptions/);
  });
});

describe('responses and failures', () => {
  it('reports a body that is not JSON as MalformedResponse', async () => {
    const setupResult = setup(
      inOrder({ text: '<html>Sign in to the proxy</html>', headers: { 'content-type': 'text/html' } }),
    );
    requests = setupResult.requests;
    const error = await failure(
      setupResult.client.getRouteTable(
        `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt`,
      ),
    );
    expect(error).toMatchObject({ code: 'MalformedResponse', status: 200 });
    expect(error.message).toMatch(/not JSON .*proxy/);
  });

  it('turns a rejected fetch into a NetworkError that says what to check', async () => {
    const setupResult = setup(inOrder(new TypeError('Failed to fetch')));
    requests = setupResult.requests;
    const error = await failure(setupResult.client.listSubscriptions());
    expect(error).toMatchObject({ code: 'NetworkError', status: 0 });
    expect(error.message).toMatch(
      /^Couldn't reach management\.azure\.com\. Check your network connection, proxy or VPN/,
    );
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('turns a failing token provider into TokenUnavailable without sending anything', async () => {
    const { fetch, requests: seen } = fakeFetch(inOrder(page([])));
    requests = seen;
    const client = createArmClient({
      fetch,
      getToken: () => Promise.reject(new Error('interaction_required')),
    });
    expect(await failure(client.listSubscriptions())).toMatchObject({ code: 'TokenUnavailable' });
    expect(seen).toHaveLength(0);
  });

  it('keeps query secrets out of requestUrl', async () => {
    const setupResult = setup(
      inOrder(page(['a'], `${BASE}/subscriptions?api-version=2022-12-01&%24skiptoken=SECRET`), {
        status: 404,
        body: armErrorBody('NotFound', 'gone'),
      }),
    );
    requests = setupResult.requests;
    const error = await failure(setupResult.client.listSubscriptions());
    expect(error.requestUrl).toBe(`${BASE}/subscriptions?api-version=2022-12-01`);
    expect(JSON.stringify(error)).not.toContain('SECRET');
  });

  it('uses another baseUrl (a sovereign cloud or a local fake)', async () => {
    const setupResult = setup(inOrder(page([])), { baseUrl: 'http://127.0.0.1:4010/' });
    requests = setupResult.requests;
    await setupResult.client.listSubscriptions();
    expect(requests[0]?.url).toBe('http://127.0.0.1:4010/subscriptions?api-version=2022-12-01');
  });

  it.each([
    ['a full URL', 'https://evil.example.net/subscriptions/x'],
    ['a query', `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt?x=1`],
    [
      'dot segments',
      `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/routeTables/../../x`,
    ],
    [
      'another resource type',
      `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/natGateways/nat`,
    ],
  ])('refuses %s as a route table id before sending', async (_label, id) => {
    const setupResult = setup(inOrder());
    requests = setupResult.requests;
    expect(await failure(setupResult.client.getRouteTable(id))).toMatchObject({ code: 'InvalidResourceId' });
    expect(requests).toHaveLength(0);
  });
});

describe('the client surface', () => {
  it('accepts the platform fetch as it is', () => {
    const client = createArmClient({ fetch: globalThis.fetch, getToken: async () => 't' });
    expect(typeof client.listSubscriptions).toBe('function');
  });

  it('has no way to send anything but GET', () => {
    const { client } = setup(inOrder());
    const verbs = Object.keys(client).filter((key) =>
      /^(put|post|patch|delete|create|update|begin|send|request)/i.test(key),
    );
    expect(verbs).toEqual([]);
    expect(Object.keys(client).sort()).toEqual(
      [
        'checkPermissions',
        'get',
        'getNatGateway',
        'getNetworkSecurityGroup',
        'getRouteTable',
        'getSubnet',
        'list',
        'listLocations',
        'listLocks',
        'listMlUsages',
        'listMlVmSizes',
        'listNetworkUsages',
        'listResourceGroups',
        'listSubscriptions',
        'listVirtualNetworks',
        'listWorkspaces',
      ].sort(),
    );
  });
});

describe('ArmError', () => {
  beforeEach(() => {
    requests = [];
  });

  it('is recognised by isArmError, also as a plain object from another bundle', () => {
    const error = new ArmError({ status: 404, code: 'NotFound', message: 'm', requestUrl: BASE });
    expect(isArmError(error)).toBe(true);
    expect(isArmError({ name: 'ArmError', status: 404, code: 'NotFound', message: 'm' })).toBe(true);
    expect(isArmError(new Error('x'))).toBe(false);
    expect(isArmError(null)).toBe(false);
  });
});
