// thanks-lint over hundreds of notes lints them on several threads (server/src/cli/lint-workers.ts):
// what it writes must be byte for byte what one thread writes (runLint in this process), with the
// panel copies of interviews whose notes fall to different threads, a note that cannot be read in
// the middle, text and JSON output, and the same exit status.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_DIR } from '../helpers/lsp-client';
import { CLEAN_NOTE, FIXABLE_NOTE, PINNED_NOW, SHORT_NOTE, withDate } from '../helpers/protocol-notes';
import { runLint } from '../../server/src/cli/lint';
import { PARALLEL_FROM } from '../../server/src/cli/lint-workers';

const CLI = join(BUILD_DIR, 'cli.js');
const THANKS = join(BUILD_DIR, 'thanks.js');
const PEOPLE = ['Priya Raman', 'Tomasz Nowak', 'Adaeze Obi', 'Lars Holm', 'Mei Chen', 'Rafael Souza'];
const COMPANIES = ['Lakeside Mobility', 'Harbour Lights Bank', 'Fennel & Co'];

function runProcess(script: string, args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env: { ...process.env, THANKS_NOW: PINNED_NOW, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

function inProcess(args: string[], cwd: string): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = runLint(args, { out: (s) => (stdout += s), err: (s) => (stderr += s), cwd, env: { THANKS_NOW: PINNED_NOW, NO_COLOR: '1' }, isTTY: false });
  return { status, stdout, stderr };
}

describe('thanks-lint on many notes: several threads, the output of one', function () {
  this.timeout(180_000);
  let dir: string;
  const count = PARALLEL_FROM + 60;

  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
    // one thread would lint them all: there is nothing to compare
    if (availableParallelism() < 2) this.skip();
    dir = mkdtempSync(join(tmpdir(), 'thanks-cli-parallel-'));
    for (let i = 0; i < count; i++) {
      const base = [CLEAN_NOTE, FIXABLE_NOTE, SHORT_NOTE][i % 3];
      const person = PEOPLE[i % PEOPLE.length];
      // interviews of several notes each, spread over the whole (sorted) run: panel copies across threads
      const company = COMPANIES[i % COMPANIES.length];
      const text = withDate(base, `2026-11-${String(17 + (i % 7)).padStart(2, '0')} 14:00`)
        .replaceAll('Priya Raman', person)
        .replaceAll('Dear Priya', `Dear ${person.split(' ')[0]}`)
        .replaceAll('Lakeside Mobility', company);
      writeFileSync(join(dir, `note-${String(i).padStart(4, '0')}.thanks`), text);
    }
    // a note that cannot be read, in the middle of the run
    writeFileSync(join(dir, `note-${String(count >> 1).padStart(4, '0')}b.thanks`), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0xfd, 0x0a]));
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  for (const format of ['json', 'text']) {
    it(`writes what one thread writes (--format ${format}), with the same exit status`, async () => {
      const args = ['--format', format, '.'];
      const one = inProcess(args, dir);
      const many = await runProcess(CLI, args, dir);
      assert.equal(many.stderr, one.stderr);
      assert.equal(many.stdout, one.stdout);
      assert.equal(many.status, one.status);
      assert.equal(one.status, 2, 'the unreadable note makes it exit 2');
      assert.match(one.stdout, format === 'json' ? /personalization\/panel-copy/ : /panel-copy/);
      assert.match(one.stderr, /cannot read/);
    });
  }

  it('`thanks lint` runs the same way', async () => {
    const args = ['--format', 'json', '--quiet', '.'];
    const one = inProcess(args, dir);
    const many = await runProcess(THANKS, ['lint', ...args], dir);
    assert.equal(many.stdout, one.stdout);
    assert.equal(many.stderr, one.stderr);
    assert.equal(many.status, one.status);
  });
});
