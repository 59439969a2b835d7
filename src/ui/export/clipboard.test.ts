import { describe, expect, it } from 'vitest';
import { copyText } from './clipboard.ts';

describe('copyText', () => {
  it('writes the text and reports it copied', async () => {
    const written: string[] = [];
    const clipboard = { writeText: async (text: string) => void written.push(text) };
    await expect(copyText('az login', clipboard)).resolves.toBe('copied');
    expect(written).toEqual(['az login']);
  });

  it('reports a refused clipboard instead of throwing', async () => {
    const clipboard = {
      writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    };
    await expect(copyText('x', clipboard)).resolves.toBe('refused');
  });

  it('reports a missing clipboard (insecure page) as refused', async () => {
    await expect(copyText('x', undefined)).resolves.toBe('refused');
  });
});
