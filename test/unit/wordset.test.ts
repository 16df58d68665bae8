// The packed word sets (server/out/dict/<dialect>.tws, built by scripts/dictionary) accept exactly
// what nspell accepts over the same Hunspell files. Here on a sample: every 40th dictionary entry
// with its affixed forms in four casings, single-letter edits of 400 of them, the misspelling
// list both ways, ordinals and odd strings. THANKS_EQUIVALENCE=full compares every form and every
// single edit of 4,000 entries (minutes; bench/dictionary/equivalence.mjs has the 22-million-string run).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { locateWordSet } from '../../server/src/core/language/spelling/locate';
import { loadWordSet, type WordSet } from '../../server/src/core/language/spelling/wordset';
import type { Dialect } from '../../server/src/core/language/dialect';

const requireHere = createRequire(__filename);
const FULL = process.env.THANKS_EQUIVALENCE === 'full';
const PACKAGES: Record<Dialect, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb', 'en-CA': 'dictionary-en-ca', 'en-AU': 'dictionary-en-au' };

interface NSpell {
  correct(word: string): boolean;
  data: Record<string, unknown>;
}

function nspellFor(dialect: Dialect): NSpell {
  const dir = join(__dirname, '..', '..', 'node_modules', PACKAGES[dialect]);
  const nspell = requireHere('nspell') as (aff: string, dic: string) => NSpell;
  return nspell(readFileSync(join(dir, 'index.aff'), 'utf8'), readFileSync(join(dir, 'index.dic'), 'utf8'));
}

const casings = (w: string): string[] => [w, w.toLowerCase(), w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(), w.replace(/'/g, '’')];
function edits(w: string): string[] {
  const out: string[] = [];
  const letters = "abcdefghijklmnopqrstuvwxyz'";
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length) out.push(w.slice(0, i) + w.slice(i + 1));
    if (i + 1 < w.length) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    for (const c of letters) {
      if (i < w.length) out.push(w.slice(0, i) + c + w.slice(i + 1));
      out.push(w.slice(0, i) + c + w.slice(i));
    }
  }
  return out;
}

function compare(sp: NSpell, ws: WordSet, strings: Iterable<string>): { compared: number; accepted: number; differences: string[] } {
  let compared = 0;
  let accepted = 0;
  const differences: string[] = [];
  for (const s of strings) {
    compared++;
    const want = sp.correct(s);
    if (want) accepted++;
    if (ws.has(s) !== want && differences.length < 20) differences.push(`${JSON.stringify(s)}: nspell ${want}`);
  }
  return { compared, accepted, differences };
}

function* sample(sp: NSpell, every: number, editEvery: number): Generator<string> {
  const keys = Object.keys(sp.data);
  for (let i = 0; i < keys.length; i += every) {
    yield* casings(keys[i]);
    if (i % (every * editEvery) === 0) yield* edits(keys[i].toLowerCase());
  }
  const tsv = readFileSync(join(__dirname, '..', 'fixtures', 'misspellings.tsv'), 'utf8');
  for (const line of tsv.split('\n')) if (line && !line.startsWith('#')) for (const w of line.split(/[\t ]/)) yield* casings(w);
  for (let n = 0; n <= 130; n++) for (const suffix of ['st', 'nd', 'rd', 'th', 'TH', 'St']) yield `${n}${suffix}`;
  yield* ['x11thy', '1th', '00th', ' interview ', 'monday\x01C', 'fuck\x03', 'straße', 'İstanbul', 'ﬁle', 'naïve', 'iPod', 'IPOD', 'NASA', 'Nasa', ''];
}

describe('packed word sets: the same answers as nspell', function () {
  this.timeout(FULL ? 1_800_000 : 120_000);
  for (const dialect of FULL ? (Object.keys(PACKAGES) as Dialect[]) : (['en-US', 'en-GB'] as Dialect[])) {
    it(`${dialect}: ${FULL ? 'every form, every single edit of 4,000 entries' : 'a sample of forms, edits, the misspelling list and ordinals'}`, () => {
      const sp = nspellFor(dialect);
      const ws = loadWordSet(locateWordSet(dialect));
      const r = compare(sp, ws, sample(sp, FULL ? 1 : 40, FULL ? 30 : 10));
      assert.deepEqual(r.differences, [], `${r.differences.length} differences in ${r.compared} strings`);
      assert.ok(r.compared > (FULL ? 500_000 : 20_000) && r.accepted > r.compared / 10, `a meaningful sample: ${r.compared} strings, ${r.accepted} accepted`);
      if (process.env.THANKS_TEST_VERBOSE) console.log(`      ${dialect}: ${r.compared} strings, ${r.accepted} accepted by nspell, 0 differences`);
    });
  }
});
