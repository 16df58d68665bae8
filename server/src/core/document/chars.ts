// Character classes read per UTF-16 code unit from tables, for the scanners that split the note into
// words (a word is met in every rule's loop: a RegExp exec per word allocated a match array each).
// The tables are filled on first sight of a character by the Unicode property escapes themselves,
// so a scanner decides exactly as the RegExp it replaces. Surrogates (letters outside the Basic
// Multilingual Plane) are not in the tables: a text that holds one is split by the RegExp.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER_MARK_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/** Per code unit: 0 not known yet, 1 a letter or digit, 2 a mark (\p{M}), 3 neither. */
const CLASS = new Uint8Array(0x10000);

function classOf(c: number): number {
  let v = CLASS[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    CLASS[c] = v = LETTER_OR_DIGIT.test(ch) ? 1 : LETTER_MARK_OR_DIGIT.test(ch) ? 2 : 3;
  }
  return v;
}

/** [\p{L}\p{N}] for a code unit that is no surrogate. */
export function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return classOf(c) === 1;
}

/** [\p{L}\p{M}\p{N}] for a code unit that is no surrogate. */
export function isLetterMarkOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return classOf(c) !== 3;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Whether the text holds a surrogate (a character outside the BMP): the tables do not cover it. */
export function hasSurrogate(text: string): boolean {
  return SURROGATE.test(text);
}
