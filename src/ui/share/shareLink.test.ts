import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanText, type Plan, type SecurityRule } from '../../core/index.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { fflateCodec, nativeCodec, type DeflateCodec } from './compression.ts';
import { crc32 } from './crc32.ts';
import { decodeSharedPlan, encodeSharedPlan, MAX_SHARE_DATA_CHARS, shareUrl } from './shareLink.ts';
import { readShareFragment, withoutShareFragment } from './fragment.ts';

const examplesDir = new URL('../../../examples/', import.meta.url);
const examples: readonly Plan[] = ['', 'broken/'].flatMap((folder) =>
  readdirSync(new URL(folder, examplesDir))
    .filter((name) => name.endsWith('.plan.json'))
    .sort()
    .map((name) => {
      const result = parsePlanText(readFileSync(new URL(folder + name, examplesDir), 'utf8'));
      if (!result.ok) throw new Error(`${folder}${name} must be a valid plan`);
      return result.plan;
    }),
);

const codecs: readonly [string, DeflateCodec, DeflateCodec][] = [
  ['native → native', nativeCodec, nativeCodec],
  ['native → fflate', nativeCodec, fflateCodec],
  ['fflate → native', fflateCodec, nativeCodec],
];

/** A security rule with free text where ARM allows it, to carry any Unicode through the link. */
const ruleArbitrary: fc.Arbitrary<SecurityRule> = fc.record({
  name: fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,30}[a-zA-Z0-9_]$/),
  properties: fc.record({
    priority: fc.integer({ min: 100, max: 4096 }),
    direction: fc.constantFrom('Inbound' as const, 'Outbound' as const),
    access: fc.constantFrom('Allow' as const, 'Deny' as const),
    protocol: fc.constantFrom('Tcp' as const, 'Udp' as const, '*' as const),
    description: fc.string({ unit: 'binary', maxLength: 70 }).filter((text) => text.length <= 140),
    destinationPortRange: fc.string({ maxLength: 64 }),
  }),
});

/** An example plan with random edits: another workspace name, extra NSG rules, more nodes. */
const editedPlan = fc
  .record({
    base: fc.constantFrom(...examples),
    workspaceName: fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/),
    rules: fc.array(ruleArbitrary, { maxLength: 12 }),
  })
  .map(({ base, workspaceName, rules }) => {
    const raw = structuredClone(base) as Plan & { network?: { subnet?: { networkSecurityGroup?: object } } };
    raw.workspace = { ...raw.workspace, name: workspaceName };
    const nsg = raw.network?.subnet?.networkSecurityGroup as { securityRules: SecurityRule[] } | undefined;
    if (nsg) nsg.securityRules = [...nsg.securityRules, ...rules];
    const result = parsePlan(raw);
    if (!result.ok) throw new Error(`edit made an invalid plan: ${JSON.stringify(result.errors)}`);
    return result.plan;
  });

describe('share link round trip', () => {
  it.each(codecs)('%s restores every edited example exactly', async (_name, encoder, decoder) => {
    await fc.assert(
      fc.asyncProperty(editedPlan, async (plan) => {
        const data = await encodeSharedPlan(plan, encoder);
        expect(data).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
        expect(await decodeSharedPlan(data, decoder)).toEqual({ ok: true, plan });
      }),
      { numRuns: 40 },
    );
  });

  it('puts the plan in the fragment of the page address, replacing any other fragment', async () => {
    const plan = examples[0] as Plan;
    const url = new URL(await shareUrl(plan, 'https://wizard.example/app/?x=1#old', nativeCodec));
    expect(url.origin + url.pathname + url.search).toBe('https://wizard.example/app/?x=1');
    const data = readShareFragment(url.hash);
    expect(data).toBeDefined();
    expect(await decodeSharedPlan(data ?? '', nativeCodec)).toEqual({ ok: true, plan });
  });
});

describe('base64url', () => {
  it('round-trips any bytes, and only canonical text decodes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });
});

describe('share link tampering', () => {
  const plan = examples[0] as Plan;
  const failureText = async (data: string, codec: DeflateCodec = nativeCodec) => {
    const result = await decodeSharedPlan(data, codec);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.errors.map((error) => `${error.path}: ${error.message}`).join('\n');
  };

  // Padding bits after DEFLATE's last block are ignored, so a change there may still give the same plan:
  // what must never happen is a different plan arriving silently.
  it('rejects a link with one character changed, unless it still carries the very same plan', async () => {
    const data = await encodeSharedPlan(plan, nativeCodec);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: data.length - 1 }),
        fc.constantFrom(...alphabet),
        async (index, char) => {
          fc.pre(data.charAt(index) !== char);
          const changed = data.slice(0, index) + char + data.slice(index + 1);
          const result = await decodeSharedPlan(changed, nativeCodec);
          if (result.ok) expect(result.plan).toEqual(plan);
          else expect(result.errors.map((error) => error.message).join()).toMatch(/damaged/);
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each(codecs)('rejects every cut-short link (%s)', async (_name, encoder, decoder) => {
    const data = await encodeSharedPlan(plan, encoder);
    for (let length = 3; length < data.length; length += 7) {
      expect(await failureText(data.slice(0, length), decoder)).toMatch(/damaged or incomplete/);
    }
  });

  it.each([' ', '+', '/', '=', '%', 'é'])('names the position of a foreign character %j', async (char) => {
    const data = await encodeSharedPlan(plan, nativeCodec);
    const changed = `${data.slice(0, 10)}${char}${data.slice(11)}`;
    expect(await failureText(changed)).toMatch(/character 8 of its data can't appear/);
  });

  it.each([
    ['v2.', /share format v2, which this version of the wizard can't read \(it reads v1\)/],
    ['V1.', /doesn't start with a format version/],
    ['', /doesn't start with a format version/],
    ['1.', /doesn't start with a format version/],
  ])('rejects the version prefix %j', async (prefix, message) => {
    const body = (await encodeSharedPlan(plan, nativeCodec)).slice('v1.'.length);
    expect(await failureText(prefix + body)).toMatch(message);
  });

  /** A v1 link whose data is `raw` deflated, with a correct check value. */
  const linkOf = async (raw: Uint8Array, codec: DeflateCodec) => {
    const deflated = await codec.deflate(raw);
    const payload = new Uint8Array(deflated.length + 4);
    payload.set(deflated);
    new DataView(payload.buffer).setUint32(deflated.length, crc32(raw));
    return `v1.${toBase64Url(payload)}`;
  };

  it.each([
    ['native', nativeCodec],
    ['fflate', fflateCodec],
  ])('stops unpacking a decompression bomb at the plan size limit (%s)', async (_name, codec) => {
    const bomb = await linkOf(new Uint8Array(50 * 1024 * 1024), nativeCodec);
    expect(bomb.length).toBeLessThan(MAX_SHARE_DATA_CHARS);
    expect(await failureText(bomb, codec)).toMatch(/unpacks to more than 2 MB/);
  });

  it('rejects data longer than any share link before unpacking it', async () => {
    expect(await failureText(`v1.${'A'.repeat(MAX_SHARE_DATA_CHARS)}`)).toMatch(/at most 200,000/);
  });

  it('lists the plan problems of a link whose JSON is not a valid plan', async () => {
    const json = new TextEncoder().encode(JSON.stringify({ ...plan, version: 1, workspace: undefined }));
    expect(await failureText(await linkOf(json, nativeCodec))).toMatch(/^workspace: /);
    const text = new TextEncoder().encode('{"version": 1,');
    expect(await failureText(await linkOf(text, nativeCodec))).toMatch(/not valid JSON/);
    expect(await failureText(await linkOf(new Uint8Array([0xff, 0xfe, 0x00]), nativeCodec))).toMatch(
      /can't be unpacked intact/,
    );
  });
});

describe('fragment helpers', () => {
  it.each([
    ['#plan=v1.abc', 'v1.abc', ''],
    ['#x=1&plan=v1.abc', 'v1.abc', '#x=1'],
    ['#plan=v1%2Eabc&y', 'v1.abc', '#y'],
    ['#step=2', undefined, '#step=2'],
    ['', undefined, ''],
  ])('%j', (hash, data, rest) => {
    expect(readShareFragment(hash)).toBe(data);
    expect(withoutShareFragment(hash)).toBe(rest);
  });
});
