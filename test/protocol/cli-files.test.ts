// The real CLI (server/out, or THANKS_BUILD_DIR) on the files a writer really has: named pipes and
// devices, Latin-1 and UTF-16 notes, CRLF, symbolic links out of the folder, an export onto its own
// note, a full disk. Nothing may hang, and no byte of a note may be lost or changed except by a fix.
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_DIR } from '../helpers/lsp-client';
import { CLEAN_NOTE, FIXABLE_NOTE } from '../helpers/protocol-notes';

const CLI = join(BUILD_DIR, 'cli.js');
const THANKS = join(BUILD_DIR, 'thanks.js');
const ENV = { ...process.env, THANKS_NOW: '2026-11-25T09:00', NO_COLOR: '1' };

/** Runs a CLI with a hard deadline; `timedOut` instead of hanging the suite. */
function run(script: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = ENV, deadlineMs = 15_000): Promise<{ status: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout = (stdout + d).slice(-100_000)));
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-100_000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, deadlineMs);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, timedOut });
    });
  });
}

describe('CLI: files are never lost, garbled or waited on for ever', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
    dir = mkdtempSync(join(tmpdir(), 'thanks-cli-files-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a named pipe given as an operand is refused at once, not waited on', async () => {
    const fifo = join(dir, 'pipe.thanks');
    execFileSync('mkfifo', [fifo]);
    const r = await run(CLI, [fifo], dir);
    assert.equal(r.timedOut, false, 'thanks-lint hung on a FIFO');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /pipe\.thanks: cannot read: is a named pipe, not a note file/);
  });

  it('/dev/zero is refused at once, not read until memory runs out', async () => {
    const r = await run(CLI, ['/dev/zero'], dir);
    assert.equal(r.timedOut, false, 'thanks-lint read /dev/zero until killed');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\/dev\/zero: cannot read: is a device, not a note file/);
  });

  it('a Latin-1 note is refused with the line of the first bad byte, and left byte for byte', async () => {
    const file = join(dir, 'latin1.thanks');
    const bytes = Buffer.from(FIXABLE_NOTE.replace('Dear Priya,', 'Dear Priya, caf\u00e9 Se\u00f1or,'), 'latin1');
    writeFileSync(file, bytes);
    const r = await run(CLI, ['--fix', file], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /is not UTF-8 \(byte 0xe9 at line 13, column 16; Latin-1 or Windows-1252\?\)\. Save it as UTF-8/);
    assert.deepEqual(readFileSync(file), bytes);
    assert.doesNotMatch(r.stdout, /✓/, 'a run that could not read a note is not reported as clean');
  });

  for (const [name, encode] of [
    ['UTF-16LE', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    ['UTF-16BE', (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()])],
    ['UTF-8 with BOM and CRLF', (s: string) => Buffer.from('\uFEFF' + s.replace(/\n/g, '\r\n'), 'utf8')],
  ] as const) {
    it(`--fix keeps a ${name} note in its encoding, byte-order mark and line breaks`, async () => {
      const file = join(dir, `enc-${name.replace(/\W+/g, '')}.thanks`);
      writeFileSync(file, encode(FIXABLE_NOTE));
      const r = await run(CLI, ['--fix', file], dir);
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const crlf = name.includes('CRLF');
      const expected = FIXABLE_NOTE.replace('[Interviewer Name]', 'Priya Raman').replace('Thx,', 'Thank you,');
      assert.deepEqual(readFileSync(file), encode(expected), 'exactly the fixed text, in the same encoding');
      if (crlf) assert.equal(/[^\r]\n/.test(readFileSync(file, 'utf8')), false);
    });
  }

  it('closing an unclosed front matter in a CRLF note adds CRLF, not a bare LF', async () => {
    const file = join(dir, 'open-crlf.thanks');
    writeFileSync(file, '---\r\ninterviewer: Priya Raman\r\nrole: Designer\r\n\r\nDear Priya,\r\n\r\nThank you.\r\n');
    await run(CLI, ['--fix', file], dir);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /\r\n---\r\n/);
    assert.equal(/(^|[^\r])\n/.test(text), false, JSON.stringify(text));
  });

  it('--fix on a folder never rewrites a file outside it through a *.thanks symbolic link', async () => {
    const notes = join(dir, 'notes');
    const outside = join(dir, 'outside');
    mkdirSync(notes);
    mkdirSync(outside);
    writeFileSync(join(outside, 'target.thanks'), FIXABLE_NOTE);
    symlinkSync(join(outside, 'target.thanks'), join(notes, 'link.thanks'));
    writeFileSync(join(notes, 'own.thanks'), FIXABLE_NOTE);
    const r = await run(CLI, ['--fix', notes], dir);
    assert.equal(readFileSync(join(outside, 'target.thanks'), 'utf8'), FIXABLE_NOTE, 'the target outside was rewritten');
    assert.match(r.stderr, /link\.thanks: fixes not written: is a symbolic link to .*target\.thanks, outside .*notes; it was not written through/);
    assert.notEqual(readFileSync(join(notes, 'own.thanks'), 'utf8'), FIXABLE_NOTE, 'the note inside was fixed');
    assert.equal(r.status, 2);
  });

  it('thanks export -o onto the note it reads is refused, and the note kept', async () => {
    const file = join(dir, 'self.thanks');
    writeFileSync(file, CLEAN_NOTE);
    const r = await run(THANKS, ['export', '-o', 'self.thanks', 'self.thanks'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /-o self\.thanks is the note being exported/);
    assert.equal(readFileSync(file, 'utf8'), CLEAN_NOTE);
    // through a symbolic link too
    symlinkSync(file, join(dir, 'alias.eml'));
    assert.equal((await run(THANKS, ['export', '-o', 'alias.eml', 'self.thanks'], dir)).status, 2);
    assert.equal(readFileSync(file, 'utf8'), CLEAN_NOTE);
  });

  it('a run with an operand that does not exist prints no "✓"', async () => {
    const r = await run(CLI, ['nothere.thanks'], dir);
    assert.equal(r.status, 2);
    assert.doesNotMatch(r.stdout, /✓/);
    assert.match(r.stdout, /^0 notes: 0 errors/m);
  });

  it('THANKS_NOW and --now take an ISO date-time only: "1", "hello 1" and zone +99:99 are refused', async () => {
    writeFileSync(join(dir, 'clock.thanks'), CLEAN_NOTE);
    for (const value of ['1', 'hello 1', '2026-11-25T09:00+99:99', '2026-11-25T09:00:00+15:00', 'Nov 25 2026']) {
      const r = await run(CLI, ['clock.thanks'], dir, { ...ENV, THANKS_NOW: value });
      assert.equal(r.status, 2, `THANKS_NOW=${value} was accepted`);
      assert.match(r.stderr, /THANKS_NOW must be an ISO date-time/);
    }
    for (const value of ['2026-11-25T09:00Z', '2026-11-25T09:00:00.000+01:00', '2026-11-25 09:00']) {
      const r = await run(CLI, ['clock.thanks'], dir, { ...ENV, THANKS_NOW: value });
      assert.equal(r.status, 0, `THANKS_NOW=${value}: ${r.stderr}${r.stdout}`);
    }
  });

  it('the .eml goes to the address of "Name <address>", with CRLF line ends only', async () => {
    writeFileSync(join(dir, 'dana.thanks'), CLEAN_NOTE.replace('email: priya.raman@lakeside.example', 'email: Priya Raman <priya.raman@lakeside.example>'));
    const r = await run(THANKS, ['export', '--format', 'eml', 'dana.thanks'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^To: Priya Raman <priya\.raman@lakeside\.example>\r$/m);
    assert.equal(/(^|[^\r])\n/.test(r.stdout), false, 'a bare LF in the .eml');
  });

  it('on a full disk --fix fails with a message and leaves the note whole (tmpfs; root only)', async function () {
    if (process.getuid?.() !== 0) return this.skip(); // mounting a small tmpfs needs root
    const mnt = join(dir, 'small');
    mkdirSync(mnt);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]);
    if (mounted.status !== 0) {
      console.log(`      (skipped: cannot mount a tmpfs here: ${String(mounted.stderr).trim()})`);
      return this.skip();
    }
    try {
      const note = join(mnt, 'note.thanks');
      // 1 byte short of six 4 KB pages; the slot fix adds 3 bytes, so the fixed note needs a seventh
      // page the full disk does not have: written in place, it was cut off at 24,576 bytes
      const head = FIXABLE_NOTE + 'More of the letter.\n'.repeat(1200);
      const text = head.slice(0, 6 * 4096 - 1 - 'Best regards,\nMorgan Ellis\n'.length) + 'Best regards,\nMorgan Ellis\n';
      assert.equal(Buffer.byteLength(text), 6 * 4096 - 1);
      writeFileSync(note, text);
      const fill = Buffer.alloc(1024, 120);
      try {
        for (let i = 0; i < 1000; i++) writeFileSync(join(mnt, `fill-${i}`), fill);
      } catch {
        /* the disk is full now */
      }
      const r = await run(CLI, ['--fix', note], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /note\.thanks: fixes not written: the disk is full; the file was left as it was/);
      assert.equal(readFileSync(note, 'utf8'), text, 'the note was truncated or changed');
      assert.deepEqual(readdirSync(mnt).filter((f) => f.endsWith('.tmp')), [], 'no temporary file is left behind');
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});
