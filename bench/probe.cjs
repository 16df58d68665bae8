// One tool in one fresh Node process: load it, lint the benchmark texts, print one JSON line.
// usage: node bench/probe.cjs <thanks|harper|write-good|alex|client|baseline> [--load-only] [--quick]
// Load time is measured from just before the first import of the tool to "ready to lint"; RSS is this
// process's resident set (VmRSS) from process.memoryUsage().rss.
// CommonJS on purpose: timed loops in an ES module with top-level await ran the same core
// several times slower here, which would have measured the harness, not the linters.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const here = __dirname;
const root = process.env.BENCH_ROOT ?? join(here, '..');
const [tool, ...flags] = process.argv.slice(2);
const loadOnly = flags.includes('--load-only');
const quick = flags.includes('--quick');
const MB = (b) => +(b / 1048576).toFixed(1);
const rss = () => MB(process.memoryUsage().rss);

const TEXTS = ['typical', 'long', 'stress-10k'].map((name) => ({ name, text: readFileSync(join(here, 'texts', `${name}.thanks`), 'utf8') }));

/** Each loader returns an async-or-sync function text -> number of findings. */
const loaders = {
  async thanks() {
    // checkNote: the one pipeline the server and the CLI run, every rule on (grammar and spelling included)
    const core = require(process.env.BENCH_CORE ?? join(here, 'tmp', 'core.cjs'));
    const now = core.clockFrom('2026-11-25T09:00');
    // lintAgain: as the server checks an open note again after an edit: given the last check's parse,
    // and then keeping the parse without what the rules derived from it (lsp/server.ts)
    let last;
    const lintAgain = (text) => {
      const r = core.checkNote(text, { now, previous: last });
      core.dropCaches?.(r.doc);
      last = r.doc;
      return r.diagnostics.length;
    };
    // lint: a text analysed afresh, every sentence checked (the grammar memo emptied; trees before it have none)
    const forget = core.forgetGrammarFindings ?? (() => {});
    const lint = (text) => {
      forget();
      return core.checkNote(text, { now }).diagnostics.length;
    };
    return { lint, lintAgain, rules: core.rules.map((r) => r.meta.id) };
  },
  async harper() {
    // harper.js as its Node users call it: the full linter (LocalLinter) over the WebAssembly binary file.
    const { LocalLinter } = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    const linter = new LocalLinter({ binary });
    await linter.setup();
    // harper.js keeps its lints per chunk of text across calls: what it saw before it does not check again
    return { lint: async (text) => (await linter.lint(text, { language: 'markdown' })).length, reuses: true };
  },
  async 'write-good'() {
    const writeGood = require('write-good');
    return { lint: (text) => writeGood(text).length };
  },
  async alex() {
    const { markdown } = await import('alex');
    return { lint: (text) => markdown(text).messages.length };
  },
  async client() {
    // The VS Code client bundle with a stub `vscode` module: what activation costs before any call.
    const Module = require('node:module');
    // Every property of the stub is a constructible, callable stub (classes such as CompletionItem are
    // extended at load time); properties are answered through the prototype so esbuild's ESM interop sees them.
    const make = () => new Proxy(function () {}, {
      get: (t, k) => (k === 'prototype' ? t.prototype : typeof k === 'symbol' ? undefined : make()),
      apply: () => make(),
      construct: () => make(),
    });
    const stub = Object.create(new Proxy({}, { get: (_t, k) => (typeof k === 'symbol' || k === 'then' ? undefined : make()) }));
    const orig = Module._load;
    Module._load = function (request, ...rest) {
      return request === 'vscode' ? stub : orig.call(this, request, ...rest);
    };
    require(join(root, 'client', 'out', 'extension.js'));
    Module._load = orig;
    return undefined;
  },
  async baseline() {
    return undefined;
  },
};

/**
 * The typical note in the situations a linter meets it in, for the tools that reuse what they saw
 * (harper.js keeps lints per chunk of text; Thanks its grammar findings per sentence, and the server
 * gives each check of an open note its last parse). A sentence is made new by a number no run used
 * before, after its first "the", "a" or "and": the words and the findings stay those of the note.
 *   new:  every sentence new (a note neither tool has seen);
 *   edit: one sentence new since the last run, in turn (typing in an open note);
 *   same: the same text as the last run (a note checked again: settings, another note changed).
 */
let fresh = 100000; // never the same number twice in a process (a sentence made new is new to every cache), and never one read as a year
function situations(text) {
  const cut = text.indexOf('\n---', 4) + 5;
  const sentences = text.slice(cut).split(/(?<=[.!?])(?=\s+\p{Lu})/u);
  const where = sentences.map((s) => /\b(the|a|and) /.exec(s)).map((m) => (m ? m.index + m[0].length : -1));
  const marked = sentences.map((_, i) => i).filter((i) => where[i] >= 0);
  const numbers = sentences.map(() => 0);
  const textNow = () => text.slice(0, cut) + sentences.map((s, i) => (where[i] < 0 ? s : `${s.slice(0, where[i])}${numbers[i]} ${s.slice(where[i])}`)).join('');
  for (const i of marked) numbers[i] = fresh++;
  let turn = 0;
  return {
    sentences: marked.length,
    new: () => { for (const i of marked) numbers[i] = fresh++; return textNow(); },
    edit: () => { numbers[marked[turn++ % marked.length]] = fresh++; return textNow(); },
    same: () => textNow(),
  };
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { runs: s.length, median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1] };
}

/** `text`: the input, or a function making each run's input (outside the timed part). */
async function timeRuns(fn, text, { warmup, maxRuns, budgetMs, minRuns }) {
  const input = typeof text === 'function' ? text : () => text;
  const w0 = performance.now();
  for (let i = 0; i < warmup && performance.now() - w0 < budgetMs; i++) await fn(input());
  const times = [];
  const cpu = [];
  const t0 = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - t0 < budgetMs)) {
    const t = input();
    const c = process.cpuUsage();
    const s = performance.now();
    await fn(t);
    times.push(performance.now() - s);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  // CPU time (user + system, all threads of the process) is shown next to wall time: on a shared
  // machine it shows how much of the wall time was waiting for a core.
  return { ...stats(times), cpuMedian: stats(cpu).median };
}

async function main() {
const out = { tool, node: process.version, rssBefore: rss() };
const c0 = process.cpuUsage();
const t0 = performance.now();
const loaded = await loaders[tool]();
out.loadMs = +(performance.now() - t0).toFixed(2);
const lc = process.cpuUsage(c0);
out.loadCpuMs = +((lc.user + lc.system) / 1000).toFixed(2);
out.rssLoaded = rss();
if (!loadOnly && loaded) {
  const lint = loaded.lint;
  if (loaded.rules) out.rules = loaded.rules;
  const f0 = performance.now();
  out.firstFindings = await lint(TEXTS[0].text);
  out.firstLintMs = +(performance.now() - f0).toFixed(2);
  const budget = quick ? 0.25 : 1;
  const plans = {
    // warm-up by count (JIT tiers, the spelling rule's per-word caches), capped by time for slow tools
    typical: { warmup: 400, maxRuns: 2000, budgetMs: 3000 * budget, minRuns: 20 },
    long: { warmup: 100, maxRuns: 500, budgetMs: 3000 * budget, minRuns: 15 },
    'stress-10k': { warmup: 5, maxRuns: 100, budgetMs: 5000 * budget, minRuns: quick ? 3 : 7 },
  };
  out.sizes = {};
  for (const { name, text } of TEXTS) {
    out.sizes[name] = { findings: await lint(text), ...(await timeRuns(lint, text, plans[name])) };
  }
  // the situations, each as the tool runs in an editor: Thanks with the last parse (lintAgain) where it has one
  if (loaded.lintAgain || loaded.reuses) {
    const TYPICAL = TEXTS[0].text;
    const again = loaded.lintAgain ?? lint;
    const plan = { warmup: 200, maxRuns: 1500, budgetMs: 3000 * budget, minRuns: 20 };
    out.situations = {};
    for (const [name, fn] of [['new', lint], ['edit', again], ['same', again]]) {
      const variants = situations(TYPICAL);
      await fn(variants.same());
      const findings = await fn(variants[name]());
      out.situations[name] = { findings, sentences: variants.sentences, ...(await timeRuns(fn, variants[name], plan)) };
    }
  }
  out.rssAfter = rss();
}
process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exit(1);
});
