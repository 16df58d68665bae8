// Before a note leaves the editor (copy, mail app, .eml): a note that still has errors — the wrong
// name, a [Company] slot — is handed off only after the writer says so.
import * as vscode from 'vscode';
import { plural, type RenderResult } from '../../server/src/protocol';

/** 'ask' (the default) shows a modal; automation and tests may answer in advance. */
export type IfErrors = 'ask' | 'proceed' | 'cancel';

export interface HandOffOptions {
  ifErrors?: IfErrors;
}

/** Whether to go on handing off `doc` (verb: "Copy", "Open", "Export"). */
export async function confirmHandOff(doc: vscode.TextDocument, r: RenderResult, verb: string, options: HandOffOptions = {}): Promise<boolean> {
  const errors = r.readiness.errors;
  if (errors === 0) return true;
  const mode = options.ifErrors ?? 'ask';
  if (mode !== 'ask') return mode === 'proceed';
  const first = vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === 'thanks' && d.severity === vscode.DiagnosticSeverity.Error);
  const detail = first ? `${first.message} (line ${first.range.start.line + 1})${errors > 1 ? `, and ${plural(errors - 1, 'more')}` : ''}.` : undefined;
  const anyway = `${verb} Anyway`;
  const choice = await vscode.window.showWarningMessage(
    `This note still has ${plural(errors, 'error')}. ${verb} it anyway?`,
    { modal: true, ...(detail ? { detail } : {}) },
    anyway,
    'Show Problems',
  );
  if (choice === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
  return choice === anyway;
}
