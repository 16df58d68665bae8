// `npm run test:electron`: the same extension-host suite in a desktop VS Code, through
// @vscode/test-electron. It never downloads VS Code: point VSCODE_EXECUTABLE at a local one, e.g.
//   VSCODE_EXECUTABLE=/usr/share/code/code npm run test:electron                    (Linux)
//   VSCODE_EXECUTABLE="/Applications/Visual Studio Code.app/Contents/MacOS/Electron" npm run test:electron
// Without it, prints why it is skipping and exits 0 (npm run test:e2e runs the suite in code-server).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const executable = process.env.VSCODE_EXECUTABLE;
if (!executable) {
  console.log('test:electron SKIPPED: set VSCODE_EXECUTABLE to a local VS Code executable to run the extension-host suite in desktop VS Code (this runner never downloads one). npm run test:e2e runs the same suite in code-server.');
  process.exit(0);
}
if (!existsSync(executable)) {
  console.error(`test:electron: VSCODE_EXECUTABLE=${executable} does not exist.`);
  process.exit(1);
}

const sh = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
sh('npm', ['run', '-s', 'build']);
const suite = join(root, '.e2e/electron/suite');
sh('node', [join(root, 'test/e2e/build-suite.mjs'), suite]);

const run = join(root, '.e2e/electron/run');
rmSync(run, { recursive: true, force: true });
const workspace = join(run, 'ws');
mkdirSync(workspace, { recursive: true });
cpSync(join(root, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });
const results = join(root, 'test-results/e2e/electron-extension-host.json');
rmSync(results, { force: true });

const { runTests } = await import('@vscode/test-electron');
let code = 0;
try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(suite, 'index.js'),
    extensionTestsEnv: { THANKS_E2E_RESULTS: results, THANKS_NOW: process.env.THANKS_NOW ?? '2026-11-25T09:00' },
    // A scratch profile without other extensions, so nothing the contributor installed interferes.
    launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${join(run, 'user-data')}`, `--extensions-dir=${join(run, 'extensions')}`],
  });
} catch (e) {
  console.error(`test:electron: ${e?.message ?? e}`);
  code = 1;
}
if (existsSync(results)) {
  const s = JSON.parse(readFileSync(results, 'utf8'));
  console.log(`extension-host suite in VS Code ${s.vscode}: ${s.passed} passed, ${s.failed} failed, ${s.pending} pending`);
  if (s.failed > 0 || s.passed === 0) code = 1;
} else {
  console.error(`test:electron: the suite wrote no results to ${results}`);
  code = 1;
}
process.exit(code);
