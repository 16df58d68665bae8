import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { findDiagnostic, hasCode, openCopy, waitForDiagnostics } from '../helpers';
import { readText, workflow } from '../workflow-helpers';

describe('command thanks.splitPerInterviewer', () => {
  before(workflow);

  it('is the quick fix of personalization/panel-greeting and writes one note per interviewer', async () => {
    const { document: doc } = await openCopy('panel.thanks');
    const ds = await waitForDiagnostics(doc.uri, hasCode('personalization/panel-greeting'), 'personalization/panel-greeting');
    const d = findDiagnostic(ds, 'personalization/panel-greeting');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const split = actions.find((a) => a.title === 'Split into one note per interviewer');
    assert.ok(split?.command, `offered; got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(split.command.command, 'thanks.splitPerInterviewer');
    const created = await vscode.commands.executeCommand<vscode.Uri[]>(split.command.command, ...(split.command.arguments ?? []));
    assert.equal(created.length, 2);
    const [dana, kofi] = await Promise.all(created.map(readText));
    assert.match(created[1].path, /panel-kofi-osei\.thanks$/);
    assert.match(dana, /^---\ninterviewer: Dana Whitfield\n[\s\S]*email: dana\.whitfield@northwind\.example\n/);
    assert.match(kofi, /^---\ninterviewer: Kofi Osei\n[\s\S]*email: kofi\.osei@northwind\.example\n[\s\S]*\nDear Kofi,\n/);
    assert.match(kofi, /TODO: add one detail from your conversation with Kofi\./);
    // The new note no longer has the panel-greeting finding; the TODO is flagged until written.
    await waitForDiagnostics(created[1], (x) => hasCode('placeholder/drafting-note')(x) && !hasCode('personalization/panel-greeting')(x), 'the TODO flagged, no panel greeting');
  });
});
