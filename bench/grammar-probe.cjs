// The grammar comparison in one fresh Node process: Thanks and harper.js on the grammar test set
// (test/fixtures/grammar), scored by the unit tests' scorer, and the cost of the grammar rule on the
// typical note (every rule with grammar on and off, interleaved). Prints one JSON line.
// usage: node bench/grammar-probe.cjs [--quick]   (BENCH_GRAMMAR: the bundle of bench/grammar-entry.ts)
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const here = __dirname;
const root = process.env.BENCH_ROOT ?? join(here, '..');
const quick = process.argv.includes('--quick');
const g = require(process.env.BENCH_GRAMMAR ?? join(here, 'tmp', 'grammar.cjs'));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

const OLDER_LINES = 927;

function table(s) {
  const types = {};
  for (const [type, r] of s.recall) types[type] = [r.tune[0] + r.test[0], r.tune[1] + r.test[1]];
  const [tc, tn] = g.totals(s, 'tune');
  const [hc, hn] = g.totals(s, 'test');
  const alarms = s.falseAlarms.tune[0] + s.falseAlarms.test[0];
  const spelling = s.spellingAlarms.tune[0] + s.spellingAlarms.test[0];
  const correct = s.falseAlarms.tune[1] + s.falseAlarms.test[1];
  // the held-out lines of the set as it stood before the last round of rules (lines 1-927): the lines
  // added during that round were written beside the rules, so their fifth is no clean held-out figure
  const missed = new Set(s.misses.map((m) => m.c.line));
  const older = g.errorCases().filter((c) => c.split === 'test' && c.line <= OLDER_LINES);
  const heldOutOlder = [older.filter((c) => !missed.has(c.line)).length, older.length];
  return { types, all: [tc + hc, tn + hn], tune: [tc, tn], heldOut: [hc, hn], heldOutOlder, alarms, spellingAlarms: spelling, correct };
}

(async () => {
  await g.warmUp();
  const thanks = table(g.score((t, d) => g.findingsOf(t, d)));

  // harper.js as its Node users call it; its spelling lints count apart (names), like Thanks's spelling rule
  const { LocalLinter } = await import('harper.js');
  const { binary } = await import('harper.js/binary');
  const linter = new LocalLinter({ binary });
  await linter.setup();
  const texts = [...g.errorCases().map((c) => c.text), ...g.correctCases().map((c) => c.text)];
  const found = new Map();
  for (const text of texts) {
    const lints = await linter.lint(text, { language: 'markdown' });
    found.set(text, lints.map((l) => {
      const { start, end } = l.span();
      const kind = l.lint_kind();
      return { ruleId: kind === 'Spelling' ? 'proofreading/spelling' : `harper/${kind}`, messageId: kind, start, end, message: l.message() };
    }));
  }
  const harper = table(g.score((t) => found.get(t) ?? []));

  // the grammar rule's cost on the typical note: all rules with grammar on, and with it off, interleaved
  const text = readFileSync(join(here, 'texts', 'typical.thanks'), 'utf8');
  const now = g.clockFrom('2026-11-25T09:00');
  const off = { rules: { 'proofreading/grammar': 'off' } };
  const runs = quick ? 60 : 400;
  const on = [], without = [], onCpu = [], withoutCpu = [];
  // the grammar rule remembers the sentences it checked (language/grammar/memo): emptied before each run,
  // so that every run checks each sentence afresh (trees before the memo have nothing to forget)
  const forget = g.forgetGrammarFindings ?? (() => {});
  for (let i = 0; i < 40; i++) { forget(); g.checkNote(text, { now }); g.checkNote(text, { now, settings: off }); }
  for (let i = 0; i < runs; i++) {
    forget();
    let t = performance.now(), c = cpuMs();
    g.checkNote(text, { now });
    on.push(performance.now() - t); onCpu.push(cpuMs() - c);
    forget();
    t = performance.now(); c = cpuMs();
    g.checkNote(text, { now, settings: off });
    without.push(performance.now() - t); withoutCpu.push(cpuMs() - c);
  }
  // the same with every sentence remembered from the run before (a note checked again)
  const remembered = [];
  if (g.forgetGrammarFindings) {
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      g.checkNote(text, { now });
      const x = performance.now() - t;
      t = performance.now();
      g.checkNote(text, { now, settings: off });
      remembered.push(x - (performance.now() - t));
    }
  }
  // the grammar rule alone: checkNote with only it, against only a rule that does next to nothing (the shared parse)
  const alone = [], parseOnly = [];
  for (let i = 0; i < runs; i++) {
    forget();
    let t = performance.now();
    g.checkNote(text, { now, only: ['proofreading/grammar'] });
    alone.push(performance.now() - t);
    forget();
    t = performance.now();
    g.checkNote(text, { now, only: ['proofreading/spacing'] });
    parseOnly.push(performance.now() - t);
  }
  const timing = { runs, on: median(on), off: median(without), onCpu: median(onCpu), offCpu: median(withoutCpu), grammar: median(on.map((x, i) => x - without[i])), alone: median(alone), parseOnly: median(parseOnly), ...(remembered.length ? { remembered: median(remembered) } : {}) };
  process.stdout.write(JSON.stringify({ thanks, harper, timing, harperVersion: require(join(root, 'node_modules/harper.js/package.json')).version }) + '\n');
})().catch((e) => { console.error(e); process.exit(1); });
