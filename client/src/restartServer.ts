import * as vscode from 'vscode';
import type { ServerController } from './serverController';

export const RESTART_SERVER_COMMAND = 'thanks.restartServer';

/** A failed restart is reported in the "Thanks" output (and by the client's own notification). */
export function registerRestartServerCommand(server: ServerController): vscode.Disposable {
  return vscode.commands.registerCommand(RESTART_SERVER_COMMAND, () => server.restart());
}
