import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openCopy } from '../helpers';
import { waitForRender, workflow } from '../workflow-helpers';

describe('command thanks.openPreview', () => {
  it('shows From, To, Subject and the sanitised body, and follows edits', async () => {
    const api = await workflow();
    const editor = await openCopy('clean.thanks');
    const doc = editor.document;
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('thanks.openPreview');
    assert.ok(panel, 'a preview panel');
    const name = doc.uri.path.split('/').pop();
    assert.equal(panel.title, `Preview ${name}`);
    const first = await waitForRender(api, doc.uri, (r) => r.version === doc.version, 'the first rendering');
    assert.equal(first.subject, 'Thank you for the Senior Data Engineer interview');
    assert.deepEqual(first.to, [{ name: 'Dana Whitfield', address: 'dana.whitfield@northwind.example' }]);
    assert.equal(first.from?.name, 'Alex Rivera');
    assert.match(first.html, /^<p>Dear Dana,<\/p>/);
    assert.equal(first.readiness.ready, true, JSON.stringify(first.readiness));
    // Strict CSP with a nonce; nothing remote.
    const html = panel.webview.html;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    assert.match(csp, /^default-src 'none'; style-src 'nonce-([A-Za-z0-9]+)'; script-src 'nonce-\1'/);
    assert.doesNotMatch(html, /https?:\/\//);
    // Typing updates the preview: a leftover slot and a script both show up sanitised.
    const end = doc.positionAt(doc.getText().indexOf('Best regards,'));
    // The preview took the editor's place in its column, so edit the document, not the (hidden) editor.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, end, 'See [Company Name] <script>alert(1)</script> [x](javascript:alert(1))\n\n');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const next = await waitForRender(api, doc.uri, (r) => r.version === doc.version, 'the rendering after the edit');
    assert.match(next.html, /\[Company Name\]/);
    // never live: the script is shown as the text that was typed, the javascript: link is not a link
    assert.doesNotMatch(next.html, /<script|href="javascript:/);
    assert.match(next.html, /&#x3C;script>alert\(1\)&#x3C;\/script>/);
    assert.equal(next.readiness.ready, false);
    assert.ok(next.readiness.errors >= 1);
    panel.dispose();
  });
});
