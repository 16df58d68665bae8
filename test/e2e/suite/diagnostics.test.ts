import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, codeOf, findDiagnostic, hasCode, lacksCode, openCopy, rangeOf, waitForDiagnostics } from './helpers';

describe('diagnostics', () => {
  before(activeExtension);

  it('publishes placeholder/slot on [Company Name] with its exact range, source and severity', async () => {
    const { document: doc } = await openCopy('slot.thanks');
    const ds = await waitForDiagnostics(doc.uri, hasCode('placeholder/slot'), 'placeholder/slot');
    const slot = findDiagnostic(ds, 'placeholder/slot');
    assert.deepEqual(slot.range, rangeOf(doc, '[Company Name]'));
    assert.equal(doc.getText(slot.range), '[Company Name]');
    assert.equal(slot.source, 'thanks');
    assert.equal(slot.severity, vscode.DiagnosticSeverity.Error);
    assert.match(slot.message, /Unfilled template slot "\[Company Name\]"/);
    // One finding per mistake: the unnamed company is the slot's finding, not also company-missing's.
    assert.ok(!ds.some((d) => codeOf(d) === 'personalization/company-missing'), ds.map(codeOf).join(', '));
  });

  it('has no placeholder, personalization or front-matter findings on the clean note', async () => {
    const editor = await openCopy('clean.thanks');
    const doc = editor.document;
    // "No diagnostics" can also mean "not analysed yet": add one known finding and wait for it, so the
    // check below runs on a real analysis of this note.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), '\n<Your Phone>\n');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const ds = await waitForDiagnostics(doc.uri, hasCode('placeholder/slot'), 'the marker slot');
    const others = ds.filter((d) => /^(placeholder|personalization|frontmatter)\//.test(codeOf(d)) && doc.getText(d.range) !== '<Your Phone>');
    assert.deepEqual(others.map(codeOf), []);
    assert.deepEqual(ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map(codeOf), ['placeholder/slot']);
  });

  it('update on an edit without saving: an inserted slot is flagged, and cleared once removed', async () => {
    const editor = await openCopy('clean.thanks');
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, lacksCode('placeholder/slot'), 'no slot at first');
    const at = rangeOf(doc, 'Dear Dana,').end;
    const insert = new vscode.WorkspaceEdit();
    insert.insert(doc.uri, at, ' {{role}}');
    assert.equal(await vscode.workspace.applyEdit(insert), true);
    assert.equal(doc.isDirty, true, 'the edit is not saved');
    const ds = await waitForDiagnostics(doc.uri, hasCode('placeholder/slot'), 'the inserted slot to be flagged');
    assert.deepEqual(findDiagnostic(ds, 'placeholder/slot').range, rangeOf(doc, '{{role}}'));

    const remove = new vscode.WorkspaceEdit();
    remove.delete(doc.uri, new vscode.Range(at, rangeOf(doc, '{{role}}').end));
    assert.equal(await vscode.workspace.applyEdit(remove), true);
    await waitForDiagnostics(doc.uri, lacksCode('placeholder/slot'), 'the slot diagnostic to go');
    assert.equal(doc.isDirty, true);
  });
});
