/** What happened to a copy request. */
export type CopyOutcome = 'copied' | 'refused';

/** Copies text with the asynchronous clipboard; a missing or refused clipboard is reported, not thrown. */
export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): Promise<CopyOutcome> {
  if (!clipboard) return 'refused';
  try {
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'refused';
  }
}

/**
 * Copies text and returns the sentence for the status line: that `what` was copied, or, when the
 * browser refused, that it did and `instead`, another way to get the text, so a refusal is never silent.
 */
export async function copyWithStatus(
  text: string,
  what: string,
  instead: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): Promise<string> {
  const outcome = await copyText(text, clipboard);
  return outcome === 'copied'
    ? `Copied ${what} to the clipboard.`
    : `The browser did not allow copying to the clipboard. ${instead}`;
}
