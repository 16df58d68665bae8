// Entry point the extension host loads (`extensionTestsPath`): runs every bundled `*.test.js` next to
// this file with mocha and writes the results as JSON to $THANKS_E2E_RESULTS. The promise rejects
// when a test fails, which is how VS Code learns the run failed (exit code of the window).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

interface TestResult {
  title: string;
  file: string;
  state: 'passed' | 'failed' | 'pending';
  ms?: number;
  error?: string;
}

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec', grep: process.env.THANKS_E2E_GREP });
  for (const file of testFiles(__dirname)) mocha.addFile(file);
  const results: TestResult[] = [];
  const started = Date.now();
  const rel = (file: string | undefined) => (file ? path.relative(__dirname, file) : '');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const out = process.env.THANKS_E2E_RESULTS;
      const summary = {
        suite: 'extension-host',
        vscode: vscode.version,
        passed: results.filter((r) => r.state === 'passed').length,
        failed: failures,
        pending: results.filter((r) => r.state === 'pending').length,
        ms: Date.now() - started,
        results,
      };
      if (out) {
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.writeFileSync(out, JSON.stringify(summary, null, 2));
      }
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), file: rel(t.file), state: 'passed', ms: t.duration }));
    runner.on('pending', (t) => results.push({ title: t.fullTitle(), file: rel(t.file), state: 'pending' }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), file: rel(t.file), state: 'failed', error: String(err?.stack ?? err) }));
  });
}
