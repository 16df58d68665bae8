// The speller: a dialect's packed word set plus acronyms, the workplace vocabulary, British
// spellings (outside en-US), accents, compounds and camelCase, with a bounded cache; suggestions
// ranked by ./suggest.
import { americanForms } from './british';
import type { WordSet } from './wordset';
import { rankSuggestions, type CandidateSource } from './suggest';
import { COMPOSITE, inWordSet, normalizeWord, stripPossessive, WordList } from './word-lists';

export interface Speller {
  /** True when the word is spelled correctly (see the rules in ./index). */
  isCorrect(word: string, extraWords?: ReadonlySet<string>): boolean;
  /** Ranked suggestions, best first, at most `max`; in the case of the input ("Definately" -> "Definitely"). */
  suggest(word: string, max?: number, extraWords?: ReadonlySet<string>): string[];
  /** Replaces the user's own word list (any case; matched case-insensitively with inflections). */
  setUserWords(words: Iterable<string>): void;
  /** In en-US, the American spelling of a British form the dictionary rejects ("Colour" -> "Color"). */
  americanFor(word: string): string | undefined;
  /**
   * True when the word is right by the dictionary alone (its words, acronyms, the workplace
   * vocabulary, numbers, other scripts), whatever the user's and the note's own words: then isCorrect
   * is true for it with any of those. False says nothing (compounds and camelCase are not split here).
   */
  knows(word: string): boolean;
}

const CACHE_MAX = 20_000;
const KNOWN_AS_WRITTEN_MAX = 50_000;
const HAS_LATIN = /\p{Script=Latin}/u;
const HAS_DIGIT = /\d/;
const ACRONYM = /^\p{Lu}{2,6}s?$/u;
const CAMEL = /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u;
const PREFIXES = new Set([
  'pre', 'co', 're', 'non', 'multi', 'self', 'cross', 'sub', 'semi', 'anti', 'post', 'mid', 'inter',
  'ex', 'e', 'de', 'un', 'bi', 'tri', 'pro', 'counter', 'over', 'under', 'micro', 'macro', 'mini',
  'meta', 'hyper', 'ultra', 'intra', 'extra', 'neo', 'pseudo', 'quasi', 'mis', 'dis', 'out', 'up',
  'eco', 'geo', 'bio', 'tele', 'auto', 'mega', 'hypo', 'infra', 'trans', 'omni', 'poly', 'mono',
]);


/** Numbers and other scripts than Latin are not checked: right as they are. */
const unchecked = (w: string) => !w || HAS_DIGIT.test(w) || !HAS_LATIN.test(w);

// ---------------------------------------------------------------------------------------------
// The speller

export class SpellerImpl implements Speller {
  private readonly cache = new Map<string, boolean>();
  /** The words as written that knows() accepted; bounded (started over when full). */
  private readonly knownAsWritten = new Set<string>();
  private user = new WordList();
  private readonly replacements: readonly (readonly [string, string])[];

  constructor(
    private readonly words: WordSet,
    private readonly vocab: WordList,
    /** Accept British spellings the dictionary lacks through their American form (not in en-US). */
    private readonly britishToo: boolean,
  ) {
    this.replacements = words.replacements;
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

  knows(word: string): boolean {
    // most words of every note are the dictionary's: each is normalised and looked up once as written
    if (this.knownAsWritten.has(word)) return true;
    const w = normalizeWord(word);
    const ok = unchecked(w) || this.dictionaryVerdict(w);
    if (ok) {
      if (this.knownAsWritten.size >= KNOWN_AS_WRITTEN_MAX) this.knownAsWritten.clear();
      this.knownAsWritten.add(word);
    }
    return ok;
  }

  /** The dictionary's own verdict on a normalised token (base), cached. */
  private dictionaryVerdict(w: string): boolean {
    let ok = this.cache.get(w);
    if (ok === undefined) {
      ok = this.base(w);
      if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(w, ok);
    }
    return ok;
  }

  private check(w: string, extra: ReadonlySet<string> | undefined, depth: number): boolean {
    if (unchecked(w)) return true;
    // the dictionary's verdict first: most words are in it, and the note's and the user's words can only add
    if (this.cache.get(w) === true) return true;
    if (extra && inWordSet(w, extra)) return true;
    if (this.user.words.size && this.listHas(this.user, w)) return true;
    const ok = this.dictionaryVerdict(w);
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
    if (this.words.has(w)) return true;
    if (ACRONYM.test(w)) return true;
    const possessive = stripPossessive(w);
    if (possessive !== undefined) return possessive.length > 0 && this.base(possessive);
    const lower = w.toLowerCase();
    if (this.vocab.has(w)) return true;
    // British spellings the dictionary lacks: only for lower-case, Capitalised or ALL-CAPS tokens
    const cased = w === lower || w.slice(1) === lower.slice(1) || w === w.toUpperCase();
    if (cased && this.britishToo) {
      for (const us of americanForms(lower)) if (this.words.has(us) || this.vocab.has(us)) return true;
    }
    // accents: café, naïve, résumé (the dictionary has them without accents)
    if (/[^\x00-\x7F]/.test(w)) {
      const plain = w.normalize('NFD').replace(/\p{M}/gu, '');
      if (plain !== w && /^[\x00-\x7F]+$/.test(plain)) return this.base(plain);
    }
    return false;
  }

  americanFor(word: string): string | undefined {
    if (this.britishToo) return undefined;
    const w = normalizeWord(word);
    const lower = w.toLowerCase();
    if (!(w === lower || w.slice(1) === lower.slice(1) || w === w.toUpperCase())) return undefined;
    const us = americanForms(lower).find((f) => this.words.has(f) || this.vocab.has(f));
    if (us === undefined) return undefined;
    return w === lower ? us : w.length > 1 && w === w.toUpperCase() ? us.toUpperCase() : us.charAt(0).toUpperCase() + us.slice(1);
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

  /** Display form of a known lower-case word that may be suggested ("february" -> "February"). */
  private known(lower: string): string | undefined {
    return this.words.display(lower) ?? this.vocab.words.get(lower);
  }

  private suggestible(form: string): boolean {
    return this.words.isPlain(form);
  }
}
