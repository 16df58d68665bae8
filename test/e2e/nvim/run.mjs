// `npm run test:nvim`: headless Neovim as a second LSP client, set up exactly as the README's Neovim
// section says (its init.lua block and its fix-all line, taken from README.md). Runs check.lua on a
// copy of the slot fixture with a long sentence and a casual sign-off, and asserts on the JSON it
// writes: the README's settings in effect, diagnostics with codes and source, a hover with the tip,
// a quick fix that fills the slot, diagnostics republished after the unsaved edit, and fix-all applied.
// Usage: node test/e2e/nvim/run.mjs [server.js] [results.json]
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// The README's Neovim section: its init.lua block and its fix-all line, used as written.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Neovim'), readme.indexOf('### Helix'));
const initLua = /```lua\n([\s\S]*?)```/.exec(section)?.[1];
const fixAll = /```vim\n(:lua vim\.lsp\.buf\.code_action\(.*source\.fixAll\.thanks.*\))\n```/.exec(section)?.[1];
if (!initLua || !initLua.includes('/path/to/thanks/server/out/server.js') || !fixAll) {
  console.error('README.md: the Neovim section lacks its ```lua init.lua block (with /path/to/thanks/server/out/server.js) or its ```vim fix-all line.');
  process.exit(1);
}

const now = process.env.THANKS_NOW ?? '2026-11-25T09:00';
const t0 = Date.now();
const dir = mkdtempSync(join(tmpdir(), 'thanks-nvim-'));
const note = join(dir, 'slot.thanks');
// The slot fixture, with a sentence over 35 words (readability, which the README's settings switch
// off) and a casual sign-off (a safe fix for fix-all); lines up to the slot stay as they are.
const LONG = 'I would welcome the chance to bring that experience to your team, to learn from the engineers who built the current batch jobs, and to help plan the move to streaming step by step over the coming year.';
writeFileSync(note, readFileSync(join(root, 'test/e2e/fixtures/workspace/slot.thanks'), 'utf8').replace('The chance to contribute to that work excites me.', LONG).replace('Best regards,', 'Cheers,'));
const init = join(dir, 'init.lua');
writeFileSync(init, initLua.replaceAll('/path/to/thanks/server/out/server.js', server.replaceAll('\\', '/')));
// What the same note gets with default settings, for comparison (the CLI next to the server).
const defaults = JSON.parse(spawnSync(process.execPath, [join(dirname(server), 'cli.js'), '--now', now, '--format', 'json', note], { encoding: 'utf8' }).stdout || '[{"diagnostics":[]}]');
const raw = join(dir, 'out.json');
const run = spawnSync('nvim', ['--headless', '--clean', '-u', join(here, 'check.lua')], {
  encoding: 'utf8',
  timeout: 90_000,
  cwd: dir,
  env: { ...process.env, THANKS_FILE: note, README_INIT: init, FIXALL: fixAll, OUT: raw, THANKS_NOW: now, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir },
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
  check('the README\'s settings take effect (categories.readability off)', () => {
    const defaultCodes = defaults[0].diagnostics.map((d) => d.code);
    assert.ok(defaultCodes.includes('readability/sentence-length'), `with defaults: ${JSON.stringify(defaultCodes)}`);
    assert.deepEqual(data.settings, { thanks: { categories: { readability: 'off' } } });
    assert.ok(!(data.diagnostics ?? []).some((d) => String(d.code).startsWith('readability/')), JSON.stringify((data.diagnostics ?? []).map((d) => d.code)));
  });
  check('hover: "Why it matters" and the rule id in markdown', () => {
    assert.equal(data.hover?.contents?.kind, 'markdown');
    assert.match(data.hover.contents.value, /Why it matters/);
    assert.match(data.hover.contents.value, /placeholder\/slot/);
  });
  check('code actions: Fill in "Northwind Health" (preferred) first, then disable for the line, the note, the workspace', () => {
    const titles = (data.actions ?? []).filter((a) => (a.diagnostics ?? []).some((d) => d.code === 'placeholder/slot')).map((a) => a.title);
    assert.deepEqual(titles, ['Fill in "Northwind Health"', 'Disable placeholder/slot for this line', 'Disable placeholder/slot in this note', 'Disable placeholder/slot in this workspace']);
    assert.equal(data.applied, 'Fill in "Northwind Health"');
  });
  check('applying the fix edits the buffer (unsaved) and the server republishes without the slot', () => {
    assert.match(data.line_after_fix ?? '', /^Northwind Health\. I enjoyed/);
    assert.equal(data.modified, true);
    assert.ok(Array.isArray(data.diagnostics_after_fix));
    assert.ok(!data.diagnostics_after_fix.some((d) => d.code === 'placeholder/slot'));
  });
  check('the README\'s fix-all line applies the safe fixes (Cheers, -> Best regards,)', () => {
    assert.deepEqual(data.fixall_menu, ['Fix all safe Thanks problems (1)']);
    assert.match(data.text_after_fixall ?? '', /\nBest regards,\nAlex Rivera$/);
    assert.doesNotMatch(data.text_after_fixall, /Cheers,/);
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
