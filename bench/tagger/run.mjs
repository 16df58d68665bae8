#!/usr/bin/env node
// Tagger bake-off for the grammar checker (write-up: bench/tagger-bakeoff.md).
//
// Measures, side by side in one run, each part-of-speech tagger candidate bundled the way the server
// is bundled (esbuild, CommonJS, platform node): accuracy on the hand-tagged gold set (gold.txt),
// behaviour on the 20 learner-error probes, cold load time and added RSS in fresh processes, time per
// 500-word note, and bundle size. Also builds the prototype compact tagger's lexicon (compact/).
//
// Needs these npm packages, NOT in the project's package.json — install them anywhere and point
// --deps at the folder that holds their node_modules (default: the project root):
//   wink-nlp wink-eng-lite-web-model compromise en-pos en-lexicon pos wink-pos-tagger natural esbuild
//   e.g.  mkdir -p /tmp/tagger-bakeoff && cd /tmp/tagger-bakeoff && npm init -y && npm i <those>
//         node bench/tagger/run.mjs --deps /tmp/tagger-bakeoff
// (en-lexicon is needed only by the compact tagger's build step; esbuild is the project's own, or the
// --deps folder's.) Output: bench/tagger/results.md (and bundles, lexicon and note in bench/tmp/tagger/).
// A full run takes about 4 minutes on 2 cores (7 rounds x 10 candidates x 2 processes).
//
// usage: node bench/tagger/run.mjs [--deps DIR] [--quick] [--only a,b] [--accuracy-only] [--verbose]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readGold, sentences as splitSentences, tokenize } from './lib/gold.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const deps = resolve(opt('--deps') ?? root);
const quick = argv.includes('--quick');
const accuracyOnly = argv.includes('--accuracy-only');
const verbose = argv.includes('--verbose');
const only = opt('--only')?.split(',');
const ROUNDS = quick ? 3 : 7;
const tmp = join(root, 'bench', 'tmp', 'tagger');
mkdirSync(tmp, { recursive: true });
const log = (s) => process.stderr.write(`tagger-bench: ${s}\n`);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[(s.length - 1) >> 1] : NaN; };
const f1 = (x) => (x === undefined || Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '–');

const CANDIDATES = [
  { name: 'compact', label: 'compact tagger (prototype), data file read on first use', licence: 'MIT code; data en-lexicon MIT (Brill lexicon)', ok: true, dataKB: () => statSync(lexiconJson).size / 1024 },
  { name: 'compact-embedded', label: 'compact tagger, data embedded in the bundle', licence: 'as above', ok: true },
  { name: 'none', label: 'no tagger (harness baseline)', licence: '–', ok: true, noAcc: true },
  { name: 'compact-lexicon-only', label: 'compact, lexicon only (ablation)', licence: 'as above', ok: true, noPerf: true },
  { name: 'wink-nlp', label: 'wink-nlp + eng-lite-web-model', licence: 'MIT', ok: true },
  { name: 'compromise', label: 'compromise (default)', licence: 'MIT', ok: true },
  { name: 'compromise-two', label: 'compromise/two', licence: 'MIT', ok: true },
  { name: 'en-pos', label: 'en-pos + en-lexicon', licence: 'MIT (package.json; no licence file in en-pos)', ok: true },
  { name: 'wink-pos-tagger', label: 'wink-pos-tagger', licence: 'MIT (data: fnTBL MIT-style, WordNet)', ok: true },
  { name: 'pos', label: 'pos (pos-js)', licence: 'LGPL-3.0 ✗', ok: false },
  { name: 'natural-brill', label: 'natural BrillPOSTagger', licence: 'MIT code, LGPL pos-js data ✗', ok: false },
].filter((c) => !only || only.includes(c.name));

// ---------------------------------------------------------------------------------------------
// 1. Build the compact tagger's lexicon and bundle every candidate like the server is bundled

// the project's esbuild (a devDependency); the --deps folder's if the project's is not installed
const esbuildPath = (() => { try { return createRequire(join(root, 'noop.js')).resolve('esbuild'); } catch { return createRequire(join(deps, 'noop.js')).resolve('esbuild'); } })();
const { build } = await import(pathToFileURL(esbuildPath).href);
const nodePaths = [join(deps, 'node_modules'), join(root, 'node_modules')];
const lexiconModule = join(tmp, 'lexicon.generated.js');
await build({ entryPoints: [join(here, 'compact', 'build.ts')], outfile: join(tmp, 'build.cjs'), bundle: true, platform: 'node', format: 'cjs', target: 'node18', logLevel: 'warning' });
const tb = performance.now();
const lexiconJson = join(tmp, 'tagger-lexicon.txt');
const built = spawnSync(process.execPath, [join(tmp, 'build.cjs'), lexiconModule, '--deps', deps], { encoding: 'utf8' });
if (built.status !== 0) throw new Error(`compact lexicon build failed:\n${built.stderr}`);
const builtJson = spawnSync(process.execPath, [join(tmp, 'build.cjs'), lexiconJson, '--deps', deps], { encoding: 'utf8' });
if (builtJson.status !== 0) throw new Error(`compact lexicon build failed:\n${builtJson.stderr}`);
const buildStats = JSON.parse(built.stdout.trim().split('\n').pop());
buildStats.ms = performance.now() - tb;
log(`compact lexicon: ${buildStats.keptEntries} entries, ${(buildStats.bytes / 1024).toFixed(0)} KB (from ${buildStats.sourceEntries}) in ${buildStats.ms.toFixed(0)} ms`);

for (const c of CANDIDATES) {
  const common = {
    entryPoints: [join(here, 'adapters', `${c.name}.mjs`)], bundle: true, platform: 'node', format: 'cjs', target: 'node18',
    nodePaths, alias: { 'thanks-tagger-lexicon': lexiconModule }, logLevel: 'error',
    define: { 'import.meta.url': '__importMetaUrl', __TAGGER_LEXICON_FILE__: JSON.stringify(lexiconJson) }, banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  };
  c.bundle = join(tmp, `${c.name}.cjs`);
  await build({ ...common, outfile: c.bundle });
  c.bundleKB = statSync(c.bundle).size / 1024 + (c.dataKB ? c.dataKB() : 0); // + a data file shipped beside the bundle
  await build({ ...common, outfile: join(tmp, `${c.name}.min.cjs`), minify: true });
  c.bundleMinKB = statSync(join(tmp, `${c.name}.min.cjs`)).size / 1024 + (c.dataKB ? c.dataKB() : 0);
}

// ---------------------------------------------------------------------------------------------
// 2. Accuracy on the gold set

const gold = readGold(join(here, 'gold.txt'));
const blind = readGold(join(here, 'gold-blind.txt'));
const GROUPS = {
  'verb forms': (g) => g.some((t) => ['VB', 'VBZ', 'VBD', 'VBN', 'VBG', 'MD'].includes(t)),
  'nouns sg/pl': (g) => g.some((t) => ['NN', 'NNS'].includes(t)),
  'adj vs participle': (g, tok) => /(?:ed|ing)$/i.test(tok.text) && g.some((t) => ['ADJ', 'VBN', 'VBD', 'VBG'].includes(t)) && !['being', 'during', 'nothing', 'something', 'thing', 'morning', 'evening'].includes(tok.text.toLowerCase()),
  determiners: (g) => g.includes('DET'),
  prepositions: (g) => g.includes('ADP') || g.includes('TO'),
};
const isWord = (tok) => !tok.gold.every((t) => t === 'PUNCT');

function score(c, set) {
  const mod = createRequire(import.meta.url)(c.bundle);
  const cand = mod.create();
  const s = { all: [0, 0], dev: [0, 0], test: [0, 0], groups: {}, probes: [], errors: [] };
  for (const k of Object.keys(GROUPS)) s.groups[k] = [0, 0];
  for (const sent of set) {
    let tags;
    try { tags = cand.gold(sent); } catch (e) { tags = sent.tokens.map(() => 'X'); log(`${c.name} failed on ${sent.id}: ${e.message}`); }
    sent.tokens.forEach((tok, i) => {
      if (!isWord(tok)) return;
      const ok = tok.gold.includes(tags[i]);
      const add = (acc) => { acc[0] += ok ? 1 : 0; acc[1]++; };
      add(s.all);
      add(sent.id % 2 ? s.dev : s.test);
      for (const [k, f] of Object.entries(GROUPS)) if (f(tok.gold, tok)) add(s.groups[k]);
      if (!ok) s.errors.push(`${sent.id}:${tok.text}/${tok.gold.join('|')}→${tags[i]}`);
    });
    if (sent.flag === 'E' || (set === blind && sent.flag === 'e')) {
      const crit = sent.tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.critical);
      s.probes.push({ id: sent.id, text: sent.text, crit: crit.map(({ t, i }) => ({ word: t.text, gold: t.gold.join('|'), got: tags[i], ok: t.gold.includes(tags[i]) })) });
    }
  }
  return s;
}
for (const c of CANDIDATES) {
  if (c.noAcc) continue;
  c.acc = score(c, gold);
  c.blind = score(c, blind);
  log(`${c.name}: ${pct(...c.acc.all)}% (dev ${pct(...c.acc.dev)}%, held-out ${pct(...c.acc.test)}%), blind ${pct(...c.blind.all)}%`);
  if (verbose) log(`  errors: ${c.acc.errors.join('  ')}\n  blind errors: ${c.blind.errors.join('  ')}`);
}
const probeScore = (st) => `${st.probes.reduce((n, pr) => n + pr.crit.filter((x) => x.ok).length, 0)}/${st.probes.reduce((n, pr) => n + pr.crit.length, 0)}`;

// ---------------------------------------------------------------------------------------------
// 3. Load time, memory and speed: fresh processes, candidates interleaved round by round

const raw = readFileSync(join(root, 'bench', 'texts', 'long.thanks'), 'utf8').split(/^---$/m).slice(2).join('---');
const bodyWords = raw.replace(/[*_#>`]/g, '').split(/\s+/).filter(Boolean);
const noteOf = (words) => {
  let text = words.join(' ');
  if (!/[.!?]$/.test(text)) text += '.';
  return { text, sentences: splitSentences(tokenize(text)) };
};
const note = noteOf(bodyWords.slice(0, 500));
note.variants = Array.from({ length: 50 }, (_, k) => noteOf(bodyWords.slice((k * 7) % 480, ((k * 7) % 480) + 500)));
note.words = note.text.split(/\s+/).length;
writeFileSync(join(tmp, 'note.json'), JSON.stringify(note));
const probe = join(here, 'lib', 'probe.cjs');
const loadAtStart = os.loadavg();
const perf = new Map(CANDIDATES.map((c) => [c.name, []]));
const empty = [];
if (!accuracyOnly) {
  for (let r = 0; r < ROUNDS; r++) {
    const ts = performance.now();
    spawnSync(process.execPath, [probe, '--empty'], { encoding: 'utf8' });
    empty.push({ startup: performance.now() - ts });
    for (const c of CANDIDATES) {
      if (c.noPerf) continue;
      const t1 = performance.now();
      const sr = spawnSync(process.execPath, [probe, c.bundle, '--startup'], { encoding: 'utf8' });
      if (sr.status === 0) (c.startup ??= []).push(performance.now() - t1);
    }
    const t = performance.now();
    const er = spawnSync(process.execPath, ['--expose-gc', probe, '--empty'], { encoding: 'utf8' });
    empty.push({ wall: performance.now() - t, ...JSON.parse(er.stdout.trim()) });
    for (const c of CANDIDATES) {
      if (c.noPerf) continue;
      const t0 = performance.now();
      const res = spawnSync(process.execPath, ['--expose-gc', probe, c.bundle, join(tmp, 'note.json')], { encoding: 'utf8' });
      const wall = performance.now() - t0;
      if (res.status !== 0) { log(`${c.name} probe failed: ${res.stderr}`); continue; }
      perf.get(c.name).push({ ...JSON.parse(res.stdout.trim().split('\n').pop()), wall });
    }
    log(`round ${r + 1}/${ROUNDS} done`);
  }
}
const loadAtEnd = os.loadavg();
const emptyWall = median(empty.map((e) => e.wall).filter((x) => x !== undefined));
const emptyStartup = median(empty.map((e) => e.startup).filter((x) => x !== undefined));
for (const c of CANDIDATES) {
  const runs = perf.get(c.name);
  const m = (k) => median(runs.map((x) => x[k]));
  c.perf = runs.length ? { load: m('loadMs'), loadCpu: m('loadCpuMs'), first: m('firstMs'), per500: m('medianMs'), p90: m('p90Ms'), rssLoad: m('rssLoad'), rssFirst: m('rssFirst'), rss50: m('rss50'), rssGc: m('rssAfterGc'), heapGc: m('heapAfterGcMB') - median(empty.map((e) => e.heapMB).filter((x) => x !== undefined)), wallDelta: median(c.startup ?? []) - emptyStartup, rssBase: m('rssBase') } : undefined;
}

// ---------------------------------------------------------------------------------------------
// 4. Report

const L = [];
const probeCands = CANDIDATES.filter((c) => !c.noPerf && !c.noAcc);
L.push('# Tagger bake-off — measured results', '');
L.push(`Generated by \`node bench/tagger/run.mjs\` on ${new Date().toISOString()}; ${os.cpus()[0]?.model ?? 'cpu'}, ${os.cpus().length} cores, Node ${process.version}.`);
L.push(`Load average at start ${loadAtStart.map((x) => x.toFixed(2)).join(' / ')}, at end ${loadAtEnd.map((x) => x.toFixed(2)).join(' / ')}. ${ROUNDS} rounds; each round starts one fresh process per candidate, interleaved. Timing note: first ${note.words} words of bench/texts/long.thanks (${note.sentences.length} sentences, ${note.sentences.flat().length} tokens).`);
L.push(`Empty Node process: ${f1(emptyStartup)} ms spawn→exit, ${f1(median(perf.get(CANDIDATES.find((c) => !c.noPerf)?.name ?? '')?.map((x) => x.rssBase) ?? []))} MB RSS before loading.`, '');
L.push(`Compact lexicon build: ${buildStats.keptEntries} entries kept of ${buildStats.sourceEntries} (dropped: ${buildStats.droppedGuessable} guessable, ${buildStats.droppedCapitalised} capitalised, ${buildStats.droppedOther} other), ${(buildStats.bytes / 1024).toFixed(0)} KB packed, ${buildStats.ms.toFixed(0)} ms.`, '');
L.push('| candidate | licence | load ms (median, in-process) | cold start − empty process ms (spawn, load, tag 1 sentence, exit) | first 500 words ms | ms / 500 words (median; p90) | +RSS after load MB | +RSS after 50 notes MB (after full GC) | +heap retained MB | bundle KB (minified) | accuracy % (dev / held-out) | blind set % | verb forms % | nouns sg/pl % | adj vs participle % | determiners % | prepositions % | learner probes ok (blind) |');
L.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const c of CANDIDATES) {
  const p = c.perf;
  const a = c.acc;
  if (c.noAcc) { L.push(`| ${c.label} | ${c.licence} | ${p ? f1(p.load) : '–'} | ${p ? f1(p.wallDelta) : '–'} | ${p ? f1(p.first) : '–'} | ${p ? `${f1(p.per500)}; ${f1(p.p90)}` : '–'} | ${p ? f1(p.rssLoad) : '–'} | ${p ? `${f1(p.rss50)} (${f1(p.rssGc)})` : '–'} | ${p ? f1(p.heapGc) : '–'} | ${f1(c.bundleKB)} (${f1(c.bundleMinKB)}) | – | – | – | – | – | – | – | – |`); continue; }
  const g = (k) => pct(...a.groups[k]);
  L.push(`| ${c.label} | ${c.licence} | ${p ? f1(p.load) : '–'} | ${p ? f1(p.wallDelta) : '–'} | ${p ? f1(p.first) : '–'} | ${p ? `${f1(p.per500)}; ${f1(p.p90)}` : '–'} | ${p ? f1(p.rssLoad) : '–'} | ${p ? `${f1(p.rss50)} (${f1(p.rssGc)})` : '–'} | ${p ? f1(p.heapGc) : '–'} | ${f1(c.bundleKB)} (${f1(c.bundleMinKB)}) | ${pct(...a.all)} (${pct(...a.dev)} / ${pct(...a.test)}) | ${pct(...c.blind.all)} | ${g('verb forms')} | ${g('nouns sg/pl')} | ${g('adj vs participle')} | ${g('determiners')} | ${g('prepositions')} | ${probeScore(a)} (${probeScore(c.blind)}) |`);
}
L.push('', `Accuracy counts word tokens only (punctuation left out): gold set ${probeCands[0]?.acc.all[1]} tokens in ${gold.length} sentences (dev = odd ids, held-out = even ids); blind set ${probeCands[0]?.blind.all[1]} tokens in ${blind.length} sentences, written after the compact tagger was frozen. Key-tag columns are accuracy on the gold-set tokens whose gold tag is in that group (blind set in the next table).`, '');
L.push('| candidate | blind: all % | verb forms % | nouns sg/pl % | adj vs participle % | determiners % | prepositions % | learner-error tokens ok |', '|---|---|---|---|---|---|---|---|');
for (const c of CANDIDATES.filter((x) => !x.noAcc)) { const b = c.blind; const g = (k) => pct(...b.groups[k]); L.push(`| ${c.label} | ${pct(...b.all)} | ${g('verb forms')} | ${g('nouns sg/pl')} | ${g('adj vs participle')} | ${g('determiners')} | ${g('prepositions')} | ${probeScore(b)} |`); }
L.push('');
L.push('## Learner-error probes (critical tokens: gold → each candidate)', '');
L.push(`| # | sentence | token: gold | ${probeCands.map((c) => c.name).join(' | ')} |`);
L.push(`|---|---|---|${probeCands.map(() => '---').join('|')}|`);
const probeList = probeCands[0]?.acc.probes ?? [];
probeList.forEach((pr, k) => {
  pr.crit.forEach((cr, j) => {
    const cells = probeCands.map((c) => { const x = c.acc.probes[k].crit[j]; return x.ok ? `✅ ${x.got}` : `❌ ${x.got}`; });
    L.push(`| ${pr.id} | ${j === 0 ? pr.text : '〃'} | ${cr.word}: ${cr.gold} | ${cells.join(' | ')} |`);
  });
});
L.push('', '## Blind set: learner-error tokens', '');
L.push(`| # | sentence | token: gold | ${probeCands.map((c) => c.name).join(' | ')} |`);
L.push(`|---|---|---|${probeCands.map(() => '---').join('|')}|`);
(probeCands[0]?.blind.probes ?? []).forEach((pr, k) => {
  pr.crit.forEach((cr, j) => {
    const cells = probeCands.map((c) => { const x = c.blind.probes[k].crit[j]; return x.ok ? `✅ ${x.got}` : `❌ ${x.got}`; });
    L.push(`| ${pr.id} | ${j === 0 ? pr.text : '〃'} | ${cr.word}: ${cr.gold} | ${cells.join(' | ')} |`);
  });
});
if (verbose) {
  L.push('', '## Errors per candidate (sentence:token/gold→got)', '');
  for (const c of CANDIDATES.filter((x) => !x.noAcc)) L.push(`- **${c.name}** (${c.acc.errors.length}; blind ${c.blind.errors.length}): ${c.acc.errors.join(', ')} — blind: ${c.blind.errors.join(', ')}`);
}
const report = L.join('\n') + '\n';
writeFileSync(join(here, accuracyOnly ? '../tmp/tagger/results-accuracy.md' : 'results.md'), report);
process.stdout.write(report);
