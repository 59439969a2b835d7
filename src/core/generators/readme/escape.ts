import { oneLine } from '../header.ts';

/**
 * Markdown text in the middle of a line (after a list marker or words, never at a line start): the
 * characters with an inline meaning (`\ ` * _ [ ] < > | ~ &`) are backslash-escaped and line breaks
 * become spaces, so a value prints as itself within its paragraph or table cell.
 * @see https://spec.commonmark.org/0.31.2/#backslash-escapes
 */
export function markdownText(value: string): string {
  return oneLine(value).replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`);
}

/** A Markdown link whose target is one of our documentation URLs (escaped for the destination). */
export function markdownLink(text: string, url: string): string {
  return `[${markdownText(text)}](<${url.replace(/[<>\s\\]/g, (ch) => encodeURIComponent(ch))}>)`;
}
