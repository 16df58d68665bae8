// Notes as people really write them (issue 11): a letter with its closing inside the last paragraph,
// and a letter pasted with its address blocks above the greeting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, codeOf, describeDiagnostics, findDiagnostic, hasCode, lacksCode, openCopy, rangeOf, waitForDiagnostics } from './helpers';

const underlined = (d: vscode.Diagnostic) => d.severity !== vscode.DiagnosticSeverity.Hint;

describe('letters', () => {
  before(activeExtension);

  it('a good letter whose closing is inline in the last paragraph shows no underline', async () => {
    const { document: doc } = await openCopy('letter-inline.thanks');
    // "No diagnostics" can also mean "not analysed yet": put a known slot in, wait for it, take it
    // out again and wait for it to go, so the check below reads an analysis of the note as written.
    const at = rangeOf(doc, 'Dear Ms. Okonkwo:').end;
    const insert = new vscode.WorkspaceEdit();
    insert.insert(doc.uri, at, ' [Name]');
    assert.equal(await vscode.workspace.applyEdit(insert), true);
    await waitForDiagnostics(doc.uri, hasCode('placeholder/slot'), 'the marker slot');
    const remove = new vscode.WorkspaceEdit();
    remove.delete(doc.uri, rangeOf(doc, ' [Name]'));
    assert.equal(await vscode.workspace.applyEdit(remove), true);
    const ds = await waitForDiagnostics(doc.uri, lacksCode('placeholder/slot'), 'the marker slot to go');
    assert.deepEqual(ds.filter(underlined).map(codeOf), [], describeDiagnostics(ds));
    // the closing "Thank you again …, Tomasz Wieczorek" is read as sign-off and signature
    assert.ok(!ds.some((d) => /^structure\/(sign-off|signature)$/.test(codeOf(d))));
  });

  it('a pasted letter with address blocks shows the wrong greeting as an error, and the header as letter format', async () => {
    const { document: doc } = await openCopy('letter-header.thanks');
    const ds = await waitForDiagnostics(doc.uri, hasCode('personalization/salutation-name'), 'the greeting error');
    const greeting = findDiagnostic(ds, 'personalization/salutation-name');
    assert.equal(greeting.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual(greeting.range, rangeOf(doc, 'Dr. Ferreira:').with({ end: rangeOf(doc, 'Dr. Ferreira:').end.translate(0, -1) }));
    assert.match(greeting.message, /Harriet Okonkwo/);
    // the header is its own finding; it does not turn the greeting into a sign-off or the letter into a signature
    assert.ok(hasCode('structure/letter-format')(ds), describeDiagnostics(ds));
    for (const code of ['structure/salutation-missing', 'structure/gratitude', 'structure/sign-off', 'structure/signature', 'structure/length']) {
      assert.ok(lacksCode(code)(ds), `${code} in ${describeDiagnostics(ds)}`);
    }
  });
});
