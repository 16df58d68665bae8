// The writing workflow: templates, preview, copy, mail, .eml export, split, status bar.
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

/** What tests can observe of the workflow (returned from activate under `workflow`). */
export interface WorkflowApi {
  previews: Pick<PreviewManager, 'get' | 'onDidRender'>;
  statusBar: Pick<ThanksStatusBar, 'onDidUpdate'> & { readonly last: ThanksStatusBar['last'] };
}

export function registerWorkflow(context: vscode.ExtensionContext, server: ServerController, output: vscode.LogOutputChannel): WorkflowApi {
  const requests = new Requests(server);
  const previews = new PreviewManager(requests, output);
  const statusBar = new ThanksStatusBar(requests);
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
  return { previews, statusBar };
}
