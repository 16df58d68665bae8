import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openCopy, type ThanksApi } from './helpers';

describe('activation', () => {
  it('activates on opening a .thanks file, with language id "thanks" and a ready server', async () => {
    const editor = await openCopy('clean.thanks');
    assert.equal(editor.document.languageId, 'thanks');
    const ext = vscode.extensions.getExtension<ThanksApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    // onLanguage:thanks activation is what opening the note triggers; activate() then returns the same API.
    const api = ext.isActive ? ext.exports : await ext.activate();
    assert.equal(ext.isActive, true);
    assert.equal(typeof api.whenServerReady, 'function');
    assert.equal(await api.whenServerReady(), true);
  });
});
