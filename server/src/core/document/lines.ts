// Line bookkeeping shared by the parser, the rules and the adapters.
import type { LineIndex } from './model';

export function buildLineIndex(text: string): LineIndex {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1);
  }
  return {
    lineStarts,
    lineOf(offset: number): number {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}

/** End offset of line `line` without its line break. */
export function lineEnd(text: string, index: LineIndex, line: number): number {
  let end = line + 1 < index.lineStarts.length ? index.lineStarts[line + 1] : text.length;
  if (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 13) end--;
  return Math.max(end, index.lineStarts[line]);
}

/** The line break the note uses, so inserted lines match it. */
export function eolOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
}

const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * A string from UTF-16 code units, one for one: the views rules read (prose, slots) must keep every
 * offset of the note, so a leading byte-order mark is kept, not swallowed as TextDecoder does by default.
 */
export function stringOfCodes(codes: Uint16Array): string {
  return utf16.decode(codes);
}
