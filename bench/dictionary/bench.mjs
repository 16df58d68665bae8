#!/usr/bin/env node
// The bake-off: builds every candidate form of the en_US word set, then measures them side by side
// in fresh processes, interleaved (round-robin, shuffled each round) so that a noisy machine hits
// all candidates alike. Prints a Markdown table and writes out/bench.json.
//
// npm packages needed (in the current directory's node_modules; not the project's): nspell,
// dictionary-en, dictionary-en-gb, dictionary-en-ca, dictionary-en-au, cspell-trie-lib, esbuild.
//   cd /tmp/dict-bakeoff && node /work/main/bench/dictionary/bench.mjs [--runs 7]
//
// Per candidate: build time (in-process, median of 3: expansion shared by all, then packing),
// file size raw and gzip -9, load time in a fresh process (require of its bundle + load + first
// lookup; median of N) and spawn-to-exit of that process minus spawn-to-exit of an empty one
// (median of N), RSS / heap / external memory added by the load (after full GCs), lookup time
// (median over 1,000 chunks of 100 calls, after a warm-up pass, of 100,000 has() calls on the
// tokens of real notes and of 100,000 display()/isPlain() calls on a suggester's candidates).
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildModel } from '../../scripts/dictionary/expand.mjs';
import { buildWordSet, DIALECTS, packageDir, readDialect } from '../../scripts/dictionary/build-wordset.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(process.cwd(), 'out');
mkdirSync(join(out, 'bundles'), { recursive: true });
const args = process.argv.slice(2);
const RUNS = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 7);
const log = (s) => process.stderr.write(`bench: ${s}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const result = { started: new Date().toISOString(), uptimeStart: uptime(), node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, runs: RUNS };
log(result.uptimeStart);

// ---------------------------------------------------------------------------------------------
// 1. build every form (median of 3 in-process builds each)

const en = readDialect('en');
const files = {};
const builds = {};
for (const format of ['list', 'dawg', 'cspell']) {
  const expand = [];
  const pack = [];
  let bytes;
  for (let i = 0; i < 3; i++) {
    const r = await buildWordSet({ ...en, dialect: 'en', format });
    expand.push(r.ms.expand);
    pack.push(r.ms.pack);
    bytes = r.bytes;
  }
  const file = join(out, `en.${format === 'dawg' ? 'tws' : format}`);
  writeFileSync(file, bytes);
  files[format] = file;
  builds[format] = { expandMs: median(expand), packMs: median(pack), bytes: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
  log(`built ${format}: ${bytes.byteLength} bytes, expand ${median(expand).toFixed(0)} ms, pack ${median(pack).toFixed(0)} ms`);
}
// the other dialects, DAWG only
const dialects = {};
for (const d of Object.keys(DIALECTS)) {
  const src = readDialect(d);
  const times = [];
  let r;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    r = await buildWordSet({ ...src, dialect: d, format: 'dawg' });
    times.push(performance.now() - t);
  }
  const file = join(out, `${d}.tws`);
  writeFileSync(file, r.bytes);
  dialects[d] = { source: src.source, file, buildMs: median(times), bytes: r.bytes.byteLength, gzip: gzipSync(r.bytes, { level: 9 }).byteLength, forms: r.model.stats.forms, records: r.model.stats.records, dicBytes: Buffer.byteLength(src.dic) };
}

// ---------------------------------------------------------------------------------------------
// 2. one bundle per candidate (what the server would ship), and nspell's raw files for comparison

const CANDIDATES = {
  nspell: { fn: 'loadNspell', data: packageDir('dictionary-en'), label: 'nspell + .aff/.dic (today)' },
  list: { fn: 'loadList', data: files.list, label: 'a. sorted list, one string, binary search' },
  set: { fn: 'loadSet', data: files.list, label: 'b. Set built from the list at load' },
  dawg: { fn: 'loadDawg', data: files.dawg, label: 'c. DAWG in a Uint8Array (wordset.ts)' },
  cspell: { fn: 'loadCspell', data: files.cspell, label: 'd. cspell-trie-lib 10.4.1 BTrie (decodeTrie)' },
};
for (const [name, c] of Object.entries(CANDIDATES)) {
  c.bundle = join(out, 'bundles', `${name}.cjs`);
  await build({
    stdin: { contents: `export { ${c.fn} as load } from ${JSON.stringify(join(here, 'candidates.ts'))};`, resolveDir: here, loader: 'ts' },
    outfile: c.bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    minify: true,
    nodePaths: [join(process.cwd(), 'node_modules')],
    logLevel: 'warning',
  });
  c.bundleBytes = statSync(c.bundle).size;
}
builds.nspell = {
  bytes: statSync(join(CANDIDATES.nspell.data, 'index.aff')).size + statSync(join(CANDIDATES.nspell.data, 'index.dic')).size,
  gzip: gzipSync(Buffer.concat([readFileSync(join(CANDIDATES.nspell.data, 'index.aff')), readFileSync(join(CANDIDATES.nspell.data, 'index.dic'))]), { level: 9 }).byteLength,
};
builds.set = builds.list;

// ---------------------------------------------------------------------------------------------
// 3. the lookup mix

const TOKEN = /[\p{L}\p{N}]+(?:['’\-./&][\p{L}\p{N}]+)*/gu;
const textFiles = [
  join(root, 'bench/texts/typical.thanks'),
  join(root, 'bench/texts/long.thanks'),
  join(root, 'test/fixtures/clean-professional.txt'),
  join(root, 'bench/texts/stress-10k.thanks'),
];
const tokens = [];
for (const f of textFiles) {
  for (const t of readFileSync(f, 'utf8').match(TOKEN) ?? []) {
    for (const p of t.replace(/’/g, "'").split(/[-/.&]/)) if (/\p{L}/u.test(p)) tokens.push(p.replace(/'s$/i, ''));
  }
}
const hasMix = Array.from({ length: 100_000 }, (_, i) => tokens[i % tokens.length]);
const fixture = readFileSync(join(root, 'test/fixtures/misspellings.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t')[0].toLowerCase());
const cand = [];
for (const w of fixture) {
  for (let i = 0; i <= w.length; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (b) cand.push(a + b.slice(1));
    if (b.length > 1) cand.push(a + b[1] + b[0] + b.slice(2));
    for (const c of 'abcdefghijklmnopqrstuvwxyz') {
      if (b) cand.push(a + c + b.slice(1));
      cand.push(a + c + b);
    }
  }
}
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const displayMix = Array.from({ length: 100_000 }, () => cand[Math.floor(rnd() * cand.length)]);
const mixFile = join(out, 'mix.json');
writeFileSync(mixFile, JSON.stringify({ has: hasMix, display: displayMix, fresh: fixture }));
result.mix = { tokens: tokens.length, textFiles: textFiles.map((f) => f.slice(root.length + 1)), suggesterCandidates: cand.length };

// ---------------------------------------------------------------------------------------------
// 4. fresh processes, round-robin

const probe = join(here, 'probe.cjs');
function run(bundle, data, mix) {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--expose-gc', probe, bundle, data ?? '-', ...(mix ? [mix] : [])], { encoding: 'utf8' });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`probe failed: ${r.stderr}`);
  return { ...JSON.parse(r.stdout.trim().split('\n').pop()), wallMs: wall };
}
const names = ['baseline', ...Object.keys(CANDIDATES)];
const samples = Object.fromEntries(names.map((n) => [n, { load: [], full: [] }]));
for (let round = 0; round < RUNS; round++) {
  const order = [...names].sort(() => rnd() - 0.5);
  for (const n of order) {
    const c = CANDIDATES[n];
    samples[n].load.push(run(c?.bundle ?? '-', c?.data));
  }
  for (const n of order) {
    if (n === 'baseline') continue;
    const c = CANDIDATES[n];
    samples[n].full.push(run(c.bundle, c.data, mixFile));
  }
  log(`round ${round + 1}/${RUNS} done`);
}
// the other dialects: load time of their DAWG files (in-process, median of RUNS), interleaved
const dialectLoads = Object.fromEntries(Object.keys(DIALECTS).map((d) => [d, []]));
for (let round = 0; round < RUNS; round++) {
  for (const d of Object.keys(DIALECTS)) dialectLoads[d].push(run(CANDIDATES.dawg.bundle, dialects[d].file));
}
for (const d of Object.keys(DIALECTS)) {
  dialects[d].loadMs = median(dialectLoads[d].map((s) => s.loadMs));
  dialects[d].rssAdded = median(dialectLoads[d].map((s) => s.rssAdded));
}

const base = samples.baseline.load;
const baseWall = median(base.map((s) => s.wallMs));
const rows = {};
for (const n of Object.keys(CANDIDATES)) {
  const L = samples[n].load;
  const F = samples[n].full;
  rows[n] = {
    label: CANDIDATES[n].label,
    bundleBytes: CANDIDATES[n].bundleBytes,
    ...builds[n],
    loadMs: median(L.map((s) => s.loadMs)),
    spawnMinusEmptyMs: median(L.map((s) => s.wallMs)) - baseWall,
    rssAdded: median(L.map((s) => s.rssAdded)),
    rssVsEmpty: median(L.map((s) => s.rss)) - median(base.map((s) => s.rss)),
    heapAdded: median(L.map((s) => s.heapAdded)),
    externalAdded: median(L.map((s) => s.externalAdded)),
    hasNs: median(F.map((s) => s.has.medianNs)),
    hasMeanNs: median(F.map((s) => s.has.meanNs)),
    displayNs: median(F.map((s) => s.display.medianNs)),
    displayMeanNs: median(F.map((s) => s.display.meanNs)),
    isPlainNs: median(F.map((s) => s.isPlain.medianNs)),
    freshNs: median(F.map((s) => s.fresh.medianNs)),
    hasHits: F[0].has.hits,
    displayHits: F[0].display.hits,
  };
}
result.baseline = { wallMs: baseWall, rss: median(base.map((s) => s.rss)) };
result.rows = rows;
result.dialects = dialects;
result.uptimeEnd = uptime();
writeFileSync(join(out, 'bench.json'), JSON.stringify({ ...result, samples }, null, 1));

// ---------------------------------------------------------------------------------------------
// 5. report

const kb = (b) => (b === undefined ? '–' : `${(b / 1024).toFixed(0)} KB`);
const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
const f1 = (x) => (x === undefined || Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const lines = [];
lines.push(`Measured ${result.started} on ${result.cpu} (${result.cpus} cores), Node ${result.node}; ${RUNS} fresh processes per figure, interleaved.`);
lines.push(`uptime at start: \`${result.uptimeStart}\`; at end: \`${result.uptimeEnd}\`.`);
lines.push(`Empty Node process: spawn-to-exit ${f1(baseWall)} ms, RSS ${mb(result.baseline.rss)}.`);
lines.push('');
lines.push('| form | build (expand + pack) | file raw / gzip | code (min. bundle) | load in process | spawn − empty | RSS added | heap added | external added | has() ns (median / mean) | display() ns (median / mean) | isPlain() ns | display() ns, fresh strings |');
lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const [n, r] of Object.entries(rows)) {
  const buildCell = r.packMs !== undefined ? `${f1(r.expandMs)} + ${f1(r.packMs)} ms` : '– (parses .aff/.dic at load)';
  lines.push(
    `| ${r.label} | ${buildCell} | ${kb(r.bytes)} / ${kb(r.gzip)} | ${kb(r.bundleBytes)} | ${f1(r.loadMs)} ms | ${f1(r.spawnMinusEmptyMs)} ms | ${mb(r.rssAdded)} | ${mb(r.heapAdded)} | ${mb(r.externalAdded)} | ${f1(r.hasNs)} / ${f1(r.hasMeanNs)} | ${f1(r.displayNs)} / ${f1(r.displayMeanNs)} | ${f1(r.isPlainNs)} | ${f1(r.freshNs)} |`,
  );
}
lines.push('');
lines.push('| dialect | source | .dic | forms | records | DAWG raw / gzip | build | load in process | RSS added |');
lines.push('|---|---|---|---|---|---|---|---|---|');
for (const [d, r] of Object.entries(dialects)) {
  lines.push(`| ${d} | ${r.source} | ${kb(r.dicBytes)} | ${r.forms} | ${r.records} | ${kb(r.bytes)} / ${kb(r.gzip)} | ${f1(r.buildMs)} ms | ${f1(r.loadMs)} ms | ${mb(r.rssAdded)} |`);
}
lines.push('');
lines.push(`Mix: has() over ${tokens.length} tokens of ${result.mix.textFiles.join(', ')} (hyphen parts split, possessive stripped), cycled to 100,000 calls (${rows.dawg.hasHits} hits); display()/isPlain() over 100,000 single edits of the fixture misspellings (${rows.dawg.displayHits} with a display form), the same 100,000 strings every pass; "fresh strings": every insertion and substitution of the ${fixture.length} fixture misspellings built anew for each call (string building included), median of 5 passes.`);
const md = lines.join('\n');
writeFileSync(join(out, 'bench.md'), md + '\n');
console.log(md);
