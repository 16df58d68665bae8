import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hasCode, waitForDiagnostics } from '../helpers';
import { FRONT_MATTER, openScratch, workflow } from '../workflow-helpers';

describe('command thanks.insertTemplate', () => {
  before(workflow);

  it('inserts the chosen situation after the front matter, filled from it', async () => {
    const editor = await openScratch('template.thanks', FRONT_MATTER);
    assert.equal(await vscode.commands.executeCommand('thanks.insertTemplate', 'thanks-phone-screen'), true);
    const text = editor.document.getText();
    assert.ok(text.startsWith(FRONT_MATTER + 'Dear Dana,\n\nThank you for the call on Tuesday about the Senior Data Engineer role at Northwind Health.'), text);
    assert.match(text, /You mentioned moving nightly batch jobs to streaming as a priority for the team\./);
    assert.match(text, /\[experience that matches that priority\]/);
    assert.match(text, /\nBest regards,\nAlex Rivera\n/);
    await waitForDiagnostics(editor.document.uri, hasCode('placeholder/slot'), 'placeholder/slot for the part left to write');
  });

  it('is offered in the command palette only in a note', () => {
    const palette = ((vscode.extensions.getExtension('thanks-dev.thanks')!.packageJSON.contributes.menus.commandPalette) as { command: string; when: string }[]);
    assert.equal(palette.find((m) => m.command === 'thanks.insertTemplate')?.when, 'editorLangId == thanks');
  });
});
