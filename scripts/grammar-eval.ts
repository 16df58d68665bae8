// Prints the grammar checker's recall per error type and its false alarms per 1,000 correct sentences
// on test/fixtures/grammar, for the tuning split and the held-out split (every fifth line).
//   npx tsx --require ./scripts/register-text.cjs scripts/grammar-eval.ts [--misses] [--alarms] [--fixes] [--type T]
// --misses, --fixes (caught, but the fix differs from the expected correction) and --alarms list the tuning split only: the held-out lines are never shown.
import { errorCases, findingsOf, score, totals } from '../test/helpers/grammar-set';
import { warmUp } from '../server/src/core/lint/check';

const args = process.argv.slice(2);
const only = args.includes('--type') ? args[args.indexOf('--type') + 1] : undefined;
const pct = ([a, b]: [number, number]) => (b ? ((100 * a) / b).toFixed(1) : '–');
const perK = ([a, b]: [number, number]) => (b ? ((1000 * a) / b).toFixed(1) : '–');

void warmUp().then(() => {
  const s = score((t, d) => findingsOf(t, d));
  console.log('| type | tune | held-out |\n|---|---|---|');
  for (const [type, r] of [...s.recall].sort()) console.log(`| ${type} | ${pct(r.tune)} % (${r.tune[0]}/${r.tune[1]}) | ${pct(r.test)} % (${r.test[0]}/${r.test[1]}) |`);
  console.log(`| **all** | ${pct(totals(s, 'tune'))} % | ${pct(totals(s, 'test'))} % |`);
  // the held-out lines of the set as it was before the generalisation round (lines 1–927): rules added since were not written against them either
  const missed = new Set(s.misses.map((m) => m.c.line));
  const older = errorCases().filter((c) => c.split === 'test' && c.line <= 927);
  console.log(`| held-out, lines 1–927 only | | ${pct([older.filter((c) => !missed.has(c.line)).length, older.length])} % |`);
  console.log(`\nfalse alarms per 1,000 correct sentences: tune ${perK(s.falseAlarms.tune)} (${s.falseAlarms.tune[0]}), held-out ${perK(s.falseAlarms.test)} (${s.falseAlarms.test[0]}); spelling (names) tune ${perK(s.spellingAlarms.tune)}, held-out ${perK(s.spellingAlarms.test)}`);
  // the held-out alarms by rule only (never their sentences): which rule over-reaches, to be checked on sentences of one's own
  const heldOut = new Map<string, number>();
  for (const { c, found } of s.alarms) if (c.split === 'test') for (const f of found) {
    const key = `${f.messageId}: ${f.message.replace(/ Write .*| Remove .*/, "")}`;
    heldOut.set(key, (heldOut.get(key) ?? 0) + 1);
  }
  if (heldOut.size) console.log(`held-out false alarms by rule: ${[...heldOut].map(([r, n]) => `${r} ${n}`).join(', ')}`);
  if (args.includes('--misses')) {
    for (const { c, found } of s.misses) {
      if (c.split !== 'tune' || (only && c.type !== only)) continue;
      console.log(`MISS ${c.type}: ${c.error} → ${c.correction} | ${c.text}${found.length ? '  [' + found.map((f) => f.messageId).join(',') + ']' : ''}`);
    }
  }
  if (args.includes('--fixes')) {
    // caught mistakes whose first fix does not give the expected sentence
    for (const c of errorCases()) {
      if (c.split !== 'tune' || (only && c.type !== only)) continue;
      const s0 = c.text.indexOf(c.error);
      const hit = findingsOf(c.text).find((f) => f.start < s0 + c.error.length && s0 < f.end);
      if (!hit || hit.fix === undefined) continue;
      const fixed = c.text.slice(0, hit.start) + hit.fix + c.text.slice(hit.end);
      if (fixed !== c.text.replace(c.error, c.correction)) console.log(`FIX ${c.type}: "${c.text.slice(hit.start, hit.end)}" → "${hit.fix}" (want ${c.error} → ${c.correction}) | ${c.text}`);
    }
  }
  if (args.includes('--alarms')) {
    for (const { c, found } of s.alarms) {
      if (c.split !== 'tune') continue;
      for (const f of found) console.log(`ALARM ${f.ruleId}/${f.messageId} "${c.text.slice(f.start, f.end)}" → ${f.fix ?? ''} | ${c.text} — ${f.message}`);
    }
  }
});
