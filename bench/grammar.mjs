#!/usr/bin/env node
// The grammar section of `npm run bench`: Thanks and harper.js side by side on the grammar test set
// (recall per error type, false alarms per 1,000 correct sentences) and the grammar rule's cost on the
// typical note, all from one fresh process (bench/grammar-probe.cjs). `npm run bench` adds it to
// bench/results.md; alone (`npm run bench:grammar [-- --quick]`) it writes bench/grammar-results.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pct = ([a, b]) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
const perK = (n, of) => (of ? ((1000 * n) / of).toFixed(1) : '–');
const r2 = (x) => (x >= 10 ? x.toFixed(1) : x.toFixed(2));

/** The Markdown lines of the grammar section, measured on the built tree `root`. */
export async function grammarSection(root = join(here, '..'), quick = false) {
  const { build } = await import(pathToFileURL(join(root, 'node_modules/esbuild/lib/main.js')).href);
  const { esbuildOptions } = await import(pathToFileURL(join(root, 'scripts/esbuild-options.mjs')).href);
  const bundle = join(root, 'bench/tmp/grammar.cjs');
  mkdirSync(dirname(bundle), { recursive: true });
  let entry = readFileSync(join(here, 'grammar-entry.ts'), 'utf8').replaceAll('../server/src/', './server/src/').replaceAll('../test/', './test/');
  // trees before the grammar memo (issue 14) remember nothing between checks: nothing to forget
  if (!existsSync(join(root, 'server/src/core/language/grammar/memo.ts'))) entry = entry.replace(/^export \{ forgetGrammarFindings \}.*$/m, '');
  await build({ ...esbuildOptions, stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'grammar-entry.ts' }, outfile: bundle });
  const r = spawnSync(process.execPath, [join(here, 'grammar-probe.cjs'), ...(quick ? ['--quick'] : [])], {
    cwd: root, encoding: 'utf8', timeout: 900_000, maxBuffer: 1 << 24,
    env: { ...process.env, BENCH_GRAMMAR: bundle, BENCH_ROOT: root, THANKS_GRAMMAR_DIR: join(root, 'test/fixtures/grammar') },
  });
  const line = (r.stdout || '').trim().split('\n').pop();
  if (r.status !== 0 || !line) throw new Error(`grammar probe failed (${r.status}): ${(r.stderr || '').slice(-1500)}`);
  const { thanks, harper, timing, harperVersion } = JSON.parse(line);
  const lines = [];
  lines.push('## 5. Grammar: Thanks and harper.js on the grammar test set (same run)');
  lines.push('');
  lines.push(`test/fixtures/grammar: ${thanks.all[1]} sentences with one marked error each and ${thanks.correct} correct ones. A mistake counts as caught when a finding overlaps its words (Thanks: the proofreading rules; harper.js ${harperVersion}: every lint, LocalLinter over Markdown). False alarms: correct sentences with at least one finding, spelling apart (names, product words).`);
  lines.push('');
  lines.push('| error type | sentences | Thanks | harper.js |');
  lines.push('|---|---|---|---|');
  for (const type of Object.keys(thanks.types).sort()) lines.push(`| ${type} | ${thanks.types[type][1]} | ${pct(thanks.types[type])} | ${pct(harper.types[type] ?? [0, 0])} |`);
  lines.push(`| **all** | ${thanks.all[1]} | **${pct(thanks.all)}** | **${pct(harper.all)}** |`);
  lines.push(`| held-out fifth of the set (every fifth line; its misses are never shown while rules are written) | ${thanks.heldOut[1]} | ${pct(thanks.heldOut)} | ${pct(harper.heldOut)} |`);
  if (thanks.heldOutOlder) lines.push(`| … of lines 1–927 only (the set before the last round of rules; the lines added in that round were written beside the rules) | ${thanks.heldOutOlder[1]} | ${pct(thanks.heldOutOlder)} | ${pct(harper.heldOutOlder)} |`);
  lines.push(`| false alarms per 1,000 correct sentences (grammar) | ${thanks.correct} | ${perK(thanks.alarms, thanks.correct)} | ${perK(harper.alarms, harper.correct)} |`);
  lines.push(`| … spelling of names and terms, per 1,000 | ${thanks.correct} | ${perK(thanks.spellingAlarms, thanks.correct)} | ${perK(harper.spellingAlarms, harper.correct)} |`);
  lines.push('');
  lines.push('| the typical note (checkNote, medians of ' + timing.runs + ' interleaved runs, one process) | ms |');
  lines.push('|---|---|');
  lines.push(`| every rule, grammar on / off (CPU) | ${r2(timing.on)} / ${r2(timing.off)} (${r2(timing.onCpu)} / ${r2(timing.offCpu)}) |`);
  lines.push(`| … the difference, run by run (budget ≤ 2 ms) | ${r2(timing.grammar)} |`);
  lines.push(`| the grammar rule alone, against the parse alone (only proofreading/spacing) | ${r2(timing.alone)} vs ${r2(timing.parseOnly)}: ${r2(timing.alone - timing.parseOnly)} |`);
  if (timing.remembered !== undefined) lines.push(`| … the difference when every sentence is remembered from the last check (the same text again; language/grammar/memo) | ${r2(timing.remembered)} |`);
  lines.push('');
  lines.push('Every run above but the last row checks each sentence afresh: the rule\'s memo of sentences it checked (in any note) is emptied before it.');
  lines.push('');
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lines = await grammarSection(join(here, '..'), process.argv.includes('--quick'));
  const head = `# Thanks — grammar against harper.js\n\nMeasured ${new Date().toISOString().slice(0, 19)}Z, Node ${process.version}; \`npm run bench\` writes the same section into results.md.\n\n`;
  writeFileSync(join(here, 'grammar-results.md'), head + lines.join('\n') + '\n');
  process.stdout.write(lines.join('\n') + '\n');
}
