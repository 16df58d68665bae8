// The spelling engine of the analysis core. Pure: no vscode imports; the only I/O is reading the
// dictionary files once.
//
// Engine: nspell over dictionary-en (en_US Hunspell files read directly, see ./dictionary), plus
//   - a curated workplace/technical vocabulary (../../lexicon/vocabulary.txt), case-insensitive (ALL-CAPS
//     terms only in capitals), with plural, possessive and -ed/-ing/-er forms handled here;
//   - British spellings mapped to American ones (./british): centre, organise, colour, programme,
//     analyse, licence, travelled, catalogue …;
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
//   getSpeller(): Speller     lazy singleton; loads the dictionary synchronously on first call
//   isLoaded(): boolean
//   preload(): Promise<void>  loads off the hot path: async read, then the .dic in 24 chunks and the
//                             suggestion index in slices, separated by setImmediate; a getSpeller()
//                             call meanwhile loads synchronously and the preload stops
//   checkWord(word: string, extraWords: ReadonlySet<string>): boolean
//                             = getSpeller().isCorrect(word, extraWords)
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
import { readDictionary, readDictionarySync } from './dictionary';
import VOCABULARY from '../../lexicon/vocabulary.txt';
import { SpellerImpl, type NSpellFactory, type Speller } from './speller';
import { parseVocabulary } from './word-lists';

export type { Speller };
export { normalizeWord, noteWords } from './word-lists';

// ---------------------------------------------------------------------------------------------
// Loading

let instance: SpellerImpl | undefined;
let pending: Promise<void> | undefined;

function factory(): NSpellFactory {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('nspell') as NSpellFactory;
}

function loadSync(): SpellerImpl {
  const { aff, dic } = readDictionarySync();
  return new SpellerImpl(factory()(aff, dic), parseVocabulary(VOCABULARY));
}

/** The speller, loading the dictionary synchronously on first use (~150–200 ms). */
export function getSpeller(): Speller {
  instance ??= loadSync();
  return instance;
}

export function isLoaded(): boolean {
  return instance !== undefined;
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function loadInChunks(): Promise<void> {
  const { aff, dic } = await readDictionary();
  if (instance) return;
  await tick();
  const sp = factory()(aff);
  // nspell's dictionary() recompiles the compound rules from their source strings each time it is
  // called (and breaks them on a second call), so the sources are restored before every chunk.
  const rules = sp.compoundRules.slice();
  const chunks = 24;
  let start = 0;
  for (let k = 1; k <= chunks; k++) {
    if (instance) return;
    const end = k === chunks ? dic.length : Math.max(start, dic.indexOf('\n', Math.floor((dic.length * k) / chunks)));
    // parse() skips the first line of its input: the count line for the first chunk, "" otherwise
    const chunk = start === 0 ? dic.slice(0, end) : '\n' + dic.slice(start, end);
    sp.compoundRules = rules.slice();
    sp.dictionary(chunk);
    start = end + 1;
    await tick();
  }
  if (instance) return;
  const speller = new SpellerImpl(sp, parseVocabulary(VOCABULARY));
  instance = speller;
  await tick();
  await speller.warmSuggestions(tick);
}

/** Loads the speller without blocking the event loop for more than a few ms at a time. */
export function preload(): Promise<void> {
  if (instance) return Promise.resolve();
  pending ??= loadInChunks().finally(() => {
    pending = undefined;
  });
  return pending;
}

/** `getSpeller().isCorrect(word, extraWords)`. extraWords: lower-cased words known from the note. */
export function checkWord(word: string, extraWords: ReadonlySet<string>): boolean {
  return getSpeller().isCorrect(word, extraWords);
}
