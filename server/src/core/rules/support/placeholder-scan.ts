// Every template leftover in a note, found once and cached: bracketed slots and author instructions,
// field names left as text (in any case), made-up stand-in names, and alternatives left unresolved.
// The placeholder rules report them; other rules read them so that one mistake is one finding (no
// "company never named" over "[Company Name]", no shouting at "COMPANY NAME", no wrong-person
// greeting for "Dear Mr. Manager").
import type { ThanksDocument } from '../../document/model';
import type { Span } from '../../document/span';
import { tokenize, type Token } from '../../document/tokens';
import { slotKey } from '../../document/slots';
import { PhraseMatcher } from '../../language/phrase-matcher';
import slots from '../../lexicon/slots.json';
import { slotView } from './placeholders';
import { documentCache } from '../../document/caches';

export type PlaceholderKind = 'slot' | 'field' | 'stand-in' | 'alternative';

export interface Placeholder extends Span {
  kind: PlaceholderKind;
  text: string;
  /** What it stands for, when known: a source of document/slots' fillValues ('company', 'interviewer', …). */
  stands?: string;
  /** For an alternative: the choices ("his", "her"). */
  choices?: string[];
}

const HTML_TAGS: ReadonlySet<string> = new Set(slots.htmlTags);
const VERBS = slots.instructionVerbs.map((v) => v.replace(/ /g, '\\s+')).join('|');
// [Company Name], <Interviewer>, {{role}}, {topic}, (insert …) / (mention a project you discussed).
// (Inside {{ }} the spaces are trimmed in code: `\s*` around a lazy group backtracks on `{{{{…`.)
const SLOT_RE = new RegExp(
  `\\[([^\\[\\]\\n]{1,60})\\](?![(\\[:])|<([A-Za-z][\\w .'’-]{0,40})>|\\{\\{([^{}\\n]{1,44})\\}\\}|\\{([A-Za-z][\\w .'’-]{0,40})\\}|\\(((?:${VERBS})\\b[^()\\n]{0,80})\\)`,
  'giu',
);

interface FieldEntry {
  name: string;
  /** Also ordinary English ("your name"): a field only on a line of its own. */
  prose?: boolean;
}
const FIELDS = new PhraseMatcher((slots.fieldNames as FieldEntry[]).map((e) => ({ pattern: e.name, value: e })));
const STAND_INS = new PhraseMatcher(slots.standIns.map((e) => ({ pattern: e.phrase, value: e.stands })));
const PRONOUN_PAIRS = new PhraseMatcher(slots.alternatives.pronouns.map((p) => ({ pattern: p, value: p })));
const CLASS_OF = new Map<string, number>(slots.alternatives.classes.flatMap((c, i) => c.map((w) => [w, i] as const)));
/** Words before a field name that make it ordinary prose: "the company name", "my phone number". */
const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'which', 'what', 'whose', 'same', 'new', 'full', 'correct', 'right']);

function looksLikeSlot(inner: string, bracket: string): boolean {
  const t = inner.trim();
  if (!/\p{L}/u.test(t)) return false;
  if (bracket === '[') {
    if (/^(x|sic|sic!|ok|\.\.\.)$/i.test(t)) return false;
    if (t.split(/\s+/).length > 8) return false;
  }
  if (bracket === '<' && HTML_TAGS.has(t.split(/\s/)[0].toLowerCase())) return false;
  return true;
}

function findSlots(doc: ThanksDocument, view: string, out: Placeholder[]): void {
  SLOT_RE.lastIndex = 0;
  for (let m = SLOT_RE.exec(view); m; m = SLOT_RE.exec(view)) {
    const inner = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]).trim();
    const bracket = m[0][0] === '{' && m[0][1] === '{' ? '{{' : m[0][0];
    const start = m.index;
    // Markdown images and the label half of a reference link [text][label] are not slots.
    if (bracket === '[' && (view[start - 1] === '!' || view[start - 1] === ']')) continue;
    // In the front matter a flow list like [a, b] is YAML, not a slot.
    if (doc.frontMatter.present && start < doc.frontMatter.span.end && bracket === '[' && inner.includes(',')) continue;
    if (!looksLikeSlot(inner, bracket)) continue;
    out.push({ kind: 'slot', start, end: start + m[0].length, text: m[0], stands: slotKey(inner) });
  }
}

const caseOf = (s: string) => {
  const words = s.split(/[\s/]+/).filter((w) => /\p{L}/u.test(w) && !/^(?:of|the|or)$/i.test(w));
  if (words.every((w) => w === w.toUpperCase())) return 'caps';
  if (words.every((w) => /^\p{Lu}/u.test(w))) return 'title';
  return 'lower';
};

/**
 * The line without emphasis marks in front and punctuation at the end. (A loop, not /[…]+$/: that
 * regular expression retries at every mark of a long run of dots that is not at the end — quadratic.)
 */
function trimMarks(s: string): string {
  let a = 0;
  while (a < s.length && (s[a] === '*' || s[a] === '_')) a++;
  let b = s.length;
  while (b > a && '*_,.;:'.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

/** Field names, stand-ins and alternatives on one line of the slot view. */
function scanLine(view: string, line: Span, tokens: Token[], out: Placeholder[]): void {
  let lineText: string | undefined;
  const inBrackets = (s: Span) => /[[<{(]/.test(view[s.start - 1] ?? '') && /[\]>})]/.test(view[s.end] ?? '');
  for (const m of FIELDS.match(tokens)) {
    if (inBrackets(m)) continue; // slot's finding
    const text = view.slice(m.start, m.end);
    // "Phone Number: 555 0142" is a label with its value
    if (/^\s*:\s*\S/.test(view.slice(m.end, line.end))) continue;
    lineText ??= trimMarks(view.slice(line.start, line.end).trim());
    const whole = lineText === text;
    const before = tokens[m.index - 1];
    const written = caseOf(text);
    const field = written !== 'lower' || whole || (!m.value.prose && !(before && DETERMINERS.has(before.norm)));
    if (field) out.push({ kind: 'field', start: m.start, end: m.end, text, stands: slotKey(text) });
  }
  for (const m of STAND_INS.match(tokens)) {
    if (!inBrackets(m)) out.push({ kind: 'stand-in', start: m.start, end: m.end, text: view.slice(m.start, m.end), stands: m.value });
  }
  for (const m of PRONOUN_PAIRS.match(tokens)) {
    out.push({ kind: 'alternative', start: m.start, end: m.end, text: view.slice(m.start, m.end), choices: [m.tokens[0].text, m.tokens[m.tokens.length - 1].text] });
  }
  // "organization/company", "Mr./Ms.": two words of one class joined by a slash
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1];
    const b = tokens[i];
    if (!slashBetween(view, a.end, b.start) || CLASS_OF.get(a.norm) === undefined || CLASS_OF.get(a.norm) !== CLASS_OF.get(b.norm) || a.norm === b.norm) continue;
    if (out.some((p) => p.start <= a.start && b.end <= p.end)) continue;
    out.push({ kind: 'alternative', start: a.start, end: b.end, text: view.slice(a.start, b.end), choices: [a.text, b.text] });
  }
}

/** Whether view[from, to) is "/" or "./" (read in place: this runs for every two words of the note). */
function slashBetween(view: string, from: number, to: number): boolean {
  return (to - from === 1 && view.charCodeAt(from) === SLASH) || (to - from === 2 && view.charCodeAt(from) === PERIOD && view.charCodeAt(from + 1) === SLASH);
}
const SLASH = 47;
const PERIOD = 46;

const found = documentCache<Placeholder[]>();

/** Every placeholder of the note (body and front-matter values), in text order. */
export function placeholdersOf(doc: ThanksDocument): Placeholder[] {
  let out = found.get(doc);
  if (out) return out;
  out = [];
  const view = slotView(doc);
  findSlots(doc, view, out);
  const limit = doc.analysedLength ?? view.length;
  for (let start = doc.frontMatter.present ? doc.frontMatter.contentSpan.start : 0; start < limit; ) {
    let end = view.indexOf('\n', start);
    if (end < 0 || end > limit) end = limit;
    const line = { start, end };
    if (/\p{L}/u.test(view.slice(start, end))) scanLine(view, line, tokenize(view.slice(start, end), start), out);
    start = end + 1;
  }
  out.sort((a, b) => a.start - b.start);
  found.set(doc, out);
  return out;
}

/** The rule that reports each kind of placeholder. */
export const PLACEHOLDER_RULE: Readonly<Record<PlaceholderKind, string>> = {
  slot: 'placeholder/slot',
  field: 'placeholder/field-name',
  'stand-in': 'placeholder/stand-in',
  alternative: 'placeholder/alternative',
};

/** Asks whether a rule reports under the configuration (RuleContext.reporting); without it, all do. */
type Reporting = (ruleId: string) => boolean;

/** The placeholder that covers `span`, if any (only those whose rule reports, given `reporting`). */
export function placeholderAt(doc: ThanksDocument, span: Span, reporting?: Reporting): Placeholder | undefined {
  return placeholdersOf(doc).find((p) => p.start < span.end && span.start < p.end && (!reporting || reporting(PLACEHOLDER_RULE[p.kind])));
}

/** Whether the note holds a placeholder for a front-matter value ("company", "role", "interviewer"…) that its rule reports. */
export function hasPlaceholderFor(doc: ThanksDocument, source: string, reporting?: Reporting): boolean {
  return placeholdersOf(doc).some(
    (p) => p.stands === source && !(doc.frontMatter.present && p.start < doc.frontMatter.span.end) && (!reporting || reporting(PLACEHOLDER_RULE[p.kind])),
  );
}
