// A small typed LSP client for protocol tests: starts the built server (`node server/out/server.js
// --stdio`, so `npm run build` must have run) in its own process group with a pinned clock, answers
// `workspace/configuration` with settings the test controls, and records every publishDiagnostics so
// a test can await "the next diagnostics for this uri (and version)" — event-driven, with a timeout.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  CodeActionRequest,
  CompletionRequest,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExecuteCommandRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionContext,
  type Command,
  type CompletionItem,
  type CompletionList,
  type ConfigurationItem,
  type FileEvent,
  type Hover,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const REPO_ROOT = resolve(__dirname, '..', '..');
/** The built server; THANKS_BUILD_DIR points the tests at another build of server/out. */
export const BUILD_DIR = process.env.THANKS_BUILD_DIR ? resolve(process.env.THANKS_BUILD_DIR) : join(REPO_ROOT, 'server', 'out');
export const SERVER_JS = join(BUILD_DIR, 'server.js');
export const DEFAULT_NOW = '2026-11-25T09:00';

export interface Published extends PublishDiagnosticsParams {
  /** Order of arrival over the whole session (1, 2, …). */
  seq: number;
}

export interface StartOptions {
  /** THANKS_NOW for the server (default 2026-11-25T09:00). */
  now?: string;
  /** Working directory of the server (default: the repository root). */
  cwd?: string;
  /**
   * The workspace folder announced in initialize (default none, so nothing the server writes — an
   * "Add to dictionary" word list — can land in the repository).
   */
  rootPath?: string;
  /** Whether the client announces `workspace.configuration` (default true). */
  configuration?: boolean;
  /** The `thanks` settings returned for workspace/configuration (default null). */
  settings?: unknown;
  /** Milliseconds to wait for initialize (default 15000). */
  initializeTimeout?: number;
  /** `initializationOptions` of the initialize request (e.g. `{ workspaceTrusted: false }`). */
  initializationOptions?: unknown;
  /** Node options before the server script (e.g. `--expose-gc`), and more environment variables. */
  execArgv?: string[];
  env?: Record<string, string>;
}

export interface WaitOptions {
  /** Only a publish for this document version counts. */
  version?: number;
  /** Only a publish satisfying this counts. */
  where?: (p: Published) => boolean;
  /** Milliseconds before the wait fails (default 10000). */
  timeout?: number;
}

interface Waiter {
  uri: string;
  accept: (p: Published) => boolean;
  resolve: (p: Published) => void;
}

const live = new Set<LspClient>();
process.on('exit', () => {
  for (const c of live) c.kill();
});

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export class LspClient {
  readonly child: ChildProcess;
  readonly connection: ProtocolConnection;
  initializeResult!: InitializeResult;
  /** Returned for every workspace/configuration item; a function may answer per item. */
  settings: unknown | ((item: ConfigurationItem) => unknown);
  /** Every workspace/configuration item the server asked for. */
  readonly configurationRequests: ConfigurationItem[] = [];
  /** Every publishDiagnostics, in order of arrival. */
  readonly published: Published[] = [];
  /** window/logMessage texts (the server's warnings about bad settings, rule failures…). */
  readonly logs: string[] = [];
  stderr = '';
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();
  private seq = 0;

  private constructor(child: ChildProcess, settings: unknown) {
    this.child = child;
    this.settings = settings;
    this.exit = new Promise((res) => {
      child.on('exit', (code, signal) => {
        this.exited = { code, signal };
        live.delete(this);
        res({ code, signal });
      });
    });
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => {
      this.stderr = (this.stderr + d).slice(-20000);
    });
    const reader = new StreamMessageReader(child.stdout!);
    // No "partial message" timer: after a server is killed halfway through writing a message, the
    // reader re-armed a 10 s timer for that message for ever (disposing the connection does not stop
    // it), which kept mocha from exiting after the last test.
    reader.partialMessageTimeout = 0;
    this.connection = createProtocolConnection(reader, new StreamMessageWriter(child.stdin!));
    this.connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(...params.items);
      return params.items.map((item) => (typeof this.settings === 'function' ? (this.settings as (i: ConfigurationItem) => unknown)(item) : this.settings) as never);
    });
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p.message);
    });
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const rec: Published = { ...p, seq: ++this.seq };
      this.published.push(rec);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.accept(rec)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(rec);
        }
      }
    });
    this.connection.onError(() => undefined);
    this.connection.onClose(() => undefined);
    this.connection.listen();
  }

  /** Spawns the server and runs initialize/initialized. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run \`npm run build\` first`);
    const child = spawn(process.execPath, [...(options.execArgv ?? []), SERVER_JS, '--stdio'], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, THANKS_NOW: options.now ?? DEFAULT_NOW, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true, // its own process group, so kill() takes everything it started with it
    });
    const client = new LspClient(child, options.settings ?? null);
    live.add(client);
    const capabilities: ClientCapabilities = {
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: false },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
      },
      workspace: { configuration: options.configuration ?? true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: false },
    };
    const started = client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.rootPath ? uriOf(options.rootPath) : null,
      capabilities,
      workspaceFolders: null,
      ...(options.initializationOptions === undefined ? {} : { initializationOptions: options.initializationOptions }),
    });
    client.initializeResult = await client.within(started, options.initializeTimeout ?? 15000, 'initialize');
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Rejects when `p` does not settle within `ms`, or when the server exits first. */
  private within<T>(p: Promise<T>, ms: number, what: string, watchExit = true): Promise<T> {
    return new Promise<T>((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`timed out after ${ms} ms waiting for ${what}; server stderr: ${this.stderr.slice(-2000)}`)), ms);
      if (watchExit) {
        void this.exit.then((e) => {
          clearTimeout(timer);
          rej(new Error(`server exited (${JSON.stringify(e)}) while waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`));
        });
      }
      p.then(
        (v) => {
          clearTimeout(timer);
          res(v);
        },
        (e) => {
          clearTimeout(timer);
          rej(e);
        },
      );
    });
  }

  /**
   * The next publishDiagnostics for `uri` that arrives after this call (optionally for `version`).
   * Call it before sending the change it answers, then await it.
   */
  nextDiagnostics(uri: string, options: WaitOptions = {}): Promise<Published> {
    const accept = (p: Published) => (options.version === undefined || p.version === options.version) && (!options.where || options.where(p));
    const ms = options.timeout ?? 10000;
    const waiter = new Promise<Published>((res) => this.waiters.push({ uri, accept, resolve: res }));
    return this.within(waiter, ms, `diagnostics for ${uri}${options.version === undefined ? '' : ` version ${options.version}`}`).catch((e: Error) => {
      this.waiters = this.waiters.filter((w) => w.accept !== accept);
      const last = this.lastDiagnostics(uri);
      throw new Error(`${e.message}\nlast publish for it: ${last ? JSON.stringify({ version: last.version, codes: last.diagnostics.map((d) => d.code) }) : 'none'}`);
    });
  }

  /** The diagnostics for `uri` at `version`: already published, or the next such publish. */
  diagnosticsAt(uri: string, version: number, timeout?: number): Promise<Published> {
    const had = [...this.published].reverse().find((p) => p.uri === uri && p.version === version);
    return had ? Promise.resolve(had) : this.nextDiagnostics(uri, { version, timeout });
  }

  lastDiagnostics(uri: string): Published | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i].uri === uri) return this.published[i];
    return undefined;
  }

  publishedFor(uri: string): Published[] {
    return this.published.filter((p) => p.uri === uri);
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  /** didOpen (version 1 unless given); resolves with the diagnostics published for that version. */
  async open(uri: string, text: string, version = 1): Promise<Published> {
    const next = this.nextDiagnostics(uri, { version });
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'thanks', version, text } });
    return next;
  }

  /** didChange with the next version number; does not wait. Returns the version sent. */
  async sendChange(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = this.version(uri) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** didChange with the next version; resolves with the diagnostics published for it. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<Published> {
    const version = this.version(uri) + 1;
    const next = this.nextDiagnostics(uri, { version });
    await this.sendChange(uri, changes);
    return next;
  }

  /** Replaces the whole text (a full-content change) and waits for its diagnostics. */
  replaceAll(uri: string, text: string): Promise<Published> {
    return this.change(uri, [{ text }]);
  }

  /** didClose; resolves with the (version-less) publish that clears the note. */
  async close(uri: string): Promise<Published> {
    const next = this.nextDiagnostics(uri, { where: (p) => p.version === undefined || p.version === null });
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    this.versions.delete(uri);
    return next;
  }

  /** didSave (the text as last sent); does not wait. */
  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** workspace/executeCommand; resolves with the server's answer. */
  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.within(this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }), 10000, `executeCommand ${command}`);
  }

  /** Sets the settings answered from now on and sends workspace/didChangeConfiguration. */
  async configure(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { thanks: settings } });
  }

  /** workspace/didChangeWatchedFiles (what the editor sends when a .thanksrc.json or word list changes). */
  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.within(this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), 10000, 'hover');
  }

  codeActions(uri: string, range: Range, context: Partial<CodeActionContext> = {}): Promise<(Command | CodeAction)[] | null> {
    return this.within(
      this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], ...context } }),
      10000,
      'codeAction',
    );
  }

  completion(uri: string, position: Position): Promise<CompletionItem[] | CompletionList | null> {
    return this.within(this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }), 10000, 'completion');
  }

  /** shutdown + exit; resolves with the process's exit code. */
  async shutdown(timeout = 10000): Promise<number | null> {
    await this.within(this.connection.sendRequest(ShutdownRequest.type), timeout, 'shutdown');
    await this.connection.sendNotification(ExitNotification.type);
    const e = await this.within(this.exit, timeout, 'the server to exit', false);
    this.connection.dispose();
    return e.code;
  }

  /** Kills the server's whole process group (safe to call twice, or after exit). */
  kill(): void {
    if (this.exited === undefined && this.child.pid !== undefined) {
      try {
        process.kill(-this.child.pid, 'SIGKILL');
      } catch {
        try {
          this.child.kill('SIGKILL');
        } catch {
          /* already gone */
        }
      }
    }
    live.delete(this);
  }

  /** For `after` hooks: kill the process and wait until it is gone. */
  async dispose(): Promise<void> {
    this.connection.dispose();
    if (this.exited === undefined) {
      this.kill();
      await this.exit;
    }
  }
}

export { applyTextEdits, codes, messageOf, offsetAt, positionAt, rangeOf, textIn } from './lsp-text';
