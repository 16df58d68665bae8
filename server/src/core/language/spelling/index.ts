// The spelling engine of the analysis core. Pure: no vscode imports; the only I/O is reading the
// dictionary files once.
//
// Engine: the packed word set of the note's dialect (./wordset: a DAWG built at build time from
//   dictionary-en, -en-gb, -en-ca or -en-au by scripts/dictionary, accepting exactly what nspell
//   accepts over the same Hunspell files; ./locate finds it), plus
//   - a curated workplace/technical vocabulary (../../lexicon/vocabulary.txt), case-insensitive (ALL-CAPS
//     terms only in capitals), with plural, possessive and -ed/-ing/-er forms handled here;
//   - British spellings the dictionary lacks mapped to American ones (./british): centre, organise,
//     colour, programme … — except when en-US is chosen, which flags them (americanFor: "color");
//   - rules: tokens with digits (3rd, 12-hour, 2023, Q4, i18n) and tokens without Latin letters
//     (王伟, Дмитрий) are not checked; ALL-CAPS acronyms of 2–6 letters, also with a plural s
//     (KPIs), are correct; hyphen/slash/dot/ampersand compounds are correct when every part is
//     (or is a prefix such as pre-, co-, non-); camelCase words when every part is (HubSpot);
//     possessive 's / s' is stripped; curly apostrophes are straightened; accented letters are
//     tried without accents (café, naïve); case follows Hunspell ("Monday" correct, "monday"
//     flagged, a Capitalised or ALL-CAPS form of a known word correct).
//   - per-check extra words (names, company, role, topics from the front matter; the user's word
//     list) compared case-insensitively, possessives included ("Maple Hollow's").
//
// API
//   getSpeller(dialect?): Speller
//                             one per dialect, loaded on first use (a file read, ~2–5 ms, < 1 MB):
//                             a dialect's dictionary is loaded only when a note asks for it; no
//                             dialect (none chosen): en-US that accepts British spellings too
//   isLoaded(): boolean       always true (kept for callers: nothing loads in the background)
//   preload(): Promise<void>  loads the en-US speller now
//   checkWord(word: string, extraWords: ReadonlySet<string>, dialect?): boolean
//                             = getSpeller(dialect).isCorrect(word, extraWords)
//   noteWords(texts: Iterable<string>): Set<string>
//                             lower-cased words (and hyphen parts, possessives stripped) of
//                             front-matter values, ready to pass as extraWords
//   normalizeWord(word: string): string   the token as the engine sees it (NFC, ’ -> ', trimmed)
//
//   Speller.isCorrect(word, extraWords?)         cached (bounded Map, 20,000 tokens)
//   Speller.suggest(word, max = 5, extraWords?)  ranked, best first, in the input's case; computed
//                                                only when called (median ~1 ms, p90 ~10 ms)
//   Speller.setUserWords(words)                  the user's own word list (replaces the previous one)
//
// Tokens are whatever the caller's tokenizer yields; surrounding quotes/punctuation are trimmed.
import VOCABULARY from '../../lexicon/vocabulary.txt';
import { DEFAULT_DIALECT, type Dialect } from '../dialect';
import { locateWordSet } from './locate';
import { SpellerImpl, type Speller } from './speller';
import { loadWordSet, type WordSet } from './wordset';
import { parseVocabulary, type WordList } from './word-lists';

export type { Speller };
export { normalizeWord, noteWords } from './word-lists';

// ---------------------------------------------------------------------------------------------
// Loading

/** Spellers by dialect; '' is the default: the American word set, British forms accepted too. */
const spellers = new Map<Dialect | '', SpellerImpl>();
const wordSets = new Map<Dialect, WordSet>();
let vocabulary: WordList | undefined;

/**
 * The speller of a dialect, loading its word set synchronously on first use (a few ms). Without a
 * dialect (the writer chose none): the en-US word set, accepting British spellings too; with
 * 'en-US' they are flagged.
 */
export function getSpeller(dialect?: Dialect): Speller {
  const key = dialect ?? '';
  let speller = spellers.get(key);
  if (!speller) {
    const file = dialect ?? DEFAULT_DIALECT;
    let words = wordSets.get(file);
    if (!words) {
      words = loadWordSet(locateWordSet(file));
      wordSets.set(file, words);
    }
    vocabulary ??= parseVocabulary(VOCABULARY);
    speller = new SpellerImpl(words, vocabulary, dialect !== 'en-US');
    spellers.set(key, speller);
  }
  return speller;
}

/** Always true: a word set loads in a few ms on first use, so no rule waits for it. */
export function isLoaded(): boolean {
  return true;
}

/** Loads the en-US speller now (kept for callers; there is nothing to load in the background). */
export function preload(): Promise<void> {
  try {
    getSpeller();
    return Promise.resolve();
  } catch (e) {
    return Promise.reject(e);
  }
}

/** `getSpeller(dialect).isCorrect(word, extraWords)`. extraWords: lower-cased words known from the note. */
export function checkWord(word: string, extraWords: ReadonlySet<string>, dialect?: Dialect): boolean {
  return getSpeller(dialect).isCorrect(word, extraWords);
}
