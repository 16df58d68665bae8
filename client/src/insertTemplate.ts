// Thanks: Insert Template… — a quick pick of the situations; the chosen letter goes in at the cursor
// (or after the front matter when the body is empty), with what the front matter knows filled in.
import * as vscode from 'vscode';
import { letterTemplates, pickTemplate, workflowSettings } from './templates';
import { LANGUAGE_ID, type Requests } from './requests';

export const INSERT_TEMPLATE_COMMAND = 'thanks.insertTemplate';

export function registerInsertTemplateCommand(context: vscode.ExtensionContext, requests: Requests): vscode.Disposable {
  /** Argument (tests, keybindings): a template prefix such as "thanks-phone-screen". */
  return vscode.commands.registerCommand(INSERT_TEMPLATE_COMMAND, async (prefix?: string) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) {
      void vscode.window.showWarningMessage('Open a .thanks note to insert a template.');
      return false;
    }
    const template = typeof prefix === 'string' ? letterTemplates(context).find((t) => t.prefix === prefix) : await pickTemplate(context, 'Which situation is this note for?');
    if (!template) return false;
    const doc = editor.document;
    const text = doc.getText();
    const { body, bodyEmpty } = await requests.prefill(text, template.body, workflowSettings(doc.uri));
    // An empty body: the letter goes right after the front matter, not wherever the cursor was.
    const at = bodyEmpty ? doc.positionAt(text.length) : editor.selection.active;
    const lead = bodyEmpty && text.length > 0 && !text.endsWith('\n') ? '\n' : '';
    return editor.insertSnippet(new vscode.SnippetString(lead + body), at);
  });
}
