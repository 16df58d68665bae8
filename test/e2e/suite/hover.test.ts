import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, findDiagnostic, hasCode, hoverText, openCopy, positionOf, waitForDiagnostics } from './helpers';

describe('hover', () => {
  before(activeExtension);

  it('on a finding shows its message, why it matters and the rule id', async () => {
    const { document: doc } = await openCopy('slot.thanks');
    const ds = await waitForDiagnostics(doc.uri, hasCode('placeholder/slot'), 'placeholder/slot');
    const slot = findDiagnostic(ds, 'placeholder/slot');
    const inside = positionOf(doc, '[Company Name]').translate(0, 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, inside);
    const text = hoverText(hovers);
    assert.ok(text.includes(slot.message), `hover repeats the message; got:\n${text}`);
    assert.match(text, /Why it matters/);
    assert.match(text, /placeholder\/slot/);
  });

  it('on a front-matter key explains the key', async () => {
    const { document: doc } = await openCopy('clean.thanks');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'interviewer:').translate(0, 2));
    assert.match(hoverText(hovers), /`interviewer`.*required/);
  });
});
