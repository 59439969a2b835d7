import { describe, expect, it } from 'vitest';
import { copyText, copyWithStatus } from './clipboard.ts';

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

describe('copyWithStatus', () => {
  it('says what it copied', async () => {
    const clipboard = { writeText: async () => undefined };
    await expect(copyWithStatus('az login', 'the command', 'Select it.', clipboard)).resolves.toBe(
      'Copied the command to the clipboard.',
    );
  });

  it('says the browser refused, and what to do instead', async () => {
    await expect(copyWithStatus('x', 'main.tf', 'Download the file instead.', undefined)).resolves.toBe(
      'The browser did not allow copying to the clipboard. Download the file instead.',
    );
  });
});
