import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, findDiagnostic, hasCode, hoverText, openCopy, positionOf, rangeOf, waitForDiagnostics } from './helpers';

describe('hover', () => {
  before(activeExtension);

  it('on a finding adds why it matters and the rule id to the message, without repeating it', async () => {
    const { document: doc } = await openCopy('slot.thanks');
    const ds = await waitForDiagnostics(doc.uri, hasCode('placeholder/slot'), 'placeholder/slot');
    const slot = findDiagnostic(ds, 'placeholder/slot');
    const inside = positionOf(doc, '[Company Name]').translate(0, 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, inside);
    const text = hoverText(hovers);
    // VS Code shows the diagnostic's message in the same hover: the server's part must not repeat it.
    assert.ok(!text.includes(slot.message), `hover repeats the message; got:\n${text}`);
    assert.match(text, /Why it matters/);
    assert.match(text, /placeholder\/slot/);
  });

  it('"What to do" uses the note’s own names', async () => {
    const { document: doc } = await openCopy('slot.thanks');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, rangeOf(doc, 'Dear Dana,'), 'Dear Jessica,');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await waitForDiagnostics(doc.uri, hasCode('personalization/salutation-name'), 'the wrong greeting');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Jessica').translate(0, 2));
    assert.match(hoverText(hovers), /What to do:\* Greet Dana Whitfield exactly as the front matter spells it: "Dear Dana," or "Dear Dana Whitfield,"/);
  });

  it('on a front-matter key explains the key', async () => {
    const { document: doc } = await openCopy('clean.thanks');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'interviewer:').translate(0, 2));
    assert.match(hoverText(hovers), /`interviewer`.*required/);
  });
});
