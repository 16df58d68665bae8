// The writing workflow: templates, preview, copy, mail, .eml export, split, status bar, the notes view and Mark as Sent.
import * as vscode from 'vscode';
import type { ServerController } from './serverController';
import { Requests } from './requests';
import { registerNewNoteCommand } from './newNote';
import { registerInsertTemplateCommand } from './insertTemplate';
import { PreviewManager, registerPreviewCommands } from './preview';
import { registerCopyCommands } from './copy';
import { registerOpenInMailAppCommand } from './mail';
import { registerExportEmlCommand } from './exportEml';
import { registerSplitCommand } from './splitNote';
import { ThanksStatusBar } from './statusBar';
import { NOTES_VIEW, NotesView, uriOf } from './notesView';
import { registerMarkSentCommand } from './markSent';

/** What tests can observe of the workflow (returned from activate under `workflow`). */
export interface WorkflowApi {
  previews: Pick<PreviewManager, 'get' | 'onDidRender'>;
  statusBar: Pick<ThanksStatusBar, 'onDidUpdate'> & { readonly last: ThanksStatusBar['last'] };
  notesView: Pick<NotesView, 'onDidRefresh' | 'refresh'> & { readonly groups: NotesView['groups'] };
}

export function registerWorkflow(context: vscode.ExtensionContext, server: ServerController, output: vscode.LogOutputChannel): WorkflowApi {
  const requests = new Requests(server);
  const previews = new PreviewManager(requests, output);
  const statusBar = new ThanksStatusBar(requests);
  const notesView = new NotesView(server, requests);
  const tree = vscode.window.createTreeView(NOTES_VIEW, { treeDataProvider: notesView, showCollapseAll: true });
  context.subscriptions.push(
    notesView,
    tree,
    registerMarkSentCommand(requests),
    vscode.commands.registerCommand('thanks.refreshNotes', () => notesView.refresh(0)),
    // The view's context menu hands over its node: these open the note it stands for.
    vscode.commands.registerCommand('thanks.notesView.openPreview', (node: unknown) => vscode.commands.executeCommand('thanks.openPreviewToSide', uriOf(node))),
    vscode.commands.registerCommand('thanks.notesView.exportEml', (node: unknown, ...rest: unknown[]) => vscode.commands.executeCommand('thanks.exportEml', uriOf(node), ...rest)),
  );
  context.subscriptions.push(
    previews,
    statusBar,
    registerNewNoteCommand(context, requests),
    registerInsertTemplateCommand(context, requests),
    ...registerPreviewCommands(previews),
    ...registerCopyCommands(requests),
    registerOpenInMailAppCommand(requests),
    registerExportEmlCommand(requests),
    registerSplitCommand(requests),
  );
  return { previews, statusBar, notesView };
}
