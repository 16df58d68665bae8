import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { activeExtension, findDiagnostic, hasCode, openCopy, rangeOf, waitForDiagnostics } from './helpers';

/** Pids of language-server processes started by this extension host (children running server.js). */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.includes('server/out/server.js')) pids.push(Number(entry));
    } catch {
      /* the process ended meanwhile */
    }
  }
  return pids;
}

describe('crash recovery', () => {
  before(activeExtension);

  it('restarts a killed language server, and diagnostics come back', async function () {
    if (process.platform !== 'linux') this.skip();
    const editor = await openCopy('clean.thanks');
    const doc = editor.document;
    const before = serverPids();
    assert.equal(before.length, 1, `expected one server process, found ${before.length}`);
    process.kill(before[0], 'SIGKILL');

    // An edit after the crash is only analysed once a new server is up.
    const at = rangeOf(doc, 'Dear Dana,').end;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, at, ' [Company Name]');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const ds = await waitForDiagnostics(doc.uri, hasCode('placeholder/slot'), 'diagnostics from the restarted server', 30_000);
    assert.deepEqual(findDiagnostic(ds, 'placeholder/slot').range, rangeOf(doc, '[Company Name]'));
    const after = serverPids();
    assert.equal(after.length, 1);
    assert.notEqual(after[0], before[0], 'a new server process');
  });
});
