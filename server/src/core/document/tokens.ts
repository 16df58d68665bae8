// Word tokens of the prose: what the phrase matcher, the tone and proofreading rules walk. A sentence's
// tokens are computed once per parse and cached on it.
import type { Sentence, ThanksDocument } from './model';
import type { Span } from './span';
import { documentCache, sentenceCache } from './caches';
import { eachWord } from './chars';

export interface Token extends Span {
  /** As written. */
  text: string;
  /** Lower-cased, apostrophes straightened. */
  norm: string;
  /** The text between the previous token and this one allows a phrase to continue. */
  joined: boolean;
  /** The word's id in the phrase lists' vocabulary (-1: in none) and the vocabulary's size when it
   *  was looked up: filled by the phrase matcher, so that a word is looked up once, not once per list. */
  vocab: number;
  vocabSize: number;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
// Between two words of a phrase: white space, emphasis, one hyphen or slash…
const SOFT_GAP_RE = /^[\s*_]*(?:[-/][\s*_]*)?$/;
/** …or the period of an abbreviation after a short capitalised word ("Mr. Manager", "ABC Corp. team"). */
const ABBREVIATION = /^\p{Lu}\p{L}{0,3}$/u;

/** ' and ’: a word goes on over one between two letters. */
const APOSTROPHES = [39, 0x2019];

/** Splits prose into word tokens (hyphens and periods separate words; apostrophes do not). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  const add = (start: number, end: number) => {
    const word = text.slice(start, end);
    out.push({
      text: word,
      norm: normWord(word),
      start: base + start,
      end: base + end,
      joined: prevEnd >= 0 && start - prevEnd <= 12 && joins(text, prevEnd, start, out[out.length - 1].text),
      vocab: -1,
      vocabSize: -1,
    });
    prevEnd = end;
  };
  eachWord(text, TOKEN_RE, false, APOSTROPHES, add);
  return out;
}

/** Whether the gap text[from, to) between two words lets a phrase go on (SOFT_GAP_RE, or an abbreviation's period before it). */
function joins(text: string, from: number, to: number, before: string): boolean {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    // a gap with other white space than ASCII's (rare): the regular expression decides
    const gap = text.slice(from, to);
    return SOFT_GAP_RE.test(gap) || (gap[0] === '.' && ABBREVIATION.test(before) && SOFT_GAP_RE.test(gap.slice(1)));
  }
  return softGap(text, from, to) || (text.charCodeAt(from) === PERIOD && ABBREVIATION.test(before) && softGap(text, from + 1, to));
}

const PERIOD = 46;

/**
 * SOFT_GAP_RE read in place over an ASCII gap (it runs between every two words of the note): white
 * space, "*" and "_", with at most one "-" or "/" among them.
 */
function softGap(text: string, from: number, to: number): boolean {
  let marks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 42 || c === 95) continue;
    if ((c === 45 || c === 47) && marks++ === 0) continue;
    return false;
  }
  return true;
}

export function normWord(w: string): string {
  const lower = w.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

const tokenCache = sentenceCache<Token[]>();

/** Tokens of a sentence's prose view, cached per parse. */
export function sentenceTokens(s: Sentence): Token[] {
  let t = tokenCache.get(s);
  if (!t) {
    t = tokenize(s.text, s.start);
    tokenCache.set(s, t);
  }
  return t;
}

const frontMatterWords = documentCache<Set<string>>();

/** True when the front matter (its subject line aside) contains `word` as a whole word, spelled exactly so ("BRIDGE", "bluebird"). */
export function writtenInFrontMatter(doc: ThanksDocument, word: string): boolean {
  let words = frontMatterWords.get(doc);
  if (!words) {
    const { span } = doc.frontMatter;
    const subject = doc.frontMatter.entries.get('subject')?.valueSpan;
    const text = subject ? doc.text.slice(span.start, subject.start) + ' ' + doc.text.slice(subject.end, span.end) : doc.text.slice(span.start, span.end);
    words = new Set(tokenize(text).map((t) => t.text));
    frontMatterWords.set(doc, words);
  }
  return words.has(word);
}

/** Whether an offset lies in the front matter (where slots are filled without quotes trouble). */
export function offsetInFrontMatter(doc: ThanksDocument, offset: number): boolean {
  return doc.frontMatter.present && offset < doc.frontMatter.span.end;
}

const subjects = documentCache<Token[]>();

/** Tokens of the front matter's `subject` value (the email's subject line), offsets in the note. */
export function subjectTokens(doc: ThanksDocument): Token[] {
  let t = subjects.get(doc);
  if (!t) {
    const entry = doc.frontMatter.entries.get('subject');
    t = entry && doc.frontMatter.subject ? tokenize(doc.text.slice(entry.valueSpan.start, entry.valueSpan.end), entry.valueSpan.start) : [];
    subjects.set(doc, t);
  }
  return t;
}
