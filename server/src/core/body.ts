// The Markdown body: parsed once with mdast-util-from-markdown (positions on every node), then read
// as a letter: salutation, paragraphs, sentences, words, sign-off and signature.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Body, Directive, LineIndex, Paragraph, Salutation, Signature, SignOff } from './model';
import type { Span } from './types';
import { splitSentences, wordsIn } from './sentences';
import { SIGN_OFFS_GOOD, SIGN_OFFS_POOR } from './lexicon/signoffs';
import { lineEnd } from './lines';

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Bodies longer than this are not parsed as Markdown (a pasted log, say); the rest is still read line by line. */
export const MAX_MARKDOWN_BODY = 200_000;

const GREETING_RE =
  /^(?:(to whom it may concern)|(dear sir or madam|dear sir\/madam|dear sir|dear madam)|(dear|hello|hi|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening)|yo)\b[ \t]*)/i;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gi;

function offsetsOf(node: MdNode): Span | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : { start: s, end: e };
}

/** Non-blank, non-comment lines of the body as spans. */
function contentLines(text: string, lines: LineIndex, from: number, comments: Span[]): Span[] {
  const out: Span[] = [];
  const first = lines.lineOf(from);
  for (let l = first; l < lines.lineStarts.length; l++) {
    const s = Math.max(lines.lineStarts[l], from);
    const e = lineEnd(text, lines, l);
    const raw = text.slice(s, e);
    if (!raw.trim()) continue;
    // a line that is only an HTML comment is invisible in the email
    const inComment = comments.some((c) => c.start <= s + raw.search(/\S/) && c.end >= s + raw.trimEnd().length);
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

export function parseDirective(comment: string): { kind: Directive['kind']; targets: string[] } | undefined {
  const m = /^\s*(?:<!--)?\s*(?:#\s*)?thanks-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*(?:-->)?\s*$/.exec(comment);
  if (!m) return undefined;
  const targets = m[2].split(/[\s,]+/).filter((t) => t && t !== '--');
  return { kind: m[1] as Directive['kind'], targets };
}

function looksLikeName(line: string): boolean {
  const t = line.replace(/[,.]$/, '').trim();
  if (!t || /[!?:;]$/.test(line.trim()) || /\.$/.test(line.trim()) && !/\b\p{Lu}\.$/u.test(line.trim())) return false;
  const words = t.split(/\s+/);
  if (words.length > 5) return false;
  return words.every((w) => /^[\p{Lu}\[(<{]/u.test(w) || /^(?:de|da|del|van|von|der|la|le|bin|al|y|e|di|du)$/i.test(w));
}

function normaliseSignOff(line: string): string {
  return line.toLowerCase().replace(/[’]/g, "'").replace(/[\s,.!:;—–-]+$/, '').replace(/\s+/g, ' ').trim();
}

export function classifySignOff(line: string): 'good' | 'poor' | undefined {
  const n = normaliseSignOff(line);
  if (SIGN_OFFS_GOOD.has(n)) return 'good';
  if (SIGN_OFFS_POOR.has(n)) return 'poor';
  return undefined;
}

function findSalutation(text: string, first: Span | undefined): Salutation | undefined {
  if (!first) return undefined;
  const line = text.slice(first.start, first.end);
  const m = GREETING_RE.exec(line);
  let greetingEnd: number;
  if (m) {
    greetingEnd = m[0].length;
  } else {
    // "Dana," on its own line is a greeting too
    if (!/^[\p{Lu}\[<{][^.!?]{0,60}[,:]$/u.test(line) || line.split(/\s+/).length > 6) return undefined;
    greetingEnd = 0;
  }
  const words = line.split(/\s+/).length;
  if (words > 14 && !/[,:!]$/.test(line)) return undefined;
  const greeting = line.slice(0, greetingEnd).trim();
  const rest = line.slice(greetingEnd);
  const addressee = rest.replace(/[,:!.]+\s*$/, '').trim();
  const addrStart = first.start + greetingEnd + (rest.length - rest.trimStart().length);
  const salutation: Salutation = {
    start: first.start,
    end: first.end,
    text: line,
    greeting,
    greetingSpan: { start: first.start, end: first.start + greeting.length },
    addressee,
    addresseeSpan: { start: addrStart, end: addrStart + addressee.length },
    names: [],
  };
  if (m && (m[1] || m[2])) return salutation; // impersonal formulas name nobody
  // Split "Hélène, Kwame, and Yuki" into names, keeping offsets.
  const re = /[^,&]+/g;
  for (let part = re.exec(addressee); part; part = re.exec(addressee)) {
    let chunk = part[0];
    let at = part.index;
    const subParts = chunk.split(/\s+and\s+/i);
    for (const sp of subParts) {
      const idx = chunk.indexOf(sp);
      const lead = sp.length - sp.trimStart().length;
      const name = sp.trim().replace(/^and\s+/i, '');
      const nameAt = addrStart + at + idx + lead + (sp.trim().length - name.length);
      if (name) salutation.names.push({ text: name, span: { start: nameAt, end: nameAt + name.length } });
      chunk = chunk.slice(idx + sp.length);
      at += idx + sp.length;
    }
  }
  return salutation;
}

function findClosing(text: string, lines: Span[]): { signOff?: SignOff; signature?: Signature; closingStart?: number } {
  const tail = lines.slice(-8);
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = text.slice(tail[i].start, tail[i].end);
    const after = tail.length - 1 - i;
    const kind = classifySignOff(line);
    const shortWithComma = /^[\p{Lu}][^.!?]{0,40},$/u.test(line) && line.split(/\s+/).length <= 4;
    if ((kind || shortWithComma) && after <= 6) {
      const signOff: SignOff = { start: tail[i].start, end: tail[i].end, text: line };
      let signature: Signature | undefined;
      if (after > 0) {
        const nameLine = tail[i + 1];
        signature = {
          start: nameLine.start,
          end: tail[tail.length - 1].end,
          name: text.slice(nameLine.start, nameLine.end),
          nameSpan: nameLine,
          extraLines: tail.slice(i + 2).map((l) => ({ text: text.slice(l.start, l.end), span: l })),
        };
      }
      return { signOff, signature, closingStart: tail[i].start };
    }
  }
  // No sign-off: a last line that is just a name is the signature.
  const last = tail[tail.length - 1];
  if (last && tail.length > 1) {
    const line = text.slice(last.start, last.end);
    if (looksLikeName(line)) {
      return {
        signature: { start: last.start, end: last.end, name: line, nameSpan: last, extraLines: [] },
        closingStart: last.start,
      };
    }
  }
  return {};
}

export function parseBody(text: string, bodyStart: number, lines: LineIndex): { body: Body; directives: Directive[] } {
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
  if (bodyText.length <= MAX_MARKDOWN_BODY) {
    const tree = fromMarkdown(bodyText) as MdNode;
    const walk = (node: MdNode, inProseBlock: boolean) => {
      const sp = offsetsOf(node);
      const abs = sp && { start: sp.start + bodyStart, end: sp.end + bodyStart };
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
          return;
        case 'inlineCode':
        case 'code':
          if (abs) {
            excluded.push(abs);
            code.push(abs);
          }
          return;
        case 'html':
        case 'image':
        case 'imageReference':
        case 'definition':
          if (abs) excluded.push(abs);
          return;
      }
      const prosey = inProseBlock || node.type === 'paragraph' || node.type === 'heading';
      for (const child of node.children ?? []) walk(child, prosey);
    };
    walk(tree, false);
  } else {
    // Too large for a Markdown parse within the time budget: each non-blank line is a paragraph.
    copy(bodyStart, text.length);
    for (const l of contentLines(text, lines, bodyStart, comments)) blocks.push(l);
  }
  for (const c of comments) blankOut(c);
  const decode = () => new TextDecoder('utf-16le').decode(view);
  let proseText = decode();
  // Bare URLs and e-mail addresses are not prose.
  const urls: Span[] = [];
  URL_RE.lastIndex = 0;
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

  const visibleLines = contentLines(text, lines, bodyStart, comments);
  const salutation = findSalutation(text, visibleLines[0]);
  const { signOff, signature, closingStart } = findClosing(text, salutation ? visibleLines.slice(1) : visibleLines);
  const letterStart = salutation ? salutation.end : bodyStart;
  const letterEnd = closingStart ?? text.length;

  const paragraphs: Paragraph[] = [];
  blocks.sort((a, b) => a.start - b.start);
  for (const b of blocks) {
    const start = Math.max(b.start, letterStart);
    const end = Math.min(b.end, letterEnd);
    if (end <= start) continue;
    const ptext = proseText.slice(start, end);
    if (!/[\p{L}\p{N}]/u.test(ptext)) continue;
    const sentences = splitSentences(ptext, start);
    const lead = ptext.length - ptext.trimStart().length;
    const trail = ptext.length - ptext.trimEnd().length;
    paragraphs.push({ start: start + lead, end: end - trail, text: ptext.slice(lead, ptext.length - trail), sentences });
  }
  const sentences = paragraphs.flatMap((p) => p.sentences);
  const words = sentences.flatMap((s) => s.words);
  const body: Body = {
    span: { start: bodyStart, end: text.length },
    prose: proseText,
    salutation,
    paragraphs,
    sentences,
    words,
    signOff,
    signature,
    excluded,
    comments,
    code,
    headings,
  };
  return { body, directives };
}

/** Words of an arbitrary span of the prose view (salutation, signature), for rules that need them. */
export function proseWords(body: Body, span: Span) {
  return wordsIn(body.prose.slice(span.start, span.end), span.start);
}
