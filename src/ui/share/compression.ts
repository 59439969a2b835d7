/**
 * Raw DEFLATE for share links: the browser's own CompressionStream where it supports "deflate-raw",
 * otherwise fflate, loaded only then. Inflating stops as soon as the output passes a cap, so a small
 * link can't unpack into gigabytes.
 */

/** Inflated output passed the cap: not a plan this wizard made. */
export class InflatedTooLargeError extends Error {
  constructor(readonly cap: number) {
    super(`inflated data is larger than ${cap} bytes`);
    this.name = 'InflatedTooLargeError';
  }
}

export interface DeflateCodec {
  deflate(bytes: Uint8Array): Promise<Uint8Array>;
  /** Throws {@link InflatedTooLargeError} past `cap` bytes, and any other error on damaged data. */
  inflate(bytes: Uint8Array, cap: number): Promise<Uint8Array>;
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

async function readCapped(readable: ReadableStream<Uint8Array>, cap: number): Promise<Uint8Array> {
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concat(chunks, total);
    total += value.length;
    if (total > cap) {
      await reader.cancel().catch(() => undefined);
      throw new InflatedTooLargeError(cap);
    }
    chunks.push(value);
  }
}

async function pipeThrough(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  cap: number,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Errors surface on the readable side; the writer's own promises only repeat them.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return readCapped(stream.readable, cap);
}

/** The browser's CompressionStream/DecompressionStream with "deflate-raw". */
export const nativeCodec: DeflateCodec = {
  deflate: (bytes) => pipeThrough(bytes, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY),
  inflate: (bytes, cap) => pipeThrough(bytes, new DecompressionStream('deflate-raw'), cap),
};

/** Slice fed to fflate at a time: DEFLATE expands at most ~1032×, so one slice can't overshoot the cap by much. */
const FFLATE_SLICE = 1024;

/** fflate, for browsers without "deflate-raw" streams. */
export const fflateCodec: DeflateCodec = {
  async deflate(bytes) {
    const { deflateSync } = await import('fflate');
    return deflateSync(bytes, { level: 9 });
  },
  async inflate(bytes, cap) {
    const { Inflate } = await import('fflate');
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > cap) throw new InflatedTooLargeError(cap);
      chunks.push(chunk);
    });
    for (let offset = 0; offset < bytes.length || offset === 0; offset += FFLATE_SLICE) {
      const end = offset + FFLATE_SLICE;
      inflater.push(bytes.subarray(offset, end), end >= bytes.length);
    }
    return concat(chunks, total);
  },
};

function supportsNativeDeflateRaw(): boolean {
  try {
    new DecompressionStream('deflate-raw');
    new CompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** The codec this browser can use. */
export function defaultCodec(): DeflateCodec {
  return typeof CompressionStream === 'function' && supportsNativeDeflateRaw() ? nativeCodec : fflateCodec;
}
