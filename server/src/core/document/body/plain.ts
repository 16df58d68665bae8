// Most notes are plain prose: paragraphs separated by blank lines, with no Markdown syntax at all.
// For such a text the Markdown parse is known in advance (a paragraph per run of non-blank lines,
// one text node each), so it is built here in one pass instead of by micromark, which spends about
// a fifth of a typical note's analysis on it. Any character that could start Markdown syntax sends
// the text to the real parser: this is a shortcut for the plain case, not a second Markdown reader.
// test/unit/body-plain.test.ts holds it to mdast-util-from-markdown on every fixture and on
// generated texts.

export interface PlainNode {
  type: 'root' | 'paragraph' | 'text';
  children?: PlainNode[];
  position: { start: { offset: number }; end: { offset: number } };
}

/** Characters that may start Markdown syntax anywhere in a line: * _ [ ] < ` \ and the tab ("!"
 *  only before "[", "&" only as a character reference: see `inlineSyntaxAt`). */
function inlineSyntax(c: number): boolean {
  return c === 42 || c === 95 || c === 91 || c === 93 || c === 60 || c === 96 || c === 92 || c === 9;
}

const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;

function inlineSyntaxAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 38) {
    REFERENCE.lastIndex = i;
    return REFERENCE.test(text);
  }
  return inlineSyntax(c);
}

/** A line that could open or underline a block: a list, heading, quote, fence or thematic-break
 *  marker ("-", "+", "=", "#", ">", "~", a number followed by "." or ")"), or an indentation of four
 *  spaces (code after a blank line). */
function blockStart(text: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && text.charCodeAt(i) === 32) i++;
  if (i - at >= 4) return true;
  const c = text.charCodeAt(i);
  if (c === 45 || c === 43 || c === 61 || c === 35 || c === 62 || c === 126) return true;
  if (c >= 48 && c <= 57) {
    let j = i;
    while (j < end && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    const after = text.charCodeAt(j);
    return after === 46 || after === 41;
  }
  return false;
}

/**
 * The mdast tree (root, paragraphs, text; offsets only) of `text` when it holds no Markdown syntax,
 * else undefined. Line endings are \n or \r\n; a lone \r, a tab or a hard break (two trailing
 * spaces inside a paragraph) sends the text to the parser too.
 */
export function plainTree(text: string): PlainNode | undefined {
  const paragraphs: PlainNode[] = [];
  let paraStart = -1;
  let paraEnd = -1;
  let textEnd = -1;
  let hardBreak = false;
  const close = () => {
    if (paraStart < 0) return;
    const position = { start: { offset: paraStart }, end: { offset: paraEnd } };
    paragraphs.push({ type: 'paragraph', position, children: [{ type: 'text', position: { start: { offset: paraStart }, end: { offset: textEnd } } }] });
    paraStart = -1;
  };
  let at = 0;
  while (at < text.length) {
    let eol = text.indexOf('\n', at);
    if (eol < 0) eol = text.length;
    let end = eol > at && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    let first = at; // after the indentation
    while (first < end && text.charCodeAt(first) === 32) first++;
    if (first === end) {
      close(); // a blank line (spaces only)
    } else {
      if (blockStart(text, at, end)) return undefined;
      for (let i = first; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 || (c === 33 ? text.charCodeAt(i + 1) === 91 : inlineSyntaxAt(text, i))) return undefined;
      }
      // two trailing spaces before a line break are a hard break when the paragraph goes on; trailing
      // spaces are the paragraph's but not its text's
      if (paraStart < 0) paraStart = first;
      else if (hardBreak) return undefined;
      paraEnd = end;
      while (end > first && text.charCodeAt(end - 1) === 32) end--;
      hardBreak = paraEnd - end >= 2;
      textEnd = end;
    }
    at = eol + 1;
  }
  close();
  return { type: 'root', position: { start: { offset: 0 }, end: { offset: text.length } }, children: paragraphs };
}
