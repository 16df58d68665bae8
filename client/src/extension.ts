import * as vscode from 'vscode';
import { registerRestartServerCommand } from './restartServer';
import { ServerController } from './serverController';
import { registerWorkflow, type WorkflowApi } from './workflow';
import { registerDisableRuleCommand } from './disableRule';

/** What `activate` returns; e2e tests use it to wait for the server instead of sleeping. */
export interface ThanksExtensionApi {
  /** Resolves true once the current server is initialized, false if it failed to start. */
  whenServerReady(): Promise<boolean>;
  /** The writing workflow's previews and status bar, observable by tests. */
  workflow: WorkflowApi;
  /** When activation started and ended and the server became ready (performance.now() of the extension host). */
  startup: StartupTimings;
}

export interface StartupTimings {
  activateStart: number;
  activateEnd?: number;
  serverReady?: number;
}

let server: ServerController | undefined;

export function activate(context: vscode.ExtensionContext): ThanksExtensionApi {
  const startup: StartupTimings = { activateStart: performance.now() };
  const output = vscode.window.createOutputChannel('Thanks', { log: true });
  const controller = new ServerController(context, output);
  server = controller;
  context.subscriptions.push(output, controller, registerRestartServerCommand(controller), registerDisableRuleCommand());
  // Trust granted: restart so the server reads the folder's configuration after all.
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void controller.restart()));

  // Not awaited: activation stays quick, and a failed start is reported in the output channel.
  void controller.start().then((ok) => {
    startup.serverReady = performance.now();
    if (ok) output.info(`Server ready ${Math.round(startup.serverReady - startup.activateStart)} ms after activation started.`);
  });
  const workflow = registerWorkflow(context, controller, output);
  startup.activateEnd = performance.now();
  return { whenServerReady: () => controller.whenReady(), workflow, startup };
}

export async function deactivate(): Promise<void> {
  const controller = server;
  server = undefined;
  await controller?.stop();
}
