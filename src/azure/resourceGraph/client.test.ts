import { describe, expect, it } from 'vitest';
import { isArmError } from '../arm/armError.ts';
import { queryAuditRows, queryGraphRows, type QueryFetch } from './index.ts';

const row = (n: number) => ({
  id: `/subscriptions/s/providers/x/${n}`,
  type: 'microsoft.network/virtualnetworks',
});

function fakeGraph(replies: { status?: number; body?: unknown; headers?: Record<string, string> }[]) {
  const bodies: { $skipToken?: string; $top: number }[] = [];
  const auth: string[] = [];
  const fetch: QueryFetch = async (_url, init) => {
    bodies.push((JSON.parse(init.body) as { options: { $skipToken?: string; $top: number } }).options);
    auth.push(init.headers.authorization ?? '');
    const reply = replies[bodies.length - 1] ?? { status: 500 };
    return new Response(JSON.stringify(reply.body ?? {}), {
      status: reply.status ?? 200,
      headers: reply.headers ?? {},
    });
  };
  return { fetch, bodies, auth };
}

const base = { getToken: async () => 'tok', sleep: async () => {}, now: () => 0 };

describe('queryAuditRows', () => {
  it('follows $skipToken across pages with the bearer token', async () => {
    const fake = fakeGraph([
      { body: { data: [row(1), row(2)], $skipToken: 'p2', totalRecords: 3 } },
      { body: { data: [row(3)] } },
    ]);
    const result = await queryAuditRows({ ...base, fetch: fake.fetch });
    expect(result).toMatchObject({ pages: 2, truncated: false, partial: false });
    expect(result.rows.map((r) => r.id)).toEqual([row(1).id, row(2).id, row(3).id]);
    expect(fake.bodies.map((b) => b.$skipToken)).toEqual([undefined, 'p2']);
    expect(fake.auth).toEqual(['Bearer tok', 'Bearer tok']);
  });
  it('waits out a 429 with Retry-After, and reports a truncated result as partial', async () => {
    const waits: number[] = [];
    const fake = fakeGraph([
      {
        status: 429,
        headers: { 'retry-after': '7' },
        body: { error: { code: 'RateLimiting', message: 'slow down' } },
      },
      { body: { data: [row(1)], resultTruncated: 'true' } },
    ]);
    const result = await queryAuditRows({
      ...base,
      fetch: fake.fetch,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(waits).toEqual([7000]);
    expect(result.partial).toBe(true);
  });
  it('says what to ask for on a 403, and stops at maxPages with truncated', async () => {
    const denied = fakeGraph([
      { status: 403, body: { error: { code: 'AuthorizationFailed', message: 'no' } } },
    ]);
    const error: unknown = await queryAuditRows({ ...base, fetch: denied.fetch }).catch((e: unknown) => e);
    expect(isArmError(error) && error.message).toMatch(/ask for Reader/);
    const many = fakeGraph([
      { body: { data: [row(1)], $skipToken: 'a' } },
      { body: { data: [row(2)], $skipToken: 'b' } },
    ]);
    const result = await queryAuditRows({ ...base, fetch: many.fetch, maxPages: 2 });
    expect(result).toMatchObject({ pages: 2, truncated: true });
  });
});

describe('queryGraphRows', () => {
  it('posts the query it is given, in the scope it is given', async () => {
    const sent: unknown[] = [];
    const fetch: QueryFetch = async (_url, init) => {
      sent.push(JSON.parse(init.body));
      return new Response(JSON.stringify({ data: [row(1)] }), { status: 200 });
    };
    const result = await queryGraphRows({ ...base, fetch }, 'resources | take 1', { subscriptions: ['s1'] });
    expect(result.rows).toEqual([row(1)]);
    expect(sent).toEqual([
      {
        subscriptions: ['s1'],
        query: 'resources | take 1',
        options: { $top: 1000, resultFormat: 'objectArray' },
      },
    ]);
  });
});
