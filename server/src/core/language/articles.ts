// Which indefinite article a word takes, by sound: "a unit", "an hour", "an MBA", "a one-page memo".
// Returns undefined when educated usage goes both ways ("a/an historic", "a/an SQL") or the word
// cannot be judged, so that the a/an rule stays quiet.
import data from '../lexicon/articles.json';

const CONSONANT_PREFIXES = data.consonantSoundPrefixes.prefixes;
const VOWEL_EXCEPTIONS = data.vowelSoundExceptions.prefixes;
const SILENT_H = data.silentH.prefixes;
const AMBIGUOUS = new Set(data.ambiguous.words);
const VOWEL_LETTERS = new Set(data.vowelLetterNames.letters.split(''));
const WORD_ACRONYMS = new Set(data.wordAcronyms.words);
/** Onsets English words can start with; an initialism that starts otherwise is spelled out (HVAC, MBA). */
const ONSETS = /^(?:[bcdfghjklmnpqrstvwxyz]?[aeiouy]|bl|br|ch|cl|cr|dr|dw|fl|fr|gl|gn|gr|kn|ph|pl|pr|qu|sc|sch|scr|sh|sk|sl|sm|sn|sp|spl|spr|squ|st|str|sw|th|thr|tr|tw|wh|wr)/;

export type ArticleSound = 'vowel' | 'consonant';

function startsWithAny(word: string, prefixes: string[]): boolean {
  return prefixes.some((p) => word.startsWith(p));
}

function letterSound(letter: string): ArticleSound {
  return VOWEL_LETTERS.has(letter.toUpperCase()) ? 'vowel' : 'consonant';
}

/** The sound a number starts with when read aloud: 8, 11, 18, 80–89, 800… start with a vowel. */
function numberSound(digits: string): ArticleSound {
  if (digits.startsWith('8')) return 'vowel';
  if ((digits.startsWith('11') || digits.startsWith('18')) && digits.length % 3 === 2) return 'vowel';
  return 'consonant';
}

function wordSound(lower: string): ArticleSound | undefined {
  if (AMBIGUOUS.has(lower)) return undefined;
  const first = lower[0];
  if ('aeiou'.includes(first)) {
    if (startsWithAny(lower, VOWEL_EXCEPTIONS)) return 'vowel';
    if (startsWithAny(lower, CONSONANT_PREFIXES)) return 'consonant';
    return 'vowel';
  }
  if (first === 'h') return startsWithAny(lower, SILENT_H) ? 'vowel' : 'consonant';
  if (first === 'y') return 'consonant';
  // "an Xbox", "an XR headset" (letter name), but "Xavier" or "xylophone" may go either way
  if (first === 'x') return /^x[^aeiouy]/.test(lower) ? 'vowel' : undefined;
  if (/\p{L}/u.test(first) && /[a-z]/.test(first)) return 'consonant';
  return undefined;
}

/**
 * The sound `word` (as written) starts with, or undefined when it cannot be judged reliably.
 * `word` is one token: letters, digits and inner apostrophes.
 */
export function soundOf(word: string): ArticleSound | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (/^\d/.test(word)) return numberSound(word.replace(/\D.*$/, ''));
  if (AMBIGUOUS.has(lower)) return undefined;
  const letters = word.replace(/[^\p{L}]/gu, '');
  const hasDigit = /\d/.test(word);
  const allCaps = letters.length >= 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  // Single letters and letter-digit codes are read letter by letter: "an X-ray", "an F1 visa", "a B2B".
  if (letters.length === 1 || (hasDigit && allCaps)) return letterSound(word.replace(/\d/g, '')[0] ?? '');
  if (allCaps && letters.length >= 2) {
    if (WORD_ACRONYMS.has(lower)) return wordSound(lower);
    // A plural initialism (KPIs) is read like its singular.
    const base = lower.replace(/s$/, '');
    if (letters.length <= 3 || !ONSETS.test(base) || !/[aeiouy]/.test(base)) return letterSound(word[0]);
    return undefined; // could be read as a word or spelled out: do not judge
  }
  // Mixed-case brand or initialism: "eBay", "iPhone" (a word), "MSc" (letters)
  if (/^\p{Lu}{2}/u.test(word) && /\p{Ll}/u.test(word)) return letterSound(word[0]);
  return wordSound(lower);
}
