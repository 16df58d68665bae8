// The bake-off's other storage backends, behind the same WordSet API as wordset.ts (the case
// rules, ordinals and display/isPlain logic are shared: only the record store differs).
//
// npm packages needed (bundled by bench.mjs with esbuild, resolved from the bake-off directory):
// cspell-trie-lib (loadCspell), nspell (loadNspell, today's engine, as the baseline). list and
// set need nothing.
//   a. loadList    the records as ONE string, sorted; binary search straight on the string (no
//                  line index: a probe jumps into the middle and backs up to the line start)
//   b. loadSet     the same records split into a Set at load (display records in a Map)
//   d. loadCspell  cspell-trie-lib's binary trie (decodeTrie) of the same records
//      loadNspell  nspell over index.aff/index.dic, plus the Speller's proper-noun index, i.e.
//                  what the server does today (correct(), data, flags, replacementTable)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeTrie } from 'cspell-trie-lib';
import { readContainer, recordOf, wordSetFromStore, type RecordStore, type WordSet } from '../../server/src/core/language/spelling/wordset';

const NL = 10;

function listStore(text: string): RecordStore {
  const n = text.length;
  /** Compares the line starting at s with key (line < key: negative). */
  const cmp = (s: number, key: string): number => {
    const m = key.length;
    for (let i = 0; ; i++) {
      const a = s + i < n ? text.charCodeAt(s + i) : NL;
      if (i === m) return a === NL ? 0 : 1;
      if (a === NL) return -1;
      const d = a - key.charCodeAt(i);
      if (d !== 0) return d;
    }
  };
  /** Start of the first line >= key. */
  const lowerBound = (key: string): number => {
    let lo = 0;
    let hi = n + 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = text.lastIndexOf('\n', mid - 1) + 1;
      if (cmp(s, key) < 0) {
        const e = text.indexOf('\n', s);
        lo = e < 0 ? n + 1 : e + 1;
      } else hi = s;
    }
    return lo;
  };
  const nextLine = (s: number): number => {
    const e = text.indexOf('\n', s);
    return e < 0 ? n + 1 : e + 1;
  };
  return {
    has(lower, code) {
      const key = recordOf(lower, code);
      if (key === undefined) return false;
      const s = lowerBound(key);
      return s < n && cmp(s, key) === 0;
    },
    probe(lower) {
      if (recordOf(lower, '') === undefined) return 0;
      // lower, lower\x01…, lower\x02…, lower\x03 are adjacent lines
      let s = lowerBound(lower);
      let bits = 0;
      if (s < n && cmp(s, lower) === 0) {
        bits |= 1;
        s = nextLine(s);
      }
      while (s < n && text.startsWith(lower, s)) {
        const c = text.charCodeAt(s + lower.length);
        if (c > 3) break;
        if (c === 2) bits |= 4;
        else if (c === 3) bits |= 2;
        s = nextLine(s);
      }
      return bits;
    },
    displayCode(lower) {
      const prefix = lower + '\x02';
      const s = lowerBound(prefix);
      if (s >= n || !text.startsWith(prefix, s)) return undefined;
      const e = text.indexOf('\n', s);
      return text.slice(s + prefix.length, e < 0 ? n : e);
    },
  };
}

function payloadText(file: string): { header: ReturnType<typeof readContainer>['header']; text: string } {
  const { header, payload } = readContainer(readFileSync(file));
  return { header, text: Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength).toString('latin1') };
}

export function loadList(file: string): WordSet {
  const { header, text } = payloadText(file);
  return wordSetFromStore(header, listStore(text));
}

export function loadSet(file: string): WordSet {
  const { header, text } = payloadText(file);
  const set = new Set<string>();
  const display = new Map<string, string>();
  for (const line of text.split('\n')) {
    const i = line.indexOf('\x02');
    if (i >= 0) display.set(line.slice(0, i), line.slice(i + 1));
    else set.add(line);
  }
  return wordSetFromStore(header, {
    has(lower, code) {
      const key = recordOf(lower, code);
      return key !== undefined && set.has(key);
    },
    probe(lower) {
      if (recordOf(lower, '') === undefined) return 0;
      return (set.has(lower) ? 1 : 0) | (set.has(lower + '\x03') ? 2 : 0) | (display.has(lower) ? 4 : 0);
    },
    displayCode: (lower) => display.get(lower),
  });
}

export function loadCspell(file: string): WordSet {
  const { header, payload } = readContainer(readFileSync(file));
  const trie = decodeTrie(payload as Uint8Array<ArrayBuffer>);
  const displayCode = (lower: string): string | undefined => {
    const p = lower + '\x02';
    for (const w of trie.completeWord(p)) if (w.startsWith(p) && w.length > p.length) return w.slice(p.length);
    return undefined;
  };
  return wordSetFromStore(header, {
    has(lower, code) {
      const key = recordOf(lower, code);
      return key !== undefined && trie.has(key);
    },
    probe(lower) {
      if (recordOf(lower, '') === undefined) return 0;
      return (trie.has(lower) ? 1 : 0) | (trie.has(lower + '\x03') ? 2 : 0) | (displayCode(lower) !== undefined ? 4 : 0);
    },
    displayCode,
  });
}

/** The part of nspell 2.1.5 the Speller uses. */
interface NSpell {
  correct(word: string): boolean;
  data: Record<string, string[] | undefined>;
  flags: Record<string, unknown>;
  replacementTable: [string, string][];
}

/** Today's engine: nspell, with the Speller's suggestible()/properNouns() built eagerly. */
export function loadNspell(dictDir: string): WordSet & { sp: NSpell } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nspell = require('nspell') as (aff: string, dic: string) => NSpell;
  const sp = nspell(readFileSync(join(dictDir, 'index.aff'), 'utf8'), readFileSync(join(dictDir, 'index.dic'), 'utf8'));
  const flag = (k: string): string | undefined => (typeof sp.flags[k] === 'string' ? (sp.flags[k] as string) : undefined);
  const noSuggest = flag('NOSUGGEST');
  const only = flag('ONLYINCOMPOUND');
  const suggestible = (form: string): boolean => {
    const codes = sp.data[form];
    if (!codes) return false;
    if (noSuggest !== undefined && codes.includes(noSuggest)) return false;
    if (only !== undefined && codes.includes(only)) return false;
    return true;
  };
  const proper = new Map<string, string>();
  for (const form of Object.keys(sp.data)) {
    const l = form.toLowerCase();
    if (l !== form && !sp.data[l] && !proper.has(l) && suggestible(form)) proper.set(l, form);
  }
  return {
    sp,
    dialect: '',
    size: Object.keys(sp.data).length,
    replacements: sp.replacementTable.filter((r) => typeof r[0] === 'string' && typeof r[1] === 'string'),
    has: (w) => sp.correct(w),
    isPlain: suggestible,
    display: (l) => (suggestible(l) ? l : proper.get(l)),
  };
}

export { loadWordSet as loadDawg } from '../../server/src/core/language/spelling/wordset';
