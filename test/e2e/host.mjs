// Runs the extension-host suite inside code-server's real extension host, the way
// @vscode/test-electron does for desktop VS Code: the workbench URL's `payload` names the extension
// under development and the tests module; the workbench reports the tests' exit code through
// window.codeAutomationExit. The suite writes its results to $THANKS_E2E_RESULTS (set on code-server,
// whose environment the extension host inherits); this script checks that file too.
// Usage: node test/e2e/host.mjs <port> <workspaceDir> <extensionDir> <suiteIndex.js> <results.json> [timeoutSeconds]
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { format } from 'node:util';
import { launchBrowser, workbenchUrl } from './lib/browser.mjs';

const [port, workspace, extensionDir, suiteIndex, resultsFile, timeoutArg = '240'] = process.argv.slice(2);
if (!resultsFile) {
  console.error('usage: host.mjs <port> <workspaceDir> <extensionDir> <suiteIndex.js> <results.json> [timeoutSeconds]');
  process.exit(2);
}
const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
const t0 = Date.now();
rmSync(resultsFile, { force: true });

const { page, close } = await launchBrowser();
let reportExit;
const exited = new Promise((resolve) => (reportExit = resolve));
const log = [];
await page.exposeFunction('codeAutomationLog', (_type, args) => {
  const line = format(...[].concat(args));
  log.push(line);
  console.log(line);
});
await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
page.on('console', (m) => log.push(`[browser ${m.type()}] ${m.text()}`));
const payload = [['extensionDevelopmentPath', remote(extensionDir)], ['extensionTestsPath', remote(suiteIndex)]];
await page.goto(workbenchUrl(port, workspace, payload));

let timer;
const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), Number(timeoutArg) * 1000)));
const code = await Promise.race([exited, timedOut]);
clearTimeout(timer);
await close();
writeFileSync(resultsFile.replace(/\.json$/, '.log'), log.join('\n') + '\n');

let failures = [];
let summary;
if (existsSync(resultsFile)) {
  summary = JSON.parse(readFileSync(resultsFile, 'utf8'));
  failures = summary.results.filter((r) => r.state === 'failed');
}
const secs = ((Date.now() - t0) / 1000).toFixed(1);
if (code === 'timeout') console.error(`extension-host suite: no result within ${timeoutArg}s`);
if (!summary) console.error(`extension-host suite: no results file at ${resultsFile}`);
else console.log(`extension-host suite: ${summary.passed} passed, ${summary.failed} failed, ${summary.pending} pending (VS Code ${summary.vscode}, ${secs}s)`);
for (const f of failures) console.error(`  FAILED ${f.title}\n    ${f.error.split('\n').slice(0, 3).join('\n    ')}`);
process.exit(code === 0 && summary && summary.failed === 0 && summary.passed > 0 ? 0 : 1);
