import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, findDiagnostic, hasCode, lacksCode, openCopy, waitForDiagnostics, workspaceDir } from './helpers';
import { readText, scratchFolder } from './workflow-helpers';

interface DisableRuleArgs {
  uri: string;
  ruleId: string;
}

async function slotActions(doc: vscode.TextDocument): Promise<{ slot: vscode.Diagnostic; actions: vscode.CodeAction[] }> {
  const ds = await waitForDiagnostics(doc.uri, hasCode('placeholder/slot'), 'placeholder/slot');
  const slot = findDiagnostic(ds, 'placeholder/slot');
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, slot.range, vscode.CodeActionKind.QuickFix.value);
  return { slot, actions };
}

describe('quick fix', () => {
  before(activeExtension);

  it('fills [Company Name] from the front matter and the diagnostic goes away', async () => {
    const { document: doc } = await openCopy('slot.thanks');
    const { slot, actions } = await slotActions(doc);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.edit && /Northwind Health/.test(a.title));
    assert.ok(fix?.edit, `a fix filling in the company is offered; got ${JSON.stringify(titles)}`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(doc.lineAt(slot.range.start.line).text.startsWith('Northwind Health. I enjoyed'), true, doc.lineAt(slot.range.start.line).text);
    await waitForDiagnostics(doc.uri, (d) => lacksCode('placeholder/slot')(d) && lacksCode('personalization/company-missing')(d), 'slot and company-missing to clear');
  });

  it('lists the fixes first, then one "Disable placeholder/slot…" entry that runs thanks.disableRule', async () => {
    const { document: doc } = await openCopy('slot.thanks');
    const { actions } = await slotActions(doc);
    const titles = actions.map((a) => a.title);
    // The company-missing finding covers the same sentence: its entries are in the menu too.
    const fill = titles.indexOf('Fill in "Northwind Health"');
    const disable = titles.indexOf('Disable placeholder/slot…');
    assert.ok(fill >= 0 && disable > fill, JSON.stringify(titles));
    assert.ok(titles.slice(titles.findIndex((t) => t.startsWith('Disable'))).every((t) => t.startsWith('Disable ') && t.endsWith('…')), `only "Disable…" entries after the first one: ${JSON.stringify(titles)}`);
    assert.equal(titles.filter((t) => t.startsWith('Disable placeholder/slot')).length, 1, JSON.stringify(titles));
    assert.equal(actions[disable].command?.command, 'thanks.disableRule');
  });

  it('"Disable…" on this line writes an inline directive and silences the rule there', async () => {
    const { document: doc } = await openCopy('slot.thanks');
    const { slot, actions } = await slotActions(doc);
    const disable = actions.find((a) => a.title === 'Disable placeholder/slot…');
    assert.ok(disable?.command);
    const scope = await vscode.commands.executeCommand(disable.command.command, ...(disable.command.arguments ?? []), 'line');
    assert.equal(scope, 'line');
    assert.match(doc.lineAt(slot.range.start.line).text, /<!-- thanks-disable-line placeholder\/slot -->$/);
    await waitForDiagnostics(doc.uri, lacksCode('placeholder/slot'), 'the slot diagnostic to be silenced');
  });

  it('"Disable…" in this workspace sets the rule off in the governing .thanksrc.json', async () => {
    // A folder of its own with an empty .thanksrc.json, so that file governs only this note.
    const folder = await scratchFolder('disable-ws');
    const rc = vscode.Uri.joinPath(folder, '.thanksrc.json');
    await vscode.workspace.fs.writeFile(rc, Buffer.from('{}\n'));
    const note = vscode.Uri.joinPath(folder, 'slot.thanks');
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(workspaceDir(), 'slot.thanks'), note);
    const doc = await vscode.workspace.openTextDocument(note);
    await vscode.window.showTextDocument(doc);
    const { actions } = await slotActions(doc);
    const disable = actions.find((a) => a.title === 'Disable placeholder/slot…');
    assert.ok(disable?.command);
    const [args] = disable.command.arguments as [DisableRuleArgs];
    assert.equal(args.ruleId, 'placeholder/slot');
    assert.equal(await vscode.commands.executeCommand(disable.command.command, args, 'workspace'), 'workspace');
    assert.deepEqual(JSON.parse(await readText(rc)), { rules: { 'placeholder/slot': 'off' } });
    const ds = await waitForDiagnostics(doc.uri, lacksCode('placeholder/slot'), 'the rule to be off in this workspace');
    assert.ok(hasCode('personalization/company-missing')(ds), 'other rules still report');
  });
});
