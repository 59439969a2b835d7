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
