// thanks-lint on notes in a temp folder: in-process (runLint with its own cwd, environment and
// output) for the logic, and a few runs of the real binary (`node server/out/cli.js`, built by
// `npm run build`) for what only a process shows.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CLEAN_NOTE, FIXABLE_NOTE, PINNED_NOW, SHORT_NOTE, crlf, withDate } from '../helpers/protocol-notes';
import { runLint } from '../../server/src/cli/lint';

// THANKS_BUILD_DIR points the tests at another build of server/out.
const CLI = join(process.env.THANKS_BUILD_DIR ? resolve(process.env.THANKS_BUILD_DIR) : resolve(__dirname, '..', '..', 'server', 'out'), 'cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

interface JsonDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
  category: string;
  message: string;
}

interface JsonFile {
  file: string;
  diagnostics: JsonDiagnostic[];
}

describe('thanks-lint (CLI)', function () {
  // each case starts node a few times; a loaded machine makes that slow
  this.timeout(60000);
  let dir: string;

  /** thanks-lint in this process. */
  function run(args: string[], env: Record<string, string | undefined> = {}): Run {
    let stdout = '';
    let stderr = '';
    const status = runLint(args, { out: (s) => (stdout += s), err: (s) => (stderr += s), cwd: dir, env: { THANKS_NOW: PINNED_NOW, NO_COLOR: '1', ...env }, isTTY: false });
    return { status, stdout, stderr };
  }

  /** The real binary, as a process. */
  function spawn(args: string[], env: Record<string, string | undefined> = {}): Run {
    const r = spawnSync(process.execPath, [CLI, ...args], {
      cwd: dir,
      env: { ...process.env, THANKS_NOW: PINNED_NOW, NO_COLOR: '1', ...env },
      encoding: 'utf8',
      timeout: 20000,
    });
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  function write(rel: string, text: string): string {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    return rel;
  }

  /** Parses --format json output, checking every element against the contract. */
  function json(stdout: string): JsonFile[] {
    const parsed: unknown = JSON.parse(stdout);
    assert.ok(Array.isArray(parsed), 'the output is one JSON array');
    for (const f of parsed as JsonFile[]) {
      assert.deepEqual(Object.keys(f).sort(), ['diagnostics', 'file'], JSON.stringify(f).slice(0, 200));
      assert.equal(typeof f.file, 'string');
      assert.ok(Array.isArray(f.diagnostics));
      for (const d of f.diagnostics) {
        const where = JSON.stringify(d);
        assert.deepEqual(Object.keys(d).sort(), ['category', 'code', 'message', 'range', 'severity'], where);
        assert.deepEqual(Object.keys(d.range).sort(), ['end', 'start'], where);
        for (const p of [d.range.start, d.range.end]) {
          assert.deepEqual(Object.keys(p).sort(), ['character', 'line'], where);
          assert.ok(Number.isInteger(p.line) && p.line >= 0, where);
          assert.ok(Number.isInteger(p.character) && p.character >= 0, where);
        }
        const s = d.range.start;
        const e = d.range.end;
        assert.ok(s.line < e.line || (s.line === e.line && s.character <= e.character), where);
        assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity), where);
        assert.match(d.code, /^[a-z]+\/[a-z0-9-]+$/, where);
        assert.equal(d.category, d.code.split('/')[0], where);
        assert.ok(typeof d.message === 'string' && d.message.length > 0, where);
      }
    }
    return parsed as JsonFile[];
  }

  const codesOf = (f: JsonFile) => f.diagnostics.map((d) => d.code).sort();

  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
    dir = mkdtempSync(join(tmpdir(), 'thanks-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('reports', () => {
    it('text: file:line:col, severity, message and code, then a summary', () => {
      const f = write('report/fix.thanks', FIXABLE_NOTE);
      const r = run([f]);
      assert.equal(r.status, 1, r.stderr);
      const lines = FIXABLE_NOTE.split('\n');
      const line = lines.findIndex((l) => l.includes('[Interviewer Name]'));
      const col = lines[line].indexOf('[Interviewer Name]');
      assert.ok(r.stdout.includes(`${f}:${line + 1}:${col + 1}: error Unfilled template slot "[Interviewer Name]"`), r.stdout);
      assert.match(r.stdout, new RegExp(`^${f.replace('.', '\\.')}:${line + 1}:${col + 1}: error .* placeholder/slot$`, 'm'));
      const signOff = lines.indexOf('Thx,');
      assert.match(r.stdout, new RegExp(`^${f.replace('.', '\\.')}:${signOff + 1}:1: warning .* structure/sign-off$`, 'm'));
      assert.match(r.stdout, /1 note: 1 error, 2 warnings, 0 suggestions/);
      assert.ok(!r.stdout.includes('\u001b['), 'no colour codes when NO_COLOR is set / not a TTY');
    });

    it('--format json: exactly the contract’s JSON array, one entry per note', () => {
      const a = write('json/a-fix.thanks', FIXABLE_NOTE);
      const b = write('json/b-clean.thanks', CLEAN_NOTE);
      const r = run(['--format', 'json', a, b]);
      assert.equal(r.status, 1, r.stderr);
      const out = json(r.stdout);
      assert.deepEqual(out.map((f) => f.file), [a, b]);
      assert.deepEqual(codesOf(out[0]), ['personalization/company-missing', 'placeholder/slot', 'structure/sign-off']);
      assert.deepEqual(out[1].diagnostics, []);
      const slot = out[0].diagnostics.find((d) => d.code === 'placeholder/slot')!;
      assert.equal(slot.severity, 'error');
      assert.equal(slot.category, 'placeholder');
      const lines = FIXABLE_NOTE.split('\n');
      const line = lines.findIndex((l) => l.includes('[Interviewer Name]'));
      const col = lines[line].indexOf('[Interviewer Name]');
      assert.deepEqual(slot.range, { start: { line, character: col }, end: { line, character: col + '[Interviewer Name]'.length } });
      // --format=json is the same
      assert.deepEqual(json(run(['--format=json', a, b]).stdout), out);
    });

    it('reads a note saved as UTF-16 (with a byte-order mark) like the same note in UTF-8', () => {
      const utf8 = write('enc/utf8.thanks', FIXABLE_NOTE);
      const utf16 = join(dir, 'enc/utf16.thanks');
      writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXABLE_NOTE, 'utf16le')]));
      const [a] = json(run(['--format', 'json', utf8]).stdout);
      const [b] = json(run(['--format', 'json', 'enc/utf16.thanks']).stdout);
      assert.ok(a.diagnostics.length > 0);
      assert.deepEqual(b.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`), a.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`));
    });

    it('--format json: ranges are LSP ranges (UTF-16 columns) on CRLF notes too', () => {
      const line = 'Merci, José 😊 — the role at [Company Name] is new.';
      const text = crlf(CLEAN_NOTE.replace('I am still very interested', `${line}\n\nI am still very interested`));
      const f = write('json/utf16.thanks', text);
      const [out] = json(run(['--format', 'json', f]).stdout);
      const slot = out.diagnostics.find((d) => d.code === 'placeholder/slot');
      assert.ok(slot, JSON.stringify(out));
      const lineNo = text.split('\r\n').indexOf(line);
      const col = line.indexOf('[Company Name]');
      assert.notEqual(col, [...line.slice(0, col)].length, 'the fixture has a surrogate pair before the slot');
      assert.deepEqual(slot.range, { start: { line: lineNo, character: col }, end: { line: lineNo, character: col + 14 } });
    });

    it('--quiet: only errors and warnings', () => {
      const f = write('quiet/short.thanks', SHORT_NOTE);
      const loud = json(run(['--format', 'json', f]).stdout)[0];
      assert.ok(loud.diagnostics.some((d) => d.severity === 'information' || d.severity === 'hint'), 'the fixture has an information or hint finding');
      const quiet = json(run(['--quiet', '--format', 'json', f]).stdout)[0];
      assert.deepEqual(quiet.diagnostics, loud.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning'));
      const text = run(['--quiet', f]);
      assert.equal(text.status, 1);
      assert.ok(!/: info /.test(text.stdout), text.stdout);
      assert.match(text.stdout, /: warning .* structure\/length$/m);
      assert.ok(!/suggestion/.test(text.stdout), text.stdout);
    });

    it('a .thanksrc.json next to the notes applies; a malformed one is reported and defaults are used', () => {
      const f = write('rc-ok/fix.thanks', FIXABLE_NOTE);
      write('rc-ok/.thanksrc.json', JSON.stringify({ rules: { 'placeholder/slot': 'warning' } }));
      const [out] = json(run(['--format', 'json', f]).stdout);
      assert.equal(out.diagnostics.find((d) => d.code === 'placeholder/slot')?.severity, 'warning');
      const g = write('rc-bad/fix.thanks', FIXABLE_NOTE);
      write('rc-bad/.thanksrc.json', '{ "rules": { "placeholder/slot": "warning", } }');
      const r = run(['--format', 'json', g]);
      assert.match(r.stderr, /\.thanksrc\.json:1:\d+: error config .*not valid JSON/);
      assert.equal(json(r.stdout)[0].diagnostics.find((d) => d.code === 'placeholder/slot')?.severity, 'error');
    });
  });

  describe('exit status', () => {
    it('0 for a clean note', () => {
      const r = run([write('exit/clean.thanks', CLEAN_NOTE)]);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /✓ 1 note: 0 errors, 0 warnings, 0 suggestions/);
    });

    it('0 when only coaching findings remain (a missing subject is a hint)', () => {
      const r = run(['--format', 'json', write('exit/nosubject.thanks', CLEAN_NOTE.replace(/^subject: .*\n/m, ''))]);
      assert.equal(r.status, 0, r.stdout);
      const [out] = json(r.stdout);
      assert.deepEqual(codesOf(out), ['structure/subject']);
      assert.equal(out.diagnostics[0].severity, 'hint');
    });

    it('1 with warnings only, and with errors', () => {
      assert.equal(run([write('exit/short.thanks', SHORT_NOTE)]).status, 1);
      assert.equal(run([write('exit/fix.thanks', FIXABLE_NOTE)]).status, 1);
    });

    it('2 for an unknown option, with usage on stderr', () => {
      const r = run(['--frobnicate', write('exit/clean2.thanks', CLEAN_NOTE)]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /unknown option --frobnicate/);
      assert.match(r.stderr, /Usage: thanks-lint/);
      assert.equal(r.stdout, '');
    });

    it('2 for a bad --format, and for no operands', () => {
      assert.equal(run(['--format', 'xml', write('exit/clean3.thanks', CLEAN_NOTE)]).status, 2);
      const none = run([]);
      assert.equal(none.status, 2);
      assert.match(none.stderr, /no files given/);
    });

    it('2 for a missing file, even when another note has findings (which are still reported)', () => {
      const f = write('exit/fix2.thanks', FIXABLE_NOTE);
      const r = run(['--format', 'json', 'exit/nope.thanks', f]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /exit\/nope\.thanks: no such file/);
      assert.deepEqual(json(r.stdout).map((x) => x.file), [f]);
      assert.equal(run(['no-such-folder/']).status, 2);
      assert.equal(run(['no-such-folder/**/*.thanks']).status, 2);
    });

    it('2 for an unreadable note: a dangling symlink, named or matched by a glob', () => {
      mkdirSync(join(dir, 'dangling'), { recursive: true });
      symlinkSync(join(dir, 'dangling', 'target-that-does-not-exist.thanks'), join(dir, 'dangling', 'broken.thanks'));
      const named = run(['dangling/broken.thanks']);
      assert.equal(named.status, 2);
      assert.match(named.stderr, /broken\.thanks/);
      const globbed = run(['dangling/*.thanks']);
      assert.equal(globbed.status, 2);
      assert.match(globbed.stderr, /broken\.thanks: cannot read/);
    });

    it('a folder named like a note is searched as a folder (0 when it holds no note)', () => {
      // A directory passed where a file is expected is treated as a folder of notes (and holds none here).
      mkdirSync(join(dir, 'odd', 'looks-like.thanks'), { recursive: true });
      const r = run(['--format', 'json', 'odd/looks-like.thanks']);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(json(r.stdout), []);
    });

    it('2 for a bad --now or THANKS_NOW', () => {
      const f = write('exit/clean4.thanks', CLEAN_NOTE);
      const r = run(['--now', 'next tuesday', f]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /--now must be an ISO date-time/);
      assert.equal(run(['--now=2026-13-45T99:00', f]).status, 2);
      const dangling = run([f, '--now']);
      assert.equal(dangling.status, 2, '--now without a value is bad usage');
      assert.match(dangling.stderr, /--now needs a value/);
      const env = run([f], { THANKS_NOW: 'soon' });
      assert.equal(env.status, 2);
      assert.match(env.stderr, /THANKS_NOW must be/);
    });

    it('--help and --version exit 0', () => {
      const h = run(['--help']);
      assert.equal(h.status, 0);
      assert.match(h.stdout, /^Usage: thanks-lint/);
      assert.match(h.stdout, /--format text\|json/);
      const v = run(['--version']);
      assert.equal(v.status, 0);
      assert.match(v.stdout.trim(), /^\d+\.\d+\.\d+$/);
    });
  });

  describe('the clock', () => {
    it('--now and THANKS_NOW decide the timing findings; --now wins', () => {
      const f = write('clock/note.thanks', CLEAN_NOTE);
      assert.equal(run([f]).status, 0, 'on time at the pinned clock');
      const timing = (r: Run) => json(r.stdout)[0].diagnostics.filter((d) => d.category === 'timing').map((d) => d.code);
      assert.deepEqual(timing(run(['--format', 'json', '--now', '2026-11-27T09:00', f])), ['timing/late']);
      assert.deepEqual(timing(run(['--format', 'json', f], { THANKS_NOW: '2026-11-27T09:00' })), ['timing/late']);
      assert.deepEqual(timing(run(['--format', 'json', '--now=2026-11-25T08:00', f], { THANKS_NOW: '2026-11-27T09:00' })), [], '--now outranks THANKS_NOW');
      assert.deepEqual(timing(run(['--format', 'json', '--now', '2026-11-20T09:00', f])), ['timing/future-date']);
      const late = run(['--now', '2026-11-27T09:00', f]);
      assert.equal(late.status, 1);
      // interview Tuesday 2026-11-24 14:00, clock Friday 2026-11-27 09:00: three calendar days
      const dateLine = CLEAN_NOTE.split('\n').findIndex((l) => l.startsWith('interview_date:')) + 1;
      assert.match(late.stdout, new RegExp(`:${dateLine}:17: warning The interview was 3 days ago; .* timing/late$`, 'm'));
    });

    it('a date-only interview counts until the end of that day', () => {
      const f = write('clock/dateonly.thanks', withDate(CLEAN_NOTE, '2026-11-24'));
      const timing = (now: string) => json(run(['--format', 'json', '--now', now, f]).stdout)[0].diagnostics.filter((d) => d.category === 'timing').map((d) => d.code);
      assert.deepEqual(timing('2026-11-25T23:00'), []);
      assert.deepEqual(timing('2026-11-26T01:00'), ['timing/late']);
    });
  });

  describe('operands', () => {
    before(() => {
      write('tree/a.thanks', CLEAN_NOTE);
      write('tree/sub/b.thanks', FIXABLE_NOTE);
      write('tree/sub/deeper/c.thanks', SHORT_NOTE);
      write('tree/readme.txt', 'not a note');
      write('tree/.drafts/d.thanks', FIXABLE_NOTE);
      write('tree/node_modules/pkg/e.thanks', FIXABLE_NOTE);
    });
    const files = (args: string[]) => json(run(['--format', 'json', ...args]).stdout).map((f) => f.file);

    it('a folder: every .thanks below it, skipping dot-folders and node_modules', () => {
      assert.deepEqual(files(['tree/']), ['tree/a.thanks', 'tree/sub/b.thanks', 'tree/sub/deeper/c.thanks']);
      assert.deepEqual(files(['tree']), ['tree/a.thanks', 'tree/sub/b.thanks', 'tree/sub/deeper/c.thanks']);
    });

    it('globs: `*` stays in one folder, `**` goes down (and zero folders deep)', () => {
      assert.deepEqual(files(['tree/*.thanks']), ['tree/a.thanks']);
      assert.deepEqual(files(['tree/sub/*.thanks']), ['tree/sub/b.thanks']);
      const deep = files(['tree/**/*.thanks']);
      for (const f of ['tree/a.thanks', 'tree/sub/b.thanks', 'tree/sub/deeper/c.thanks']) assert.ok(deep.includes(f), `${f} not in ${deep}`);
      assert.ok(!deep.some((f) => f.includes('node_modules')), JSON.stringify(deep));
      assert.ok(!deep.includes('tree/readme.txt'));
      assert.deepEqual(files(['tree/sub/deeper/?.thanks']), ['tree/sub/deeper/c.thanks']);
    });

    it('a note named twice (file + folder + glob) is linted once', () => {
      assert.deepEqual(files(['tree/a.thanks', 'tree/', 'tree/*.thanks']), ['tree/a.thanks', 'tree/sub/b.thanks', 'tree/sub/deeper/c.thanks']);
    });

    it('absolute paths work', () => {
      const abs = join(dir, 'tree', 'a.thanks');
      assert.deepEqual(files([abs]), [abs]);
    });
  });

  describe('--fix', () => {
    it('writes the safe fixes; a second run reports none of them and changes nothing', () => {
      const f = write('fix/note.thanks', FIXABLE_NOTE);
      const before = json(run(['--format', 'json', f]).stdout)[0];
      assert.ok(codesOf(before).includes('placeholder/slot') && codesOf(before).includes('structure/sign-off'));
      const r = run(['--fix', '--format', 'json', f]);
      const after = json(r.stdout)[0];
      const fixed = readFileSync(join(dir, f), 'utf8');
      assert.ok(fixed.includes('meeting with me, Priya Raman, to discuss'), fixed);
      assert.ok(fixed.includes('\nThank you,\nMorgan Ellis\n'), fixed);
      assert.ok(!fixed.includes('Thx'));
      assert.ok(!codesOf(after).includes('placeholder/slot'));
      assert.ok(!codesOf(after).includes('structure/sign-off'));
      assert.equal(r.status, after.diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning') ? 1 : 0);
      const again = run(['--fix', '--format', 'json', f]);
      assert.deepEqual(json(again.stdout)[0], after);
      assert.equal(readFileSync(join(dir, f), 'utf8'), fixed, 'nothing left to fix the second time');
    });

    it('keeps CRLF line ends and leaves unsafe fixes alone', () => {
      // company-missing has only an unsafe fix; a field value slot with two candidates has no safe one
      const text = crlf(FIXABLE_NOTE);
      const f = write('fix/crlf.thanks', text);
      run(['--fix', f]);
      const fixed = readFileSync(join(dir, f), 'utf8');
      assert.notEqual(fixed, text);
      assert.ok(!/[^\r]\n/.test(fixed), 'a bare LF was written into a CRLF note');
      assert.ok(fixed.includes('\r\nThank you,\r\nMorgan Ellis\r\n'));
    });

    it('does not touch a clean note', () => {
      const f = write('fix/clean.thanks', CLEAN_NOTE);
      const r = run(['--fix', f]);
      assert.equal(r.status, 0);
      assert.equal(readFileSync(join(dir, f), 'utf8'), CLEAN_NOTE);
    });
  });

  describe('the real binary', () => {
    it('runs as a process: json on stdout, exit status 1 for findings, 2 for bad usage', () => {
      const f = write('bin/fix.thanks', FIXABLE_NOTE);
      const r = spawn(['--format', 'json', f]);
      assert.equal(r.status, 1, r.stderr);
      assert.equal(json(r.stdout).length, 1);
      const bad = spawn(['--frobnicate', f]);
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /unknown option --frobnicate/);
    });

    it('stops quietly when its output pipe closes early', () => {
      for (let i = 0; i < 30; i++) write(`bin/many/n${i}.thanks`, FIXABLE_NOTE);
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" bin/many | head -c 10`], { cwd: dir, encoding: 'utf8', env: { ...process.env, THANKS_NOW: PINNED_NOW, NO_COLOR: '1' } });
      assert.equal(r.status, 0);
      assert.doesNotMatch(r.stderr, /EPIPE|Error/);
    });
  });
});
