// The body read as a letter, in the shapes people really write: header blocks above the greeting (a
// pasted letterhead, a memo's To:/Re: lines), the greeting ("Dear Dr. Lindqvist:", "Katarina,",
// "Good morning Mr. Lee,"), the letter, and the closing — a sign-off line, or an inline one at the
// end of the last paragraph ("… Thanks again for your time, Maria"), blank lines before the name, a
// signature block (title, phone, LinkedIn) and a P.S. A header is read only above a greeting and a
// closing only after it, so one can never be taken for the other.
import type { HeaderBlock, HeaderLineKind, Salutation, Signature, SignOff } from '../model';
import type { Span } from '../span';
import { SIGN_OFFS_GOOD, SIGN_OFFS_POOR } from '../../lexicon/signoffs';
import parts from '../../lexicon/letter-parts.json';
import { headerBlocks, headerLineKind, isContactLine, isCredentialedName, isTitleCaseLine, strongHeader } from './header';

const GREETING_RE =
  /^(?:(to whom it may concern)|(dear sir or madam|dear sir\/madam|dear sir|dear madam)|(dear|hello|hi|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening)|yo)\b[ \t]*)/i;
/** A line that is just a name: "Alex Rivera", "Thu Ha Nguyen, CPA", "María de la Cruz". */
export function isNameLine(line: string): boolean {
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

export function findSalutation(text: string, first: Span | undefined): Salutation | undefined {
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

/** How far down the greeting may come after header lines, and how far up a closing may sit. */
const MAX_HEADER_LINES = 24;
const MAX_SIGNATURE_LINES = 6;
const POSTSCRIPT = new RegExp(`^(?:${parts.postscript.map((p) => p.replace(/\./g, '\\.')).join('|')})(?![\\p{L}])`, 'iu');
/** The start of an inline closing sentence: "Thanks again…", "Thank you for your time, Maria", "Best, Sam". */
const INLINE_CLOSING = /^(?:many thanks|thanks|thank you|with (?:thanks|gratitude|appreciation)|best regards|kind regards|warm regards|warmest regards|regards|best wishes|all the best|best|sincerely|cheers)\b/i;

export interface Letter {
  header: HeaderBlock[];
  salutation?: Salutation;
  signOff?: SignOff;
  signature?: Signature;
  postscript?: Span;
  /** Where the letter's own text starts and ends (header, greeting and closing outside). */
  letterStart?: number;
  letterEnd?: number;
}

const textOf = (text: string, s: Span) => text.slice(s.start, s.end);

/** The greeting line and the header lines above it. */
function findOpening(text: string, lines: Span[]): { header: HeaderBlock[]; salutation?: Salutation; next: number } {
  const kinds: HeaderLineKind[] = [];
  for (let i = 0; i < lines.length && i <= MAX_HEADER_LINES; i++) {
    const line = textOf(text, lines[i]);
    const kind = headerLineKind(line);
    // A memo field is never a greeting ("To: Ray Gallardo"); anything else may be.
    if (kind !== 'memo' && kind !== 'subject') {
      const salutation = findSalutation(text, lines[i]);
      if (salutation) return { header: headerBlocks(text, lines.slice(0, i), kinds), salutation, next: i + 1 };
    }
    if (!kind) break;
    kinds.push(kind);
  }
  // No greeting: leading lines are a header only when one of them says so plainly (a date, an address, To:).
  const header = strongHeader(kinds) ? headerBlocks(text, lines.slice(0, kinds.length), kinds) : [];
  return { header, next: header.length ? kinds.length : 0 };
}

/** A signature line under the name: a title, an organisation, credentials, contact details. */
function isSignatureLine(line: string): boolean {
  if (isContactLine(line) || isTitleCaseLine(line) || isCredentialedName(line) || headerLineKind(line) === 'address') return true;
  // a short line without sentence punctuation ("phone number" left from a template, a pronoun line)
  return line.trim().split(/\s+/).length <= 5 && !/[.!?:;,]$/.test(line.trim());
}

/** A line that is a sign-off: a known closing, a short "X," line, or a closing with a name ("Thanks, Chef"). */
function isSignOffLine(line: string): boolean {
  if (classifySignOff(line)) return true;
  if (/^[\p{Lu}][^.!?]{0,40},$/u.test(line) && line.split(/\s+/).length <= 4) return true;
  const m = /^([^,]{2,40}),\s*(.{1,40})$/.exec(line.trim());
  return Boolean(m && classifySignOff(m[1]) && isTitleCaseLine(m[2]));
}

/** Lines `i` and those above it in the same paragraph (no blank line between), as one span. */
function paragraphUpTo(text: string, lines: Span[], i: number): Span {
  let first = i;
  while (first > 0 && !/\n[^\S\n]*\n/.test(text.slice(lines[first - 1].end, lines[first].start))) first--;
  return { start: lines[first].start, end: lines[i].end };
}

/**
 * The last sentence of a paragraph when it is an inline closing (it may be wrapped over lines:
 * "… Thank\nyou again for your time, Tomasz"), and the capitalised name after its last comma, if any.
 */
function inlineClosing(text: string, paragraph: Span): { signOff: SignOff; name?: Span } | undefined {
  const raw = textOf(text, paragraph);
  // the last sentence: after the last ". ", "! " or "? " (or the same before a line break)
  let start = 0;
  for (const m of raw.matchAll(/[.!?]\s+(?=\S)/g)) start = m.index + m[0].length;
  const sentence = raw.slice(start).trim();
  if (!INLINE_CLOSING.test(sentence.replace(/\s+/g, ' ')) || sentence.split(/\s+/).length > 16) return undefined;
  const at = paragraph.start + raw.indexOf(sentence, start);
  const signOff: SignOff = { start: at, end: at + sentence.length, text: sentence, inline: true };
  const m = /,\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})[.!]?$/u.exec(sentence);
  if (!m) return { signOff };
  const nameStart = at + sentence.lastIndexOf(m[1]);
  return { signOff, name: { start: nameStart, end: nameStart + m[1].replace(/\.$/, '').length } };
}

function signatureOf(text: string, name: Span, rest: Span[], inline = false): Signature {
  const end = rest.length ? rest[rest.length - 1].end : name.end;
  return { start: name.start, end, name: textOf(text, name), nameSpan: name, extraLines: rest.map((l) => ({ text: textOf(text, l), span: l })), ...(inline ? { inline } : {}) };
}

/** A name line under a closing: a name (with credentials), or a short line the writer signed with. */
function isSignedName(line: string, signers: ReadonlySet<string>): boolean {
  return isNameLine(line) || isCredentialedName(line) || isNameOf(line.split(',')[0], signers) || (line.length <= 40 && line.split(/\s+/).length <= 4 && !/[.!?:;]$/.test(line.trim()));
}

/**
 * The closing among `lines` (the lines after the greeting, without a P.S.): a sign-off line with the
 * signature under it; else a signature block whose line above ends in an inline closing; else an
 * inline closing with the writer's name on its line.
 */
function findClosing(text: string, lines: Span[], signers: ReadonlySet<string>): Pick<Letter, 'signOff' | 'signature' | 'letterEnd'> {
  if (lines.length === 0) return {};
  const line = (i: number) => textOf(text, lines[i]);
  for (let i = lines.length - 1; i >= Math.max(1, lines.length - MAX_SIGNATURE_LINES - 1); i--) {
    if (!isSignOffLine(line(i))) continue;
    const after = lines.slice(i + 1);
    // under a sign-off: the name, then signature lines only
    if (after.length && (!isSignedName(line(i + 1), signers) || !after.slice(1).every((l) => isSignatureLine(textOf(text, l))))) continue;
    const signOff: SignOff = { start: lines[i].start, end: lines[i].end, text: line(i) };
    return { signOff, signature: after.length ? signatureOf(text, after[0], after.slice(1)) : undefined, letterEnd: lines[i].start };
  }
  // A signature block at the end, its name on top; the line above may end in an inline closing.
  let top = lines.length;
  while (top > 1 && lines.length - top < MAX_SIGNATURE_LINES && isSignatureLine(line(top - 1))) top--;
  if (top < lines.length && top >= 1 && (isNameLine(line(top)) || isCredentialedName(line(top)) || isNameOf(line(top).split(',')[0], signers))) {
    const signature = signatureOf(text, lines[top], lines.slice(top + 1));
    const inline = inlineClosing(text, paragraphUpTo(text, lines, top - 1));
    return inline ? { signOff: inline.signOff, signature, letterEnd: inline.signOff.start } : { signature, letterEnd: lines[top].start };
  }
  // The writer's name on the closing's own line: "… Thanks again, Tom"
  const inline = lines.length > 1 ? inlineClosing(text, paragraphUpTo(text, lines, lines.length - 1)) : undefined;
  if (!inline) return {};
  if (inline.name && isNameOf(textOf(text, inline.name), signers)) {
    const end = text.lastIndexOf(',', inline.name.start) + 1;
    return { signOff: { ...inline.signOff, end, text: text.slice(inline.signOff.start, end) }, signature: signatureOf(text, inline.name, [], true), letterEnd: inline.signOff.start };
  }
  return { signOff: inline.signOff, letterEnd: inline.signOff.start };
}

/** Whether `name` is one of the writer's names from the front matter (the candidate), by any of its words. */
function isNameOf(name: string, signers: ReadonlySet<string>): boolean {
  return signers.size > 0 && name.trim().split(/\s+/).some((w) => signers.has(w.toLowerCase()));
}

/**
 * Reads the letter in `lines` (the body's visible lines). `signers` are the lower-cased words of the
 * candidate's name (the front matter's `candidate`), which tell a signature from a greeting by name.
 */
export function readLetter(text: string, lines: Span[], signers: ReadonlySet<string> = new Set()): Letter {
  const { header, salutation, next } = findOpening(text, lines);
  let rest = lines.slice(next);
  // A P.S. after the closing is part of the letter, read after the signature.
  let postscript: Span | undefined;
  const ps = rest.findIndex((l, i) => i > 0 && POSTSCRIPT.test(textOf(text, l).trimStart()));
  if (ps > 0 && rest.length - ps <= 6) {
    postscript = { start: rest[ps].start, end: rest[rest.length - 1].end };
    rest = rest.slice(0, ps);
  }
  const closing = findClosing(text, rest, signers);
  const letterStart = salutation ? salutation.end : header.length ? header[header.length - 1].end : undefined;
  return { header, salutation, ...closing, postscript, letterStart };
}
