// One candidate in one fresh Node process (spawned by bench.mjs with --expose-gc): load it,
// optionally time lookups, print one JSON line. No npm packages (it loads a bundle bench.mjs made).
//   node --expose-gc probe.cjs <bundle.cjs|-> <data file or dir> [mix.json]
// Load time: from just before require(bundle) to the first answered has(). Memory: rss / heapUsed /
// external+arrayBuffers after a full GC, minus the same just before the require.
'use strict';
const { readFileSync } = require('node:fs');

const [bundle, data, mixFile] = process.argv.slice(2);
const gc = globalThis.gc ?? (() => {});
const mem = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed, external: m.external + m.arrayBuffers };
};

const m0 = mem();
const t0 = process.hrtime.bigint();
let ws;
if (bundle !== '-') {
  const { load } = require(bundle);
  ws = load(data);
  ws.has('interview');
}
const t1 = process.hrtime.bigint();
const m1 = mem();
const out = {
  loadMs: Number(t1 - t0) / 1e6,
  rssAdded: m1.rss - m0.rss,
  heapAdded: m1.heap - m0.heap,
  externalAdded: m1.external - m0.external,
  rss: m1.rss,
};

if (ws && mixFile) {
  const mix = JSON.parse(readFileSync(mixFile, 'utf8'));
  /** median ns per call over chunks of 100 calls, and the mean over all calls */
  const time = (fn, items) => {
    const N = items.length;
    let sink = 0;
    for (let i = 0; i < N; i++) if (fn(items[i])) sink++; // warm-up pass
    const chunks = [];
    const start = process.hrtime.bigint();
    for (let i = 0; i < N; i += 100) {
      const c0 = process.hrtime.bigint();
      const end = Math.min(N, i + 100);
      for (let j = i; j < end; j++) if (fn(items[j])) sink++;
      chunks.push(Number(process.hrtime.bigint() - c0) / (end - i));
    }
    const total = Number(process.hrtime.bigint() - start) / N;
    chunks.sort((a, b) => a - b);
    return { medianNs: chunks[chunks.length >> 1], meanNs: total, hits: sink / 2 };
  };
  out.has = time((w) => ws.has(w), mix.has);
  out.display = time((l) => ws.display(l) !== undefined, mix.display);
  out.isPlain = time((l) => ws.isPlain(l), mix.display);
  // display() on strings made fresh for each call, as the suggester makes its candidates (a
  // repeated mix lets V8 reuse hashed/internalized strings, which flatters hash-table lookups)
  const passes = [];
  let hits = 0;
  for (let r = 0; r < 5; r++) {
    let n = 0;
    const t = process.hrtime.bigint();
    for (const w of mix.fresh) {
      for (let i = 0; i <= w.length; i++) {
        const a = w.slice(0, i);
        const b = w.slice(i);
        for (const ch of 'abcdefghijklmnopqrstuvwxyz') {
          n++;
          if (ws.display(a + ch + b) !== undefined) hits++;
          if (b) {
            n++;
            if (ws.display(a + ch + b.slice(1)) !== undefined) hits++;
          }
        }
      }
    }
    passes.push(Number(process.hrtime.bigint() - t) / n);
  }
  passes.sort((x, y) => x - y);
  out.fresh = { medianNs: passes[2], calls: passes.length, hits: hits / 5 };
}
process.stdout.write(JSON.stringify(out) + '\n');
