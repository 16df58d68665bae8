// `npm run test:nvim`: headless Neovim as a second LSP client. Runs check.lua against a copy of the
// slot fixture and asserts on the JSON it writes: diagnostics with codes and source, a hover with
// the tip, a quick fix that fills the slot, and diagnostics republished after the unsaved edit.
// Usage: node test/e2e/nvim/run.mjs [server.js] [results.json]
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const server = resolve(process.argv[2] ?? join(root, 'server/out/server.js'));
const resultsFile = resolve(process.argv[3] ?? join(root, 'test-results/e2e/nvim.json'));

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
if (nvim.status !== 0) {
  console.error('nvim not found: install Neovim 0.7+ (Debian: apt-get install neovim), or run npm run test:e2e, which installs it.');
  process.exit(1);
}
if (!existsSync(server)) {
  console.error(`${server} does not exist: run npm run build first.`);
  process.exit(1);
}

const t0 = Date.now();
const dir = mkdtempSync(join(tmpdir(), 'thanks-nvim-'));
const note = join(dir, 'slot.thanks');
copyFileSync(join(root, 'test/e2e/fixtures/workspace/slot.thanks'), note);
const raw = join(dir, 'out.json');
const run = spawnSync('nvim', ['--headless', '--clean', '-u', join(here, 'check.lua')], {
  encoding: 'utf8',
  timeout: 90_000,
  env: { ...process.env, THANKS_FILE: note, SERVER: server, OUT: raw, THANKS_NOW: process.env.THANKS_NOW ?? '2026-11-25T09:00', XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir },
});
const nvimVersion = nvim.stdout.split('\n')[0];
const checks = [];
let data;
try {
  assert.ok(existsSync(raw), `check.lua wrote no result (nvim exit ${run.status}, signal ${run.signal}): ${run.stderr}`);
  data = JSON.parse(readFileSync(raw, 'utf8'));
  const check = (name, fn) => {
    try {
      fn();
      checks.push({ name, state: 'passed' });
    } catch (e) {
      checks.push({ name, state: 'failed', error: e.message.split('\n')[0] });
    }
  };
  check('no error in the Lua run', () => assert.equal(data.error, undefined, data.error));
  check('filetype is thanks', () => assert.equal(data.filetype, 'thanks'));
  check('diagnostics: placeholder/slot on [Company Name], source thanks, severity error', () => {
    const slot = (data.diagnostics ?? []).find((d) => d.code === 'placeholder/slot');
    assert.ok(slot, `codes: ${JSON.stringify((data.diagnostics ?? []).map((d) => d.code))}`);
    assert.deepEqual(slot.range, { start: { line: 14, character: 0 }, end: { line: 14, character: 14 } });
    assert.equal(slot.source, 'thanks');
    assert.equal(slot.severity, 1);
    // one finding per mistake: the unnamed company is the slot's, not also company-missing's
    assert.ok(!data.diagnostics.some((d) => d.code === 'personalization/company-missing'));
  });
  check('hover: message and "Why it matters" in markdown', () => {
    assert.equal(data.hover?.contents?.kind, 'markdown');
    assert.match(data.hover.contents.value, /Unfilled template slot/);
    assert.match(data.hover.contents.value, /Why it matters/);
  });
  check('code actions: Fill in "Northwind Health" (preferred) and disable-for-line', () => {
    const titles = (data.actions ?? []).map((a) => a.title);
    assert.ok(titles.includes('Fill in "Northwind Health"'), JSON.stringify(titles));
    assert.ok(titles.includes('Disable placeholder/slot for this line'), JSON.stringify(titles));
    assert.equal(data.applied, 'Fill in "Northwind Health"');
  });
  check('applying the fix edits the buffer (unsaved) and the server republishes without the slot', () => {
    assert.match(data.line_after_fix ?? '', /^Northwind Health\. I enjoyed/);
    assert.equal(data.modified, true);
    assert.ok(Array.isArray(data.diagnostics_after_fix));
    assert.ok(!data.diagnostics_after_fix.some((d) => d.code === 'placeholder/slot'));
  });
} catch (e) {
  checks.push({ name: 'nvim run', state: 'failed', error: e.message });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const failed = checks.filter((c) => c.state === 'failed');
mkdirSync(dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, JSON.stringify({ suite: 'neovim', nvim: nvimVersion, passed: checks.length - failed.length, failed: failed.length, ms: Date.now() - t0, checks, raw: data }, null, 2));
for (const c of checks) console.log(`${c.state === 'passed' ? '  ✔' : '  ✘'} ${c.name}${c.error ? `\n      ${c.error}` : ''}`);
console.log(`neovim (${nvimVersion}): ${checks.length - failed.length} passed, ${failed.length} failed (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
process.exit(failed.length ? 1 : 0);
