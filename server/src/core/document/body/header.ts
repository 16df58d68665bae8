// What a letter pasted from a word processor, or a memo, puts above the greeting: address blocks,
// a date line, memo header lines (To:, From:, Re:, Subject:), a sender's or recipient's name and
// title. None of it belongs in an email; the reader recognises it here so that the greeting after it
// is still the greeting (structure/letter-format reports it).
import type { HeaderBlock, HeaderLineKind } from '../model';
import type { Span } from '../span';
import parts from '../../lexicon/letter-parts.json';

const MEMO = new Set(parts.memoFields);
const SUBJECT = new Set(parts.subjectFields);
const STREET = new Set(parts.streetWords);
const MONTHS = new Set(parts.months);
const WEEKDAYS = new Set(parts.weekdays);
const CONTACT = new Set(parts.contactLabels);
const CREDENTIALS = new Set(parts.credentials);

const MEMO_RE = /^\**([A-Za-z][A-Za-z ]{0,14}?)\**\s*:\s*\**(.*)$/;
const NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;
const PHONE = /^\+?[\d(][\d\s().-]{6,}\d(?:\s*(?:x|ext\.?)\s*\d+)?$/i;
const EMAIL = /^<?[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+>?$/;
const URL = /^(?:https?:\/\/|www\.)\S+$|^(?:linkedin\.com|github\.com)\/\S+$/i;
/** US ZIP, UK postcode, Canadian postal code. */
const POSTCODE = /\b\d{5}(?:-\d{4})?$|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$|\b[A-Z]\d[A-Z] ?\d[A-Z]\d$/;

function words(line: string): string[] {
  return line.split(/\s+/).filter(Boolean);
}

const bare = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}/-]+$/gu, '');

function isDateLine(line: string): boolean {
  const t = line.replace(/[,.]/g, ' ').trim();
  if (NUMERIC_DATE.test(t.replace(/\s+/g, ''))) return true;
  const ws = words(t).map(bare);
  if (ws.length < 2 || ws.length > 5) return false;
  const rest = WEEKDAYS.has(ws[0]) ? ws.slice(1) : ws;
  const month = rest.findIndex((w) => MONTHS.has(w));
  if (month < 0) return false;
  // "November 25 2026", "25 November 2026", "November 2026"
  return rest.every((w, i) => i === month || /^\d{1,4}(?:st|nd|rd|th)?$/.test(w));
}

function isStreetLine(line: string): boolean {
  if (/^p\.?\s*o\.?\s*box\b/i.test(line)) return true;
  const ws = words(line).map(bare);
  return /^\d/.test(line) && ws.length <= 8 && ws.slice(1).some((w) => STREET.has(w.replace(/\.$/, '')));
}

function isCityLine(line: string): boolean {
  return line.length <= 60 && POSTCODE.test(line.trim()) && /\p{L}/u.test(line);
}

/** "Phone: (218) 555-0142", "marcus@example.com", "linkedin.com/in/…". */
export function isContactLine(line: string): boolean {
  let t = line.trim();
  const labelled = /^([A-Za-z-]{1,12})(?:\s*[:|]|\.\s)\s*(.+)$/.exec(t);
  if (labelled && CONTACT.has(labelled[1].toLowerCase())) t = labelled[2].trim();
  // "07700 900186 | linkedin.com/in/x": every part a contact
  return t.split(/\s+[|·•]\s+/).every((p) => PHONE.test(p) || EMAIL.test(p) || URL.test(p));
}

/** A name, a job title or an organisation on its own line: short, no sentence punctuation, mostly capitalised. */
export function isTitleCaseLine(line: string): boolean {
  const t = line.trim().replace(/[,;]$/, '');
  if (!t || t.length > 70 || /[!?:]$/.test(t) || (/\.$/.test(t) && !/\b(?:\p{Lu}|Inc|Ltd|Co|Corp|Esq|Jr|Sr|LLC|LLP|PLLC)\.$/u.test(t))) return false;
  const ws = words(t).filter((w) => /\p{L}/u.test(w));
  if (ws.length === 0 || ws.length > 7 || !/^[\p{Lu}\d]/u.test(t)) return false;
  const capital = ws.filter((w) => /^[\p{Lu}\d(&]/u.test(w) || CREDENTIALS.has(bare(w)) || /^(?:of|and|the|for|de|da|del|van|von|der|la|le|du|di|al|bin|y|e|&)$/i.test(w)).length;
  return capital / ws.length >= 0.75;
}

/** A name line, possibly with credentials: "Thu Ha Nguyen, CPA", "Hollis Greene, NRP". */
export function isCredentialedName(line: string): boolean {
  const [name, ...rest] = line.split(',').map((s) => s.trim());
  return isTitleCaseLine(name) && words(name).length <= 5 && rest.length > 0 && rest.every((r) => words(r).every((w) => CREDENTIALS.has(bare(w))));
}

/** What kind of header line this is, or undefined when it reads as the letter's own text. */
export function headerLineKind(line: string): HeaderLineKind | undefined {
  const t = line.trim();
  if (!t || t.length > 120) return undefined;
  const memo = MEMO_RE.exec(t);
  if (memo && MEMO.has(memo[1].trim().toLowerCase())) return SUBJECT.has(memo[1].trim().toLowerCase()) ? 'subject' : 'memo';
  if (isDateLine(t)) return 'date';
  if (isStreetLine(t) || isCityLine(t)) return 'address';
  if (isContactLine(t)) return 'contact';
  if (isTitleCaseLine(t) || isCredentialedName(t)) return 'name';
  return undefined;
}

/** Strong kinds say "letter header" on their own; a name line does only above a greeting. */
const STRONG: ReadonlySet<HeaderLineKind> = new Set(['memo', 'subject', 'date', 'address', 'contact']);

/**
 * Groups header lines into blocks (separated by blank lines) and names each by its strongest line:
 * a memo header, a subject line, a date line, an address block, contact lines, or a name block.
 */
export function headerBlocks(text: string, lines: Span[], kinds: HeaderLineKind[]): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  let current: { lines: Span[]; kinds: HeaderLineKind[] } | undefined;
  const close = () => {
    if (!current) return;
    const k = current.kinds;
    const kind: HeaderBlock['kind'] = k.includes('memo') ? 'memo' : k.includes('subject') ? 'subject' : k.includes('address') ? 'address' : k.every((x) => x === 'date') ? 'date' : k.includes('contact') ? 'contact' : k.includes('date') ? 'address' : 'name';
    blocks.push({ kind, start: current.lines[0].start, end: current.lines[current.lines.length - 1].end, lines: current.lines });
    current = undefined;
  };
  lines.forEach((l, i) => {
    // a blank line between two lines ends a block
    if (current && /\n[ \t]*\r?\n|\r[ \t]*\r/.test(text.slice(lines[i - 1].end, l.start))) close();
    current ??= { lines: [], kinds: [] };
    current.lines.push(l);
    current.kinds.push(kinds[i]);
  });
  close();
  return blocks;
}

/** Whether leading header lines, with no greeting after them, still say "letter header" (a strong line among them). */
export function strongHeader(kinds: HeaderLineKind[]): boolean {
  return kinds.some((k) => STRONG.has(k));
}
