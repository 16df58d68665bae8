// Word tokens of the prose: what the phrase matcher, the tone and proofreading rules walk. A sentence's
// tokens are computed once per parse and cached on it.
import type { Sentence, ThanksDocument } from './model';
import type { Span } from './span';
import { documentCache, sentenceCache } from './caches';

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

/** Splits prose into word tokens (hyphens and periods separate words; apostrophes do not). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const gap = prevEnd < 0 ? '' : text.slice(prevEnd, m.index);
    out.push({
      text: m[0],
      norm: normWord(m[0]),
      start: base + m.index,
      end: base + m.index + m[0].length,
      joined: prevEnd >= 0 && gap.length <= 12 && (SOFT_GAP_RE.test(gap) || (gap[0] === '.' && ABBREVIATION.test(out[out.length - 1].text) && SOFT_GAP_RE.test(gap.slice(1)))),
      vocab: -1,
      vocabSize: -1,
    });
    prevEnd = m.index + m[0].length;
  }
  return out;
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
