// The launchers (server/out/{cli,thanks,server}.js, server/src/launch/) start their bundles from the
// V8 code cache the build made: V8 must accept it (else it only costs reading it), and starting through
// the launcher must change nothing but the time. Needs `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
// heap-flags, not heap: importing ../heap would set the server's flags in the test process
import { HEAP_FLAGS } from '../../server/src/heap-flags';

const OUT = join(__dirname, '../../server/out');
const NOTES = [join(__dirname, '../../examples'), join(__dirname, '../fixtures/notes')];

/** Whether V8 takes the bundle's code cache, compiled the way the launcher compiles it, with `flags` set first. */
function cacheAccepted(bundle: string, flags: readonly string[]): string {
  const code = `
    const fs = require('fs'), vm = require('vm'), Module = require('module');
    for (const f of ${JSON.stringify(flags)}) require('v8').setFlagsFromString(f);
    const file = ${JSON.stringify(join(OUT, bundle))};
    const s = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData: fs.readFileSync(file + '.v8cache') });
    process.stdout.write(s.cachedDataRejected ? 'rejected' : 'accepted');`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  return r.stdout || r.stderr;
}

describe('launchers and code caches', function () {
  this.timeout(60_000);

  it('V8 accepts the code cache of each bundle, the server\'s under its heap flags', () => {
    assert.equal(cacheAccepted('cli.main.js', []), 'accepted');
    assert.equal(cacheAccepted('thanks.main.js', []), 'accepted');
    assert.equal(cacheAccepted('server.main.js', HEAP_FLAGS), 'accepted');
    // the check can tell: without the flags the server's cache is refused
    assert.equal(cacheAccepted('server.main.js', []), 'rejected');
  });

  for (const [launcher, args] of [['cli.js', []], ['thanks.js', ['lint']]] as const) {
    it(`${launcher} prints and exits as its bundle run directly does`, () => {
      const run = (file: string) => spawnSync(process.execPath, [join(OUT, file), ...args, '--format', 'json', '--now', '2026-11-25T09:00', ...NOTES], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const viaLauncher = run(launcher);
      const direct = run(launcher.replace('.js', '.main.js'));
      assert.equal(viaLauncher.status, 1, viaLauncher.stderr);
      assert.equal(viaLauncher.status, direct.status);
      assert.ok(JSON.parse(viaLauncher.stdout).length > 10);
      assert.equal(viaLauncher.stdout, direct.stdout);
      assert.equal(viaLauncher.stderr, direct.stderr);
    });
  }
});
