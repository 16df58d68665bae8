// The spelling engine of the analysis core. Pure: no vscode imports; the only I/O is reading the
// dictionary files once.
//
// Engine: nspell over dictionary-en (en_US Hunspell files read directly, see ./dictionary), plus
//   - a curated workplace/technical vocabulary (../lexicon/vocabulary.ts), case-insensitive (ALL-CAPS
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
import { americanForms } from './british';
import { readDictionary, readDictionarySync } from './dictionary';
import { rankSuggestions, type CandidateSource } from './suggest';
import { VOCABULARY } from '../../lexicon/vocabulary';

export interface Speller {
  /** True when the word is spelled correctly (see the rules in the header). */
  isCorrect(word: string, extraWords?: ReadonlySet<string>): boolean;
  /** Ranked suggestions, best first, at most `max`; in the case of the input ("Definately" -> "Definitely"). */
  suggest(word: string, max?: number, extraWords?: ReadonlySet<string>): string[];
  /** Replaces the user's own word list (any case; matched case-insensitively with inflections). */
  setUserWords(words: Iterable<string>): void;
}

/** The part of nspell 2.1.5 used here (it ships no types). */
interface NSpell {
  correct(word: string): boolean;
  dictionary(dic: string): NSpell;
  data: Record<string, string[] | undefined>;
  flags: Record<string, unknown>;
  compoundRules: unknown[];
  replacementTable: [string, string][];
}
type NSpellFactory = (aff: string, dic?: string) => NSpell;

const CACHE_MAX = 20_000;
const PLAIN = /^[A-Za-z]+$/;
const HAS_LETTER = /\p{L}/u;
const HAS_LATIN = /\p{Script=Latin}/u;
const HAS_DIGIT = /\d/;
const ACRONYM = /^\p{Lu}{2,6}s?$/u;
const COMPOSITE = /[-/.+&_]/;
const CAMEL = /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u;
const PREFIXES = new Set([
  'pre', 'co', 're', 'non', 'multi', 'self', 'cross', 'sub', 'semi', 'anti', 'post', 'mid', 'inter',
  'ex', 'e', 'de', 'un', 'bi', 'tri', 'pro', 'counter', 'over', 'under', 'micro', 'macro', 'mini',
  'meta', 'hyper', 'ultra', 'intra', 'extra', 'neo', 'pseudo', 'quasi', 'mis', 'dis', 'out', 'up',
  'eco', 'geo', 'bio', 'tele', 'auto', 'mega', 'hypo', 'infra', 'trans', 'omni', 'poly', 'mono',
]);

// ---------------------------------------------------------------------------------------------
// Normalisation

/** The token as the engine sees it: NFC, curly apostrophes straightened, surrounding punctuation trimmed. */
export function normalizeWord(word: string): string {
  if (PLAIN.test(word)) return word;
  let w = word
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC\u2032\uFF07]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
  w = w.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}']+$/u, '');
  // a trailing apostrophe is kept only as a plural possessive (teams'); a closing quote otherwise
  if (w.endsWith("'") && !/s'$/i.test(w)) w = w.replace(/'+$/, '');
  return w;
}

function stripPossessive(w: string): string | undefined {
  if (/'s$/i.test(w) && w.length > 2) return w.slice(0, -2);
  if (/s'$/i.test(w)) return w.slice(0, -1);
  return undefined;
}

/** Lower-cased words of front-matter values (names, company, role, topics), for `extraWords`. */
export function noteWords(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const raw of text.split(/[\s,;:()[\]{}"“”]+/)) {
      const w = normalizeWord(raw).toLowerCase();
      if (!w || !HAS_LETTER.test(w)) continue;
      out.add(stripPossessive(w) ?? w);
      if (COMPOSITE.test(w)) for (const p of w.split(/[-/.+&_]+/)) if (p) out.add(stripPossessive(p) ?? p);
    }
  }
  return out;
}

function inWordSet(w: string, set: ReadonlySet<string>): boolean {
  if (!set.size) return false;
  const l = w.toLowerCase();
  if (set.has(l)) return true;
  const base = stripPossessive(l);
  if (base !== undefined && set.has(base)) return true;
  if (l.includes("'")) {
    const curly = l.replace(/'/g, '\u2019');
    if (set.has(curly) || set.has(stripPossessive(curly) ?? '\0')) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary (and user words): lower-case sets with inflection handling

class WordList {
  readonly words = new Map<string, string>(); // lower -> display form
  /** Lower-case keys of ALL-CAPS terms (ADN, NEC): they match only ALL-CAPS tokens, so "adn" stays a typo. */
  private readonly capsOnly = new Set<string>();

  add(term: string): void {
    const t = normalizeWord(term).replace(/\.$/, '');
    if (!t) return;
    this.put(t);
    if (/[\s\-/&+]/.test(t)) for (const p of t.split(/[\s\-/&+]+/)) if (p) this.put(p);
  }

  private put(t: string): void {
    const l = t.toLowerCase();
    if (this.words.has(l)) {
      if (!isAllCaps(t)) this.capsOnly.delete(l);
      return;
    }
    this.words.set(l, t);
    if (isAllCaps(t)) this.capsOnly.add(l);
  }

  /** The token, or an inflected form of it (plural, -ed, -ing, -er), is listed. */
  has(token: string): boolean {
    if (!this.words.size) return false;
    const lower = token.toLowerCase();
    const caps = isAllCaps(token.replace(/s$/, ''));
    const ok = (key: string): boolean => this.words.has(key) && (caps || !this.capsOnly.has(key));
    if (ok(lower)) return true;
    const n = lower.length;
    if (n < 3) return false;
    const cut = (k: number): string => lower.slice(0, n - k);
    if (lower.endsWith('s') && ok(cut(1))) return true;
    if (lower.endsWith('es') && ok(cut(2))) return true;
    if (lower.endsWith('ies') && ok(cut(3) + 'y')) return true;
    for (const suf of ['ed', 'ing', 'er', 'ers']) {
      if (!lower.endsWith(suf) || n - suf.length < 3) continue;
      const stem = cut(suf.length);
      if (ok(stem) || ok(stem + 'e')) return true;
      if (stem[stem.length - 1] === stem[stem.length - 2] && ok(stem.slice(0, -1))) return true;
    }
    return false;
  }
}

/** Two or more letters, none lower-case (KPI, SD-WAN, NCLEX-RN). */
function isAllCaps(t: string): boolean {
  return t === t.toUpperCase() && /\p{L}.*\p{L}/u.test(t) && t !== t.toLowerCase();
}

function parseVocabulary(text: string): WordList {
  const list = new WordList();
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t && !t.startsWith('#')) list.add(t);
  }
  return list;
}

// ---------------------------------------------------------------------------------------------
// The speller

class SpellerImpl implements Speller {
  private readonly cache = new Map<string, boolean>();
  private user = new WordList();
  private readonly noSuggest: string | undefined;
  private readonly onlyInCompound: string | undefined;
  private readonly replacements: readonly (readonly [string, string])[];

  constructor(
    private readonly sp: NSpell,
    private readonly vocab: WordList,
  ) {
    const flag = (k: string): string | undefined => (typeof sp.flags[k] === 'string' ? (sp.flags[k] as string) : undefined);
    this.noSuggest = flag('NOSUGGEST');
    this.onlyInCompound = flag('ONLYINCOMPOUND');
    this.replacements = (sp.replacementTable ?? []).filter((r) => typeof r[0] === 'string' && typeof r[1] === 'string');
  }

  setUserWords(words: Iterable<string>): void {
    const list = new WordList();
    for (const w of words) list.add(w);
    this.user = list;
  }

  isCorrect(word: string, extraWords?: ReadonlySet<string>): boolean {
    const w = normalizeWord(word);
    return this.check(w, extraWords, 0);
  }

  private check(w: string, extra: ReadonlySet<string> | undefined, depth: number): boolean {
    if (!w || HAS_DIGIT.test(w) || !HAS_LATIN.test(w)) return true; // numbers; other scripts are not checked
    if (extra && inWordSet(w, extra)) return true;
    if (this.user.words.size && this.listHas(this.user, w)) return true;
    let ok = this.cache.get(w);
    if (ok === undefined) {
      ok = this.base(w);
      if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(w, ok);
    }
    if (ok || depth > 3) return ok;
    if (COMPOSITE.test(w)) {
      const parts = w.split(/[-/.+&_]/);
      if (parts.length > 1) {
        return parts.every(
          (p, i) =>
            p === '' ||
            (i < parts.length - 1 && PREFIXES.has(p.toLowerCase())) ||
            this.check(p, extra, depth + 1),
        );
      }
    }
    if (CAMEL.test(w)) {
      const parts = w
        .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
        .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
        .split(' ');
      if (parts.length > 1) return parts.every((p) => this.check(p, extra, depth + 1));
    }
    return false;
  }

  private listHas(list: WordList, w: string): boolean {
    if (list.has(w)) return true;
    const base = stripPossessive(w);
    return base !== undefined && list.has(base);
  }

  /** Dictionary, acronym, vocabulary, British and accent rules for one token (cached by the caller). */
  private base(w: string): boolean {
    if (this.sp.correct(w)) return true;
    if (ACRONYM.test(w)) return true;
    const possessive = stripPossessive(w);
    if (possessive !== undefined) return possessive.length > 0 && this.base(possessive);
    const lower = w.toLowerCase();
    if (this.vocab.has(w)) return true;
    // British spellings: only for lower-case, Capitalised or ALL-CAPS tokens
    const cased = w === lower || w.slice(1) === lower.slice(1) || w === w.toUpperCase();
    if (cased) {
      for (const us of americanForms(lower)) if (this.sp.correct(us) || this.vocab.has(us)) return true;
    }
    // accents: café, naïve, résumé (the dictionary has them without accents)
    if (/[^\x00-\x7F]/.test(w)) {
      const plain = w.normalize('NFD').replace(/\p{M}/gu, '');
      if (plain !== w && /^[\x00-\x7F]+$/.test(plain)) return this.base(plain);
    }
    return false;
  }

  suggest(word: string, max = 5, extraWords?: ReadonlySet<string>): string[] {
    const w = normalizeWord(word);
    if (!w || max <= 0) return [];
    // possessive: suggest for the stem and put the 's back
    const possessive = stripPossessive(w);
    if (possessive && !this.check(possessive, extraWords, 0)) {
      const tail = w.slice(possessive.length);
      return this.suggest(possessive, max, extraWords).map((s) => s + tail);
    }
    // compound: fix the one misspelled part
    if (COMPOSITE.test(w)) {
      const parts = w.split(/([-/.+&_])/);
      const bad = parts.map((p, i) => i % 2 === 0 && p !== '' && !this.check(p, extraWords, 0));
      if (bad.filter(Boolean).length === 1 && parts.length > 1) {
        const at = bad.indexOf(true);
        return this.suggest(parts[at], max, extraWords).map((s) => [...parts.slice(0, at), s, ...parts.slice(at + 1)].join(''));
      }
    }
    let extra: Map<string, string> | undefined;
    const addExtra = (l: string): void => {
      extra ??= new Map();
      if (!extra.has(l)) extra.set(l, l);
    };
    if (extraWords) for (const l of extraWords) addExtra(l);
    const src: CandidateSource = {
      known: (l) => this.known(l),
      plain: (l) => this.suggestible(l),
      replacements: this.replacements,
    };
    return rankSuggestions(w, src, max, extra);
  }

  /** Display form of a known lower-case word that may be suggested. */
  private known(lower: string): string | undefined {
    if (this.suggestible(lower)) return lower;
    return this.properNouns().get(lower) ?? this.vocab.words.get(lower);
  }

  private suggestible(form: string): boolean {
    const codes = this.sp.data[form];
    if (!codes) return false;
    if (this.noSuggest !== undefined && codes.includes(this.noSuggest)) return false;
    if (this.onlyInCompound !== undefined && codes.includes(this.onlyInCompound)) return false;
    return true;
  }

  /** lower-case -> dictionary form, for words the dictionary has only capitalised (February, NASA). */
  private proper: Map<string, string> | undefined;
  /** Builds the index used by suggest() in slices, so that neither preload nor the first suggestion blocks long. */
  async warmSuggestions(pause: () => Promise<void>): Promise<void> {
    const keys = Object.keys(this.sp.data);
    const map = new Map<string, string>();
    for (let i = 0; i < keys.length && !this.proper; i += 10_000) {
      this.indexProperNouns(keys, i, Math.min(keys.length, i + 10_000), map);
      await pause();
    }
    this.proper ??= map;
  }
  private properNouns(): Map<string, string> {
    if (!this.proper) {
      const keys = Object.keys(this.sp.data);
      this.proper = this.indexProperNouns(keys, 0, keys.length, new Map());
    }
    return this.proper;
  }
  private indexProperNouns(keys: string[], from: number, to: number, map: Map<string, string>): Map<string, string> {
    for (let i = from; i < to; i++) {
      const form = keys[i];
      const l = form.toLowerCase();
      if (l !== form && !this.sp.data[l] && !map.has(l) && this.suggestible(form)) map.set(l, form);
    }
    return map;
  }
}

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
