// Character classes read per UTF-16 code unit from tables, and the scanner that splits the note into
// words with them (a word is met in every rule's loop: a RegExp exec per word allocated a match array each).
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
function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return classOf(c) === 1;
}

/** [\p{L}\p{M}\p{N}] for a code unit that is no surrogate. */
function isLetterMarkOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return classOf(c) !== 3;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Whether the text holds a surrogate (a character outside the BMP): the tables do not cover it. */
function hasSurrogate(text: string): boolean {
  return SURROGATE.test(text);
}

/**
 * Calls `add(start, end)` for each word of `text` as the global RegExp `re` finds them, reading the
 * text in place when it holds no surrogate. `re` must be: a letter or digit, then letters and digits
 * (and marks, with `marks`), with inner `joiners` (character codes) each followed by more of them.
 */
export function eachWord(text: string, re: RegExp, marks: boolean, joiners: readonly number[], add: (start: number, end: number) => void): void {
  if (hasSurrogate(text)) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) add(m.index, m.index + m[0].length);
    return;
  }
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isLetterOrDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i++;
    while (i < n && inWord(text.charCodeAt(i), marks)) i++;
    while (i + 1 < n && isJoiner(text.charCodeAt(i), joiners) && inWord(text.charCodeAt(i + 1), marks)) {
      i += 2;
      while (i < n && inWord(text.charCodeAt(i), marks)) i++;
    }
    add(start, i);
  }
}

function inWord(c: number, marks: boolean): boolean {
  return marks ? isLetterMarkOrDigit(c) : isLetterOrDigit(c);
}

function isJoiner(c: number, joiners: readonly number[]): boolean {
  for (let k = 0; k < joiners.length; k++) if (joiners[k] === c) return true;
  return false;
}
