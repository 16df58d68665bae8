#!/usr/bin/env node
// The whole language server, today's (nspell) against the same commit with the word set patched in
// (patch-speller.mjs), side by side: spawn -> first publish, spawn -> first COMPLETE publish (one
// that carries the spelling diagnostics of a note with misspellings), RSS after 50 notes and a quick
// fix, keystroke latency. Both servers are built from `git archive HEAD` of the project (a read-only
// git command) into out/srv/, with the project's node_modules symlinked; nothing in the project is
// written.
//
// npm packages needed: none beyond the project's own node_modules (esbuild and the server's
// dependencies); out/en.tws must exist (build-wordset.mjs).
//   cd /tmp/dict-bakeoff && node /work/main/bench/dictionary/server-compare.mjs [--runs 7]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { snapshots } from './patch-speller.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(process.cwd(), 'out');
const args = process.argv.slice(2);
const RUNS = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 7);
// --node-flags "--max-semi-space-size=1 --optimize-for-size": V8 flags for both servers (what the
// client could pass as execArgv); --skip-build reuses out/srv from the previous run
const NODE_FLAGS = args.includes('--node-flags') ? args[args.indexOf('--node-flags') + 1].split(' ').filter(Boolean) : [];
const TAG = NODE_FLAGS.length ? '-flags' : '';
const log = (s) => process.stderr.write(`server-compare: ${s}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
};
const { LspServer } = await import(pathToFileURL(join(root, 'bench', 'lsp.mjs')).href);

// ---------------------------------------------------------------------------------------------
// two copies of HEAD, one patched, both built

let variants;
let commit;
if (args.includes('--skip-build')) {
  variants = { nspell: join(out, 'srv', 'nspell'), wordset: join(out, 'srv', 'wordset') };
  commit = readFileSync(join(out, 'srv', 'COMMIT'), 'utf8').trim();
} else ({ dirs: variants, commit } = snapshots(root, out));
for (const [name, dir] of args.includes('--skip-build') ? [] : Object.entries(variants)) {
  execFileSync(process.execPath, [join(dir, 'scripts', 'build.mjs')], { cwd: dir, stdio: 'inherit' });
  if (name === 'wordset') copyFileSync(join(out, 'en.tws'), join(dir, 'server', 'out', 'dict', 'en.tws'));
  log(`${name}: built ${commit}, server.js ${(statSync(join(dir, 'server', 'out', 'server.js')).size / 1024).toFixed(0)} KB`);
}
const bundleHasNspell = readFileSync(join(variants.wordset, 'server', 'out', 'server.js'), 'utf8').includes('Missing `aff` in dictionary');

// ---------------------------------------------------------------------------------------------
// notes (as bench/run.mjs makes them)

const NOW = '2026-11-25T09:00';
const typical = readFileSync(join(root, 'bench', 'texts', 'typical.thanks'), 'utf8');
const notesDir = join(out, 'srv', 'notes');
rmSync(notesDir, { recursive: true, force: true });
mkdirSync(notesDir, { recursive: true });
const FIRST = ['Dana', 'Priya', 'Kwame', 'Hélène', 'Mateo', 'Yuki', 'Siobhan', 'Oluwaseun', 'Björn', 'Anjali'];
const LAST = ['Whitfield', 'Natarajan', 'Boateng', 'Marchetti', 'Okafor'];
const COMPANIES = ['Northwind Health', 'Copperleaf Bank', 'Meridian Labs', 'Tallgrass Energy', 'Quayside Media', 'Lumen & Oak', 'Halvorsen Freight'];
const ROLES = ['Senior Data Engineer', 'Platform Engineer', 'Analytics Engineer', 'Site Reliability Engineer', 'Backend Engineer'];
const notes = [];
for (let i = 0; i < 48; i++) {
  const first = FIRST[i % FIRST.length];
  const text = typical
    .replaceAll('Dana Whitfield', `${first} ${LAST[i % LAST.length]}`).replaceAll('Dana', first)
    .replaceAll('Northwind Health', COMPANIES[i % COMPANIES.length]).replaceAll('Senior Data Engineer', ROLES[i % ROLES.length])
    .replace('2026-11-24 15:30', `2026-11-${String(10 + (i % 15)).padStart(2, '0')} 1${i % 8}:00`)
    .replace('three\nyears', `${3 + (i % 9)}\nyears`);
  const file = join(notesDir, `note-${String(i + 1).padStart(2, '0')}.thanks`);
  writeFileSync(file, text);
  notes.push({ uri: pathToFileURL(file).href, text });
}
const misspelt = typical.replace('Thank you again for your time', 'I beleive the comittee will recieve my refrences tommorow, and I definately apreciate the oportunity.\n\nThank you again for your time');
const misspeltFile = join(notesDir, 'misspelt.thanks');
writeFileSync(misspeltFile, misspelt);
const misspeltUri = pathToFileURL(misspeltFile).href;
const typicalUri = pathToFileURL(join(notesDir, 'typical.thanks')).href;
writeFileSync(join(notesDir, 'typical.thanks'), typical);

function start(name) {
  const dir = variants[name];
  const s = new LspServer({ command: process.execPath, args: [...NODE_FLAGS, join(dir, 'server', 'out', 'server.js'), '--stdio'], cwd: dir, env: { ...process.env, THANKS_NOW: NOW } });
  s.publishes = [];
  s.latest = new Map();
  const orig = s.onMessage.bind(s);
  s.onMessage = (m, at) => {
    if (m.method === 'textDocument/publishDiagnostics') {
      s.publishes.push({ at, uri: m.params.uri, n: m.params.diagnostics.length, spelling: m.params.diagnostics.filter((d) => d.code === 'proofreading/spelling').length });
      s.latest.set(m.params.uri, m.params.diagnostics);
    }
    orig(m, at);
  };
  return s;
}
async function until(fn, ms = 20000) {
  const t = performance.now();
  while (!fn()) {
    if (performance.now() - t > ms) throw new Error('timeout');
    await new Promise((r) => setTimeout(r, 2));
  }
}

// ---------------------------------------------------------------------------------------------
// cold starts, interleaved

const cold = { nspell: [], wordset: [] };
for (let i = 0; i < RUNS; i++) {
  for (const name of i % 2 ? ['wordset', 'nspell'] : ['nspell', 'wordset']) {
    const s = start(name);
    try {
      const init = await s.initialize();
      await s.open(misspeltUri, misspelt);
      await until(() => s.publishes.some((p) => p.uri === misspeltUri && p.spelling > 0));
      const mine = s.publishes.filter((p) => p.uri === misspeltUri);
      const complete = mine.find((p) => p.spelling > 0);
      cold[name].push({ init, first: mine[0].at - s.t0, complete: complete.at - s.t0, publishesUntilComplete: mine.indexOf(complete) + 1, spelling: complete.spelling, rss: s.rssMB() });
    } finally {
      await s.close();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// sessions: 50 notes, quick fixes, typing

const SENTENCE = 'I would also be glad to walk you through the on-call handbook I wrote for my current team. ';
const typeLine = typical.slice(0, typical.indexOf('Thank you again for your time')).split('\n').length - 1;
const sessions = { nspell: [], wordset: [] };
const SESSIONS = Math.max(3, Math.ceil(RUNS / 2));
for (let i = 0; i < SESSIONS; i++) {
  for (const name of i % 2 ? ['wordset', 'nspell'] : ['nspell', 'wordset']) {
    const s = start(name);
    try {
      await s.initialize();
      await s.open(typicalUri, typical);
      await s.open(misspeltUri, misspelt);
      await until(() => s.publishes.some((p) => p.uri === misspeltUri && p.spelling > 0));
      await new Promise((r) => setTimeout(r, 300)); // let the servers settle (warm-up timers)
      const rssOne = s.rssMB();
      // quick fixes on the spelling diagnostics of the latest publish
      const targets = s.latest.get(misspeltUri).filter((d) => d.code === 'proofreading/spelling');
      const fixes = [];
      for (const d of targets) {
        const t = performance.now();
        const { result, at } = await s.request('textDocument/codeAction', { textDocument: { uri: misspeltUri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
        fixes.push({ ms: at - t, titles: (result ?? []).filter((a) => a.edit && !/^Disable /.test(a.title)).map((a) => a.title).slice(0, 3) });
      }
      for (const n of notes) await s.open(n.uri, n.text);
      const rss50 = s.rssMB();
      const keys = await s.type(typicalUri, typeLine, 0, SENTENCE);
      sessions[name].push({ rssOne, rss50, rssEnd: s.rssMB(), fixes, keys });
    } finally {
      await s.close();
    }
  }
  log(`session round ${i + 1}/${SESSIONS}`);
}

// ---------------------------------------------------------------------------------------------
// report

const r1 = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const res = { commit, runs: RUNS, sessions: SESSIONS, bundleHasNspell, uptime: execFileSync('uptime', { encoding: 'utf8' }).trim(), variants: {} };
for (const name of Object.keys(variants)) {
  const c = cold[name];
  const S = sessions[name];
  res.variants[name] = {
    serverJsKB: statSync(join(variants[name], 'server', 'out', 'server.js')).size / 1024,
    init: median(c.map((x) => x.init)),
    first: median(c.map((x) => x.first)),
    complete: median(c.map((x) => x.complete)),
    completeMax: Math.max(...c.map((x) => x.complete)),
    publishesUntilComplete: median(c.map((x) => x.publishesUntilComplete)),
    rssCold: median(c.map((x) => x.rss)),
    rssOne: median(S.map((x) => x.rssOne)),
    rss50: median(S.map((x) => x.rss50)),
    rssEnd: median(S.map((x) => x.rssEnd)),
    fixMedian: median(S.flatMap((x) => x.fixes.map((f) => f.ms))),
    fixFirst: median(S.map((x) => x.fixes[0]?.ms ?? NaN)),
    fixTitles: S[0].fixes.map((f) => f.titles.join(' / ')),
    keyMedian: median(S.flatMap((x) => x.keys)),
    keyP95: quantile(S.flatMap((x) => x.keys), 0.95),
  };
}
writeFileSync(join(out, `server-compare${TAG}.json`), JSON.stringify({ ...res, cold, sessions }, null, 1));
const lines = [
  `Server built from ${commit} twice (nspell as is; word set patched in), ${RUNS} cold starts each and ${SESSIONS} sessions each, interleaved${NODE_FLAGS.length ? `, node started with \`${NODE_FLAGS.join(' ')}\`` : ''}. ${res.uptime}`,
  '',
  '| server | spawn → initialize | spawn → first publish | spawn → first complete publish (max) | publishes until complete | RSS after 1 note | RSS after 50 notes | RSS at end | quick fix (first / median) | keystroke median / p95 |',
  '|---|---|---|---|---|---|---|---|---|---|',
];
for (const [name, v] of Object.entries(res.variants)) {
  lines.push(`| ${name} (server.js ${r1(v.serverJsKB)} KB) | ${r1(v.init)} ms | ${r1(v.first)} ms | ${r1(v.complete)} ms (${r1(v.completeMax)}) | ${v.publishesUntilComplete} | ${r1(v.rssOne)} MB | ${r1(v.rss50)} MB | ${r1(v.rssEnd)} MB | ${r1(v.fixFirst)} / ${r1(v.fixMedian)} ms | ${r1(v.keyMedian)} / ${r1(v.keyP95)} ms |`);
}
lines.push('', `Quick-fix titles (nspell): ${res.variants.nspell.fixTitles.join(' · ')}`, `Quick-fix titles (word set): ${res.variants.wordset.fixTitles.join(' · ')}`);
lines.push(`nspell code still in the word-set bundle: ${bundleHasNspell}`);
const md = lines.join('\n');
writeFileSync(join(out, `server-compare${TAG}.md`), md + '\n');
console.log(md);
