import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  type ErrorHandler,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { DISABLE_RULE_COMMAND, type ThanksInitializationOptions } from '../../server/src/protocol';

/** Files whose changes make the server reload its configuration or word lists. */
// The notes themselves too: the server keeps the notes on disk by interview (panel copies, follow-ups, the notes view).
const WATCHED_FILES = ['**/.thanksrc.json', '**/.thanks-words.txt', '**/*.thanks'];
const SERVER_MODULE = 'server/out/server.js';

/**
 * Owns the one language client. Start, restart and stop run one after another (a second
 * restart waits for the first), so there is never more than one server process. A client whose
 * start failed cannot be started again (vscode-languageclient keeps its rejected start promise),
 * so a restart after a failure builds a fresh client; a running client is restarted in place.
 */
export class ServerController implements vscode.Disposable {
  private current: LanguageClient | undefined;
  private ready: Promise<boolean> = Promise.resolve(false);
  private queue: Promise<unknown> = Promise.resolve();
  private readonly watchers: vscode.FileSystemWatcher[];
  private readonly changeEmitter = new vscode.EventEmitter<LanguageClient>();

  /** Fires when a new client replaces the previous one (features re-attach their handlers). */
  readonly onDidChangeClient = this.changeEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.watchers = WATCHED_FILES.map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  }

  get client(): LanguageClient | undefined {
    return this.current;
  }

  /** Resolves true once the latest start or restart has an initialized server, false if it failed. Never rejects. */
  whenReady(): Promise<boolean> {
    return this.ready;
  }

  start(): Promise<boolean> {
    this.ready = this.enqueue(() => this.startNewClient());
    return this.ready;
  }

  restart(): Promise<boolean> {
    this.ready = this.enqueue(async () => {
      const client = this.current;
      if (client?.state === State.Running) {
        this.output.info('Restarting the Thanks language server.');
        return this.settle(client.restart());
      }
      await this.disposeClient();
      this.output.info('Starting the Thanks language server.');
      return this.startNewClient();
    });
    return this.ready;
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.disposeClient());
  }

  dispose(): void {
    void this.stop();
    for (const watcher of this.watchers) watcher.dispose();
    this.changeEmitter.dispose();
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private startNewClient(): Promise<boolean> {
    const client = this.createClient();
    this.current = client;
    this.changeEmitter.fire(client);
    return this.settle(client.start());
  }

  private settle(starting: Promise<void>): Promise<boolean> {
    return starting.then(
      () => true,
      (error: unknown) => {
        this.reportStartFailure(error);
        return false;
      },
    );
  }

  private createClient(): LanguageClient {
    const module = this.context.asAbsolutePath(SERVER_MODULE);
    const serverOptions: ServerOptions = {
      // The server idles most of the day: a small young generation keeps its resident memory down
      // (bench/results.md) at no measurable cost per keystroke.
      run: { module, transport: TransportKind.ipc, options: { execArgv: ['--max-semi-space-size=1'] } },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    let reachedRunning = false;
    let crashHandler: ErrorHandler | undefined;
    const errorHandler: ErrorHandler = {
      error: (error, message, count) => crashHandler!.error(error, message, count),
      // A server that never got running is not restarted in a loop; the start failure is reported once.
      closed: () => (reachedRunning ? crashHandler!.closed() : { action: CloseAction.DoNotRestart, handled: true }),
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'thanks' },
        { scheme: 'untitled', language: 'thanks' },
      ],
      outputChannel: this.output,
      traceOutputChannel: this.output,
      synchronize: { fileEvents: this.watchers },
      // In an untrusted workspace the server ignores the folder's .thanksrc.json and word list.
      initializationOptions: { extensionPath: this.context.extensionPath, workspaceTrusted: vscode.workspace.isTrusted, clientCommands: [DISABLE_RULE_COMMAND] } satisfies ThanksInitializationOptions,
      initializationFailedHandler: () => false,
      errorHandler,
    };
    const client = new LanguageClient('thanks', 'Thanks', serverOptions, clientOptions);
    crashHandler = client.createDefaultErrorHandler();
    client.onDidChangeState((event) => {
      if (event.newState === State.Running) reachedRunning = true;
    });
    return client;
  }

  private async disposeClient(): Promise<void> {
    const client = this.current;
    this.current = undefined;
    // Only a running client has a server to shut down; a failed or stopped one is just dropped.
    if (client?.state !== State.Running) return;
    try {
      await client.dispose();
    } catch (error) {
      this.output.warn(`Stopping the Thanks language server failed: ${describe(error)}`);
    }
  }

  private reportStartFailure(error: unknown): void {
    const module = this.context.asAbsolutePath(SERVER_MODULE);
    const hint = existsSync(module)
      ? 'See the messages above for the cause.'
      : 'That file does not exist: build the extension (`npm run build`).';
    this.output.error(
      `The Thanks language server failed to start: ${describe(error)}\n` +
        `  server module: ${module}\n` +
        `  ${hint} Then run "Thanks: Restart Language Server".`,
    );
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
