import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openCopy } from '../helpers';
import { waitForRender, workflow } from '../workflow-helpers';

describe('command thanks.openPreviewToSide', () => {
  it('opens the preview beside the note in a tab titled "Preview <file name>"', async () => {
    const api = await workflow();
    const editor = await openCopy('clean.thanks');
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('thanks.openPreviewToSide');
    assert.ok(panel);
    const name = editor.document.uri.path.split('/').pop();
    const r = await waitForRender(api, editor.document.uri, () => true, 'a rendering');
    assert.match(r.window ?? '', /h left in the 24-hour window/);
    assert.ok((panel.viewColumn ?? 0) > (editor.viewColumn ?? 0), `preview column ${panel.viewColumn} beside editor column ${editor.viewColumn}`);
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === `Preview ${name}`);
    assert.ok(tab, 'a tab with the preview title');
    assert.ok(tab.input instanceof vscode.TabInputWebview);
    // The note keeps the focus, as with Markdown's preview to the side.
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    panel.dispose();
  });

  it('has the editor-title button and the Markdown keybindings', () => {
    const c = vscode.extensions.getExtension('thanks-dev.thanks')!.packageJSON.contributes;
    const title = (c.menus['editor/title'] as { command: string; group: string; when: string }[]).find((m) => m.command === 'thanks.openPreviewToSide');
    assert.equal(title?.group, 'navigation');
    assert.match(title?.when ?? '', /editorLangId == thanks/);
    const keys = c.keybindings as { command: string; key: string }[];
    assert.equal(keys.find((k) => k.command === 'thanks.openPreview')?.key, 'ctrl+shift+v');
    assert.equal(keys.find((k) => k.command === 'thanks.openPreviewToSide')?.key, 'ctrl+k v');
  });
});
