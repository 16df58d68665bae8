import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, EXTENSION_ID, manifest, openCopy, positionOf } from './helpers';

interface SnippetContribution { language?: string; path?: string }

describe('snippets', () => {
  before(activeExtension);

  it('are contributed for the thanks language and offered in a note', async function () {
    const contributed = ((manifest().contributes?.snippets ?? []) as SnippetContribution[]).filter((s) => s.language === 'thanks');
    if (contributed.length === 0) {
      // Snippets come with the workflow issue; until package.json contributes them there is nothing to check.
      this.skip();
    }
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const snippets: { name: string; prefixes: string[] }[] = [];
    for (const c of contributed) {
      assert.ok(c.path, 'a snippets contribution has a path');
      const file = path.join(ext.extensionPath, c.path);
      assert.ok(fs.existsSync(file), `${c.path} ships in the VSIX`);
      const body = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { prefix: string | string[] }>;
      for (const [name, s] of Object.entries(body)) snippets.push({ name, prefixes: ([] as string[]).concat(s.prefix) });
    }
    assert.ok(snippets.length > 0, 'at least one snippet');
    const { document: doc } = await openCopy('completion.thanks');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, positionOf(doc, 'Thank you'));
    const offered = new Set(list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label)));
    // A prefix like "---" is only offered after "-" is typed; each snippet must be offered under one of its prefixes.
    for (const s of snippets) {
      assert.ok(s.prefixes.some((p) => offered.has(p)), `snippet "${s.name}" (${s.prefixes.join(', ')}) is offered; offered: ${JSON.stringify([...offered])}`);
    }
  });
});
