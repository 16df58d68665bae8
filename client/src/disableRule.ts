// The one "Disable <rule>…" quick fix: asks where — this line, this note, or this workspace — and
// applies it. Line and note write the server's directive edit; workspace runs the server command
// that sets the rule "off" in .thanksrc.json (read by the CLI and every editor, unlike a setting).
import * as vscode from 'vscode';
import { DISABLE_IN_WORKSPACE_COMMAND, DISABLE_RULE_COMMAND, type DisableRuleArgs, type DisableScope, type WireTextEdit } from '../../server/src/protocol';

function toEdit(e: WireTextEdit): vscode.TextEdit {
  const { start, end } = e.range;
  return new vscode.TextEdit(new vscode.Range(start.line, start.character, end.line, end.character), e.newText);
}

interface ScopeItem extends vscode.QuickPickItem {
  scope: DisableScope;
}

export function scopeItems(args: DisableRuleArgs): ScopeItem[] {
  const items: ScopeItem[] = [];
  if (args.edits.line) items.push({ scope: 'line', label: 'On this line', detail: `Adds "${args.edits.line.newText.trim()}" at the end of the line.` });
  items.push({ scope: 'note', label: 'In this note', detail: `Adds "${args.edits.note.newText.trim()}" at the top of the note.` });
  items.push({ scope: 'workspace', label: 'In this workspace', detail: `Sets "${args.ruleId}": "off" in .thanksrc.json (the command line reads it too).` });
  return items;
}

/** `scope` (tests, keybindings) skips the question. Resolves with the scope applied, or undefined. */
export function registerDisableRuleCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(DISABLE_RULE_COMMAND, async (args: DisableRuleArgs, scope?: DisableScope): Promise<DisableScope | undefined> => {
    const chosen = scope ?? (await vscode.window.showQuickPick(scopeItems(args), { title: `Disable ${args.ruleId}`, placeHolder: 'Where should this rule be off?' }))?.scope;
    if (!chosen) return undefined;
    const uri = vscode.Uri.parse(args.uri);
    if (chosen === 'workspace') {
      const result = await vscode.commands.executeCommand<{ file: string } | undefined>(DISABLE_IN_WORKSPACE_COMMAND, args.uri, args.ruleId);
      if (!result) return undefined;
      void vscode.window.setStatusBarMessage(`$(check) ${args.ruleId} is off in ${vscode.workspace.asRelativePath(result.file)}`, 4000);
      return chosen;
    }
    const edit = chosen === 'line' ? args.edits.line : args.edits.note;
    if (!edit) return undefined;
    const we = new vscode.WorkspaceEdit();
    we.set(uri, [toEdit(edit)]);
    return (await vscode.workspace.applyEdit(we)) ? chosen : undefined;
  });
}
