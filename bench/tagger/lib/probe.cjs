// Child process for the tagger bake-off: loads one bundled candidate cold and measures it.
// usage: node probe.cjs <bundle.cjs|--empty> <note.json>   prints one JSON line
'use strict';
const t0 = performance.now();
const { readFileSync } = require('node:fs');
const [bundle, noteFile] = process.argv.slice(2);
const MiB = (b) => b / 1048576;
if (bundle === '--empty') {
  process.stdout.write(JSON.stringify({ rss: MiB(process.memoryUsage().rss) }) + '\n');
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
process.stdout.write(JSON.stringify({
  loadMs, loadCpuMs, firstMs, medianMs: times[25], p90Ms: times[45],
  rssBase: MiB(rss0), rssLoad: MiB(rssLoad - rss0), rssFirst: MiB(rssFirst - rss0), rss50: MiB(rss50 - rss0),
  heapMB: MiB(process.memoryUsage().heapUsed), procToReadyMs: performance.now() - t0,
}) + '\n');
