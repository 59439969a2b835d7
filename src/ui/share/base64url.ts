/** base64url (RFC 4648 §5) without padding, as used in share links. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((char, index) => [char, index]));

/** Bytes as base64url text without `=` padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) text += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return text;
}

/** Why base64url text could not be decoded. */
export class Base64UrlError extends Error {
  constructor(
    readonly reason: 'character' | 'length' | 'bits',
    /** Index of the offending character. */
    readonly position: number,
  ) {
    super(`invalid base64url (${reason}) at ${position}`);
    this.name = 'Base64UrlError';
  }
}

/**
 * Decodes unpadded base64url strictly: an unknown character, an impossible length or unused bits that
 * are not zero (a changed last character that would otherwise decode to the same bytes) are errors.
 */
export function fromBase64Url(text: string): Uint8Array {
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let buffer = 0;
  let out = 0;
  for (let i = 0; i < text.length; i++) {
    const value = VALUE.get(text.charAt(i));
    if (value === undefined) throw new Base64UrlError('character', i);
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 0xff;
    }
  }
  if (text.length % 4 === 1) throw new Base64UrlError('length', text.length - 1);
  if ((buffer & ((1 << bits) - 1)) !== 0) throw new Base64UrlError('bits', text.length - 1);
  return bytes;
}
