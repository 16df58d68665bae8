// The Markdown body: parsed once with mdast-util-from-markdown (positions on every node), then read
// as a letter: salutation, paragraphs, sentences, words, sign-off and signature.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Body, Directive, LineIndex, Paragraph, Salutation, Signature, SignOff } from '../model';
import type { Span } from '../span';
import { splitSentences, wordsIn } from './sentences';
import { SIGN_OFFS_GOOD, SIGN_OFFS_POOR } from '../../lexicon/signoffs';
import { lineEnd, stringOfCodes } from '../lines';

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Bodies longer than this are not parsed as Markdown (a pasted log, say); the rest is still read line by line. */
export const MAX_MARKDOWN_BODY = 100_000;

const GREETING_RE =
  /^(?:(to whom it may concern)|(dear sir or madam|dear sir\/madam|dear sir|dear madam)|(dear|hello|hi|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening)|yo)\b[ \t]*)/i;
// The local part is bounded ({1,64}, as RFC 5321): unbounded, `a.a.a.…` would backtrack quadratically.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()]+|\b[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+\b/gi;

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

export function parseDirective(comment: string): { kind: Directive['kind']; targets: string[] } | undefined {
  // Read without one big regular expression: a lazy `([^>]*?)\s*$` backtracks quadratically on long runs of spaces.
  let t = comment.trim();
  if (t.startsWith('<!--')) t = t.slice(4);
  if (t.endsWith('-->')) t = t.slice(0, -3);
  t = t.trim();
  if (t.startsWith('#')) t = t.slice(1).trimStart();
  const m = /^thanks-(disable-next-line|disable-line|disable|enable)\b/.exec(t);
  if (!m) return undefined;
  const rest = t.slice(m[0].length);
  if (rest.includes('>')) return undefined;
  const targets = rest.split(/[\s,]+/).filter((x) => x && x !== '--');
  return { kind: m[1] as Directive['kind'], targets };
}

function looksLikeName(line: string): boolean {
  const t = line.replace(/[,.]$/, '').trim();
  if (!t || /[!?:;]$/.test(line.trim()) || /\.$/.test(line.trim()) && !/\b\p{Lu}\.$/u.test(line.trim())) return false;
  const words = t.split(/\s+/);
  if (words.length > 5) return false;
  return words.every((w) => /^[\p{Lu}\[(<{]/u.test(w) || /^(?:de|da|del|van|von|der|la|le|bin|al|y|e|di|du)$/i.test(w));
}

export function normaliseSignOff(line: string): string {
  // Markdown emphasis around the closing ("*Best regards,*") is not part of it.
  return line.toLowerCase().replace(/[’]/g, "'").replace(/^[*_\s]+|[*_\s]+$/g, '').replace(/[\s,.!:;—–-]+$/, '').replace(/\s+/g, ' ').trim();
}

export function classifySignOff(line: string): 'good' | 'poor' | undefined {
  if (line.length > 200) return undefined; // no closing is that long (and the trimming below is not linear)
  const n = normaliseSignOff(line);
  if (SIGN_OFFS_GOOD.has(n)) return 'good';
  if (SIGN_OFFS_POOR.has(n)) return 'poor';
  return undefined;
}

function findSalutation(text: string, first: Span | undefined): Salutation | undefined {
  if (!first) return undefined;
  const line = text.slice(first.start, first.end);
  if (line.length > 300) return undefined; // a greeting is short; a pasted wall of text is not one
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

/**
 * Markdown syntax a parse has to resolve: emphasis, brackets, angle brackets, backticks and block
 * markers. micromark is super-linear in these (1,000 tight list items or 10 KB of `*_` take
 * seconds), so a body is parsed whole only while it holds few of them.
 */
function markdownCost(text: string): number {
  let n = 0;
  let indent = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // indentation: containers and indented code are re-measured on every line
    if (indent && (c === 32 || c === 9)) {
      n += 0.05;
      continue;
    }
    indent = c === 10 || c === 13;
    // * _ [ ] < > ` ! \ | ~ &
    if (c === 42 || c === 95 || c === 91 || c === 93 || c === 60 || c === 62 || c === 96 || c === 33 || c === 92 || c === 124 || c === 126 || c === 38) n++;
    // line breaks: micromark spends ~10 µs on each, blank or not
    else if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n += 0.1;
    // a list marker after a line start or a space: "- ", "+ "
    else if ((c === 45 || c === 43) && text.charCodeAt(i + 1) === 32 && (i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 32)) n++;
  }
  return n;
}

/** Budget of Markdown syntax for one parse, and for the whole body. */
export const MAX_MARKDOWN_COST = 400;
export const MAX_MARKDOWN_COST_TOTAL = 1200;

/**
 * Splits the body into segments parsed as Markdown or read line by line. A small, plain body is one
 * Markdown segment (the usual case). Otherwise the body is cut into blocks at blank lines outside
 * fenced code, and each block is parsed as Markdown while it and the running total stay in budget.
 */
export function markdownSegments(bodyText: string): { start: number; end: number; markdown: boolean }[] {
  if (bodyText.length > MAX_MARKDOWN_BODY) return [{ start: 0, end: bodyText.length, markdown: false }];
  if (markdownCost(bodyText) <= MAX_MARKDOWN_COST) return [{ start: 0, end: bodyText.length, markdown: true }];
  const out: { start: number; end: number; markdown: boolean }[] = [];
  let total = 0;
  let blockStart = 0;
  let fence: string | undefined;
  let lastCost = 0;
  const flush = (end: number) => {
    if (end <= blockStart) return;
    const block = bodyText.slice(blockStart, end);
    const blank = block.trim() === ''; // nothing to parse: read "line by line" (there are no lines to read)
    const cost = blank ? 0 : markdownCost(block);
    const markdown = !blank && cost <= MAX_MARKDOWN_COST && total + cost <= MAX_MARKDOWN_COST_TOTAL;
    if (markdown) total += cost;
    const last = out[out.length - 1];
    // Neighbouring blocks of the same kind share one segment (one parse), within the per-parse budget.
    if (blank) {
      if (last && !last.markdown) last.end = end;
      else out.push({ start: blockStart, end, markdown: false });
    } else if (last && !last.markdown && !markdown) last.end = end;
    else if (last && last.markdown && markdown && lastCost + cost <= MAX_MARKDOWN_COST) {
      last.end = end;
      lastCost += cost;
    } else {
      out.push({ start: blockStart, end, markdown });
      lastCost = cost;
    }
    blockStart = end;
  };
  let pos = 0;
  while (pos < bodyText.length) {
    const eol = bodyText.indexOf('\n', pos);
    const next = eol < 0 ? bodyText.length : eol + 1;
    const line = bodyText.slice(pos, next);
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1][0];
      else if (f[1][0] === fence) fence = undefined;
    } else if (!fence && line.trim() === '') {
      flush(next);
    }
    pos = next;
  }
  flush(bodyText.length);
  return out;
}

/**
 * Reads the body of `fullText` from `bodyStart`. Only the text before `limit` is analysed (a huge
 * paste is checked in its head); the body span still reaches the end of the note.
 */
export function parseBody(fullText: string, bodyStart: number, lines: LineIndex, limit = fullText.length): { body: Body; directives: Directive[] } {
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
  for (const seg of markdownSegments(bodyText)) {
    const s = bodyStart + seg.start;
    const e = bodyStart + seg.end;
    if (seg.markdown) walk(fromMarkdown(bodyText.slice(seg.start, seg.end)) as MdNode, s);
    else {
      // Too large or too intricate for a Markdown parse within the time budget: each non-blank line is a paragraph.
      copy(s, e);
      for (const l of contentLines(text, lines, s, comments, e)) blocks.push(l);
    }
  }
  for (const c of comments) blankOut(c);
  const decode = () => stringOfCodes(view);
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
    span: { start: bodyStart, end: fullText.length },
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
