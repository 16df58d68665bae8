// Sentence and word segmentation over the prose view of a paragraph (non-prose already blanked).
import type { Sentence, Word } from '../model';
import { eachWord } from '../chars';

/** Abbreviations after which a period never ends a sentence (titles, "e.g."). */
const NEVER_FINAL = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'sr', 'jr', 'rev', 'hon', 'lt', 'capt', 'sgt', 'gen', 'col', 'maj',
  'cmdr', 'gov', 'sen', 'rep', 'fr', 'mt', 'ft', 'no', 'nos', 'vol', 'fig', 'approx', 'dept', 'vs', 'e.g', 'i.e', 'cf', 'ca',
  'esp', 'incl', 'ref', 'ph.d', 'm.d', 'b.s', 'b.a', 'm.s', 'm.a', 'mba', 'ave', 'blvd', 'rd', 'apt', 'ste', 'ext', 'tel',
]);
/** Abbreviations that may also end a sentence: final only when a capital letter follows. */
const MAYBE_FINAL = new Set(['etc', 'inc', 'co', 'ltd', 'llc', 'corp', 'a.m', 'p.m', 'u.s', 'u.k', 'e.u', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Tokens longer than this are not words (the longest English words have ~45 letters): a pasted hash,
 * a base64 blob or a held-down key. They are left out, so no word-based rule spends time on them.
 */
export const MAX_WORD_LENGTH = 64;

/** ' ’ - . : a word goes on over one between two letters. */
const JOINERS = [39, 0x2019, 45, 46];

export function wordsIn(text: string, base: number): Word[] {
  const words: Word[] = [];
  const add = (index: number, w: string) => {
    if (w.length > MAX_WORD_LENGTH && !w.includes('.')) return;
    // "e.g" and "p.m" stay whole; a trailing period-joined fragment like "U.S" too; but "end.Next" is two words
    if (w.includes('.') && !INITIALISM.test(w)) {
      const parts = w.split('.');
      let at = index;
      for (const part of parts) {
        if (part && part.length <= MAX_WORD_LENGTH) words.push({ text: part, lower: part.toLowerCase(), start: base + at, end: base + at + part.length });
        at += part.length + 1;
      }
      return;
    }
    words.push({ text: w, lower: w.toLowerCase(), start: base + index, end: base + index + w.length });
  };
  // letters, marks and digits, with inner apostrophes, hyphens and periods followed by more of them
  eachWord(text, WORD_RE, true, JOINERS, (start, end) => add(start, text.slice(start, end)));
  return words;
}

const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\u00a0';
}

/** The token right before position `i` (letters and inner dots), lower-cased, without a trailing dot. */
function tokenBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && !isSpace(text[j - 1]) && text[j - 1] !== '(' && text[j - 1] !== '"' && text[j - 1] !== '“') j--;
  return text.slice(j, i).toLowerCase().replace(/^[^\p{L}\p{N}]+/u, '');
}

function nextVisible(text: string, i: number): string | undefined {
  while (i < text.length && (isSpace(text[i]) || text[i] === '"' || text[i] === '“' || text[i] === '(' || text[i] === '*' || text[i] === '_')) i++;
  return i < text.length ? text[i] : undefined;
}

/**
 * Splits the prose text `text` (which starts at offset `base` of the note) into sentences.
 * Robust to titles ("Dr."), "e.g.", "p.m.", initials ("J. R. Smith") and decimals.
 */
export function splitSentences(text: string, base: number): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) {
      const t = text.slice(s, e);
      if (/[\p{L}\p{N}]/u.test(t)) out.push({ start: base + s, end: base + e, text: t, words: wordsIn(t, base + s) });
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i;
    while (j < text.length && '.!?…'.includes(text[j])) j++;
    while (j < text.length && `"'”’)]*_`.includes(text[j])) j++;
    if (!isSpace(text[j])) {
      i = j - 1;
      continue;
    }
    const run = text.slice(i, j);
    if (c === '.' && !run.includes('!') && !run.includes('?') && !run.startsWith('..')) {
      const tok = tokenBefore(text, i);
      const next = nextVisible(text, j);
      if (NEVER_FINAL.has(tok)) {
        i = j - 1;
        continue;
      }
      const capitalNext = next !== undefined && /\p{Lu}|\p{N}/u.test(next);
      if (MAYBE_FINAL.has(tok) && !capitalNext) {
        i = j - 1;
        continue;
      }
      // An initial: a single capital letter ("J. Smith").
      if (/^\p{Lu}$/u.test(text[i - 1] ?? '') && (i < 2 || isSpace(text[i - 2]))) {
        i = j - 1;
        continue;
      }
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return out;
}
