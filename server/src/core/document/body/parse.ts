// The Markdown body: parsed once with mdast-util-from-markdown (positions on every node), then read
// as a letter: salutation, paragraphs, sentences, words, sign-off and signature.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Body, Directive, LineIndex, Paragraph, Sentence, Word } from '../model';
import type { Span } from '../span';
import { splitSentences, wordsIn } from './sentences';
import { readLetter } from './letter';
import { MAX_MARKDOWN_BODY, markdownSegments } from './segments';
import { plainTree } from './plain';
import { parseDirective } from '../directives';
import { lineEnd, stringOfCodes } from '../lines';

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

// The local part is bounded ({1,64}, as RFC 5321): unbounded, `a.a.a.…` would backtrack quadratically.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()]+|\b[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+\b/gi;
/** What every match of URL_RE holds (looked for first: URL_RE tries an address at every word). */
const LINK_MARK = /@|https?:\/\/|www\./gi;

function offsetsOf(node: MdNode): Span | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : { start: s, end: e };
}

/** Non-blank, non-comment lines of the body as spans. */
function contentLines(text: string, lines: LineIndex, from: number, comments: Span[], to = text.length): Span[] {
  const out: Span[] = [];
  const first = lines.lineOf(from);
  let ci = 0; // comments are sorted and disjoint: walk them alongside the lines (linear, not lines × comments)
  for (let l = first; l < lines.lineStarts.length && lines.lineStarts[l] < to; l++) {
    const s = Math.max(lines.lineStarts[l], from);
    const e = Math.min(lineEnd(text, lines, l), to);
    const raw = text.slice(s, e);
    if (!raw.trim()) continue;
    // a line that is only an HTML comment is invisible in the email
    const visibleStart = s + raw.search(/\S/);
    while (ci < comments.length && comments[ci].end < visibleStart) ci++;
    const inComment = ci < comments.length && comments[ci].start <= visibleStart && comments[ci].end >= s + raw.trimEnd().length;
    if (inComment) continue;
    const lead = raw.length - raw.trimStart().length;
    out.push({ start: s + lead, end: s + raw.trimEnd().length });
  }
  return out;
}

function findComments(text: string, from: number): Span[] {
  const out: Span[] = [];
  let pos = text.indexOf('<!--', from);
  while (pos >= 0) {
    const end = text.indexOf('-->', pos + 4);
    const stop = end < 0 ? text.length : end + 3;
    out.push({ start: pos, end: stop });
    if (end < 0) break;
    pos = text.indexOf('<!--', stop);
  }
  return out;
}

/**
 * Reads the body of `fullText` from `bodyStart`. Only the text before `limit` is analysed (a huge
 * paste is checked in its head); the body span still reaches the end of the note.
 */
export function parseBody(fullText: string, bodyStart: number, lines: LineIndex, limit = fullText.length, signers: ReadonlySet<string> = new Set()): { body: Body; directives: Directive[] } {
  const text = limit < fullText.length ? fullText.slice(0, Math.max(limit, bodyStart)) : fullText;
  const comments = findComments(text, bodyStart);
  const directives: Directive[] = [];
  for (const c of comments) {
    const d = parseDirective(text.slice(c.start, c.end));
    if (d) directives.push({ ...d, start: c.start, end: c.end, line: lines.lineOf(c.start) });
  }
  // The prose view starts all blank (line breaks kept) and receives the text of prose nodes.
  const view = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    view[i] = c === 10 || c === 13 ? c : 32;
  }
  const blankOut = (x: Span) => {
    for (let i = x.start; i < x.end; i++) if (view[i] !== 10 && view[i] !== 13) view[i] = 32;
  };
  const excluded: Span[] = [...comments];
  const headings: Span[] = [];
  const code: Span[] = [];
  const blocks: Span[] = [];
  const bodyText = text.slice(bodyStart);

  const copy = (s: number, e: number) => {
    for (let i = s; i < e; i++) view[i] = text.charCodeAt(i);
  };
  const walk = (root: MdNode, base: number) => {
    // Iterative (an explicit stack): 10,000 nested `>` or list levels must not overflow the call stack.
    const stack: { node: MdNode; inProseBlock: boolean }[] = [{ node: root, inProseBlock: false }];
    while (stack.length) {
      const { node, inProseBlock } = stack.pop()!;
      const sp = offsetsOf(node);
      const abs = sp && { start: sp.start + base, end: sp.end + base };
      switch (node.type) {
        case 'paragraph':
          if (abs) blocks.push(abs);
          break;
        case 'heading':
          if (abs) {
            headings.push(abs);
            blocks.push(abs);
          }
          break;
        case 'text':
          if (abs && inProseBlock) copy(abs.start, abs.end);
          continue;
        case 'inlineCode':
        case 'code':
          if (abs) {
            excluded.push(abs);
            code.push(abs);
          }
          continue;
        case 'html':
        case 'image':
        case 'imageReference':
        case 'definition':
          if (abs) excluded.push(abs);
          continue;
      }
      const prosey = inProseBlock || node.type === 'paragraph' || node.type === 'heading';
      const children = node.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], inProseBlock: prosey });
    }
  };
  // Plain prose (most notes) has a tree known without the parser, however long it is.
  const plain = bodyText.length <= MAX_MARKDOWN_BODY ? plainTree(bodyText) : undefined;
  if (plain) walk(plain, bodyStart);
  else {
    for (const seg of markdownSegments(bodyText)) {
      const s = bodyStart + seg.start;
      const e = bodyStart + seg.end;
      if (seg.markdown) {
        const source = bodyText.slice(seg.start, seg.end);
        walk(plainTree(source) ?? (fromMarkdown(source) as MdNode), s);
      } else {
        // Too large or too intricate for a Markdown parse within the time budget: each non-blank line is a paragraph.
        copy(s, e);
        for (const l of contentLines(text, lines, s, comments, e)) blocks.push(l);
      }
    }
  }
  for (const c of comments) blankOut(c);
  const decode = () => stringOfCodes(view);
  let proseText = decode();
  // Bare URLs and e-mail addresses are not prose.
  const urls: Span[] = [];
  URL_RE.lastIndex = 0;
  // (each match holds an "@" or starts with http://, https:// or www.: a body with none has none)
  LINK_MARK.lastIndex = bodyStart;
  if (!LINK_MARK.test(proseText)) URL_RE.lastIndex = proseText.length;
  for (let m = URL_RE.exec(proseText); m; m = URL_RE.exec(proseText)) {
    if (m.index < bodyStart) continue;
    let e = m.index + m[0].length;
    while (e > m.index && /[.,;:!?]/.test(proseText[e - 1])) e--;
    urls.push({ start: m.index, end: e });
  }
  excluded.push(...urls);
  if (excluded.length > comments.length) {
    for (const x of excluded) blankOut(x);
    proseText = decode();
  }

  // The letter is read as the reader sees it: HTML comments (directives, notes to self) blanked.
  const visible = comments.length ? blankSpans(text, comments) : text;
  const visibleLines = contentLines(visible, lines, bodyStart, comments);
  const letter = readLetter(visible, visibleLines, signers);
  const { header, salutation, signOff, signature, postscript } = letter;
  // The letter's own text, and a P.S. after the signature.
  const ranges: Span[] = [{ start: letter.letterStart ?? bodyStart, end: letter.letterEnd ?? postscript?.start ?? text.length }];
  if (postscript) ranges.push(postscript);

  const paragraphs: Paragraph[] = [];
  blocks.sort((a, b) => a.start - b.start);
  for (const b of blocks) for (const range of ranges) {
    const start = Math.max(b.start, range.start);
    const end = Math.min(b.end, range.end);
    if (end <= start) continue;
    const ptext = proseText.slice(start, end);
    if (!/[\p{L}\p{N}]/u.test(ptext)) continue;
    const sentences = splitSentences(ptext, start);
    const lead = ptext.length - ptext.trimStart().length;
    const trail = ptext.length - ptext.trimEnd().length;
    paragraphs.push({ start: start + lead, end: end - trail, text: ptext.slice(lead, ptext.length - trail), sentences });
  }
  // (loops: flatMap cost more than the rest of the body's assembly)
  const sentences: Sentence[] = [];
  for (const p of paragraphs) for (const x of p.sentences) sentences.push(x);
  const words: Word[] = [];
  for (const x of sentences) for (const w of x.words) words.push(w);
  const body: Body = {
    span: { start: bodyStart, end: fullText.length },
    prose: proseText,
    header,
    salutation,
    paragraphs,
    sentences,
    words,
    signOff,
    signature,
    ...(postscript ? { postscript } : {}),
    excluded,
    comments,
    code,
    headings,
  };
  return { body, directives };
}

/** `text` with `spans` replaced by spaces (line breaks kept), so that offsets stay the same. */
function blankSpans(text: string, spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + text.slice(s.start, s.end).replace(/[^\r\n]/g, ' ');
    at = s.end;
  }
  return out + text.slice(at);
}

/** Words of an arbitrary span of the prose view (salutation, signature), for rules that need them. */
export function proseWords(body: Body, span: Span) {
  return wordsIn(body.prose.slice(span.start, span.end), span.start);
}
