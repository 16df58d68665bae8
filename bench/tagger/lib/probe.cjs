// Child process for the tagger bake-off: loads one bundled candidate cold and measures it.
// usage: node [--expose-gc] probe.cjs <bundle.cjs|--empty> <note.json>   prints one JSON line
//        node probe.cjs <bundle.cjs> --startup    load + tag one sentence + exit (for spawn-to-exit timing)
// (with --expose-gc it also reports RSS and heap after a full GC at the end, i.e. what is retained)
'use strict';
const t0 = performance.now();
const { readFileSync } = require('node:fs');
const [bundle, noteFile] = process.argv.slice(2);
const MiB = (b) => b / 1048576;
if (bundle === '--empty') {
  if (typeof global.gc === 'function') global.gc();
  process.stdout.write(JSON.stringify({ rss: MiB(process.memoryUsage().rss), heapMB: MiB(process.memoryUsage().heapUsed) }) + '\n');
  process.exit(0);
}
if (noteFile === '--startup') {
  // cold start only: load, create, tag one short sentence, exit (the parent times spawn -> exit)
  const cand = require(bundle).create();
  const toks = ['Thank', 'you', 'for', 'the', 'interview', '.'];
  cand.run(cand.input === 'text' ? toks.join(' ') : toks);
  process.exit(0);
}
const note = JSON.parse(readFileSync(noteFile, 'utf8')); // { text, sentences: string[][], variants: [{text, sentences}] }
const rss0 = process.memoryUsage().rss;
const cpu0 = process.cpuUsage();
const tLoad0 = performance.now();
const mod = require(bundle);
const cand = mod.create();
const loadMs = performance.now() - tLoad0;
const loadCpuMs = (() => { const c = process.cpuUsage(cpu0); return (c.user + c.system) / 1000; })();
const rssLoad = process.memoryUsage().rss;
const runNote = (n) => {
  if (cand.input === 'text') return cand.run(n.text);
  let k = 0;
  for (const s of n.sentences) k += cand.run(s).length;
  return k;
};
const tf = performance.now();
runNote(note);
const firstMs = performance.now() - tf;
const rssFirst = process.memoryUsage().rss;
for (let i = 0; i < 20; i++) runNote(note);
const times = [];
for (let i = 0; i < 50; i++) {
  const s = performance.now();
  runNote(note);
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
for (const v of note.variants) runNote(v);
const rss50 = process.memoryUsage().rss;
let rssGc = NaN, heapGc = NaN;
if (typeof global.gc === 'function') { global.gc(); global.gc(); rssGc = process.memoryUsage().rss; heapGc = process.memoryUsage().heapUsed; }
process.stdout.write(JSON.stringify({
  loadMs, loadCpuMs, firstMs, medianMs: times[25], p90Ms: times[45],
  rssBase: MiB(rss0), rssLoad: MiB(rssLoad - rss0), rssFirst: MiB(rssFirst - rss0), rss50: MiB(rss50 - rss0),
  heapMB: MiB(process.memoryUsage().heapUsed), procToReadyMs: performance.now() - t0,
  rssAfterGc: MiB(rssGc - rss0), heapAfterGcMB: MiB(heapGc),
}) + '\n');
