import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openCopy } from './helpers';
import { FRONT_MATTER, openScratch, waitFor, workflow } from './workflow-helpers';

describe('workflow: status bar and walkthrough', () => {
  it('the status bar shows ready-to-send and the time left for a clean note, counts for a note with problems, "Sent" for a sent one', async () => {
    const api = await workflow();
    const clean = await openCopy('clean.thanks');
    const ok = await waitFor(api.statusBar.onDidUpdate, () => api.statusBar.last, (s) => s.uri === clean.document.uri.toString(), 'the status of the clean note');
    // interview 2026-11-24 15:30, THANKS_NOW 2026-11-25 09:00: 6.5 h left
    assert.equal(ok.text, '$(check) Ready to send · $(clock) 6 h left');
    const bad = await openScratch('status.thanks', FRONT_MATTER + 'Dear [First Name],\n\nThanks.\n');
    const s = await waitFor(api.statusBar.onDidUpdate, () => api.statusBar.last, (x) => x.uri === bad.document.uri.toString() && /\$\(error\) \d+/.test(x.text), 'the status of the note with problems');
    assert.match(s.text, /^\$\(error\) \d+( \$\(warning\) \d+)? · \$\(clock\) 6 h left$/);
    // once it carries `sent:`, the note went out: no "ready to send", no clock
    const sent = await openScratch('status-sent.thanks', clean.document.getText().replace('candidate: Alex Rivera\n', 'candidate: Alex Rivera\nsent: 2026-11-24 18:05\n'));
    const t = await waitFor(api.statusBar.onDidUpdate, () => api.statusBar.last, (x) => x.uri === sent.document.uri.toString(), 'the status of the sent note');
    assert.equal(t.text, '$(mail) Sent');
  });

  it('contributes a getting-started walkthrough whose media ship with the extension', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const walkthroughs = ext.packageJSON.contributes.walkthroughs as { id: string; steps: { id: string; media: { markdown: string } }[] }[];
    assert.equal(walkthroughs[0].id, 'thanks.gettingStarted');
    assert.ok(walkthroughs[0].steps.length >= 4);
    for (const step of walkthroughs[0].steps) assert.ok(fs.existsSync(path.join(ext.extensionPath, step.media.markdown)), step.media.markdown);
  });

  it('contributes the workflow settings', () => {
    const c = vscode.workspace.getConfiguration('thanks');
    assert.equal(c.get('defaultSignOff'), 'Best regards');
    for (const key of ['candidateName', 'signature', 'fromEmail', 'senderEmail']) assert.equal(c.get(key), '', key);
  });
});
