// The language server: a thin adapter from LSP to the analysis core.
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  CodeActionKind,
  ErrorCodes,
  FileChangeType,
  ResponseError,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkedDocuments } from './documents';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { now } from '../core/lint/engine';
import { checkNote, resourcesReady, warmUp } from '../core/lint/check';
import { dropCaches } from '../core/document/caches';
import { RC_NAME, settingsFrom, type ThanksSettings } from '../core/lint/config';
import { addWordToList, WorkspaceConfigCache, type FolderConfig } from '../core/lint/workspace';
import { writeRuleSeverity } from '../core/lint/rc-edit';
import { rulesById } from '../core/rules';
import { AnalysisStore, type Analysis } from './state';
import { toLspDiagnostic } from './convert';
import { hoverAt } from './hover';
import { completionsAt } from './completion';
import type { WorkflowHandler } from './workflow';
import { codeActions, FIX_ALL_KIND } from './actions';
import { ADD_WORD_COMMAND, DISABLE_IN_WORKSPACE_COMMAND, DISABLE_RULE_COMMAND, type DisableInWorkspaceResult, type NoteParams, type ThanksInitializationOptions } from '../protocol';
import { WorkspaceNotes } from './notes';
import { later } from './later';
import { describeFileError, isInside } from '../core/files/note-file';

/** A client that has not answered workspace/configuration by then gets the default settings. */
export const CONFIGURATION_TIMEOUT_MS = 3000;
/** The longest a change waits for quiet before it is analysed (a 5 MB note takes ~300 ms). */
export const MAX_COALESCE_MS = 1000;

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = checkedDocuments((uri, version) =>
    connection.console.warn(`A change to ${uri} (version ${version}) had a range outside the document; it was applied at the document's end.`),
  );
  const store = new AnalysisStore();
  const folders = new WorkspaceConfigCache();
  const settingsCache = new Map<string, Promise<ThanksSettings>>();
  const scheduled = new Map<string, { cancel: () => void; trigger: Trigger }>();
  /** When the last analysis of each note ended and how long it took: the next one starts no sooner
   *  than that long after it ended. A lone keystroke is analysed at once; a burst of edits is
   *  coalesced (the newest version is analysed, the versions in between never are), and analysis
   *  takes at most half the time, so the connection stays responsive even on a 5 MB note. */
  const lastCost = new Map<string, { ms: number; end: number }>();
  const reportedRuleErrors = new Set<string>();
  const rcDiagnosticsSent = new Set<string>();
  let configurationSupport = false;
  let disableCommand = false;
  // Clients without workspace/configuration (Neovim 0.7) push their settings with
  // workspace/didChangeConfiguration instead: the last payload is the settings of every note.
  let pushedSettings: ThanksSettings | undefined;
  let workspaceRoot: string | undefined;
  let workspaceFolders: string[] = [];

  // Workspace trust (package.json capabilities.untrustedWorkspaces: "limited"): in an untrusted
  // workspace the folder's .thanksrc.json and .thanks-words.txt are not read, so files from a
  // stranger's repository cannot silence the checks. The client sends `workspaceTrusted`.
  let workspaceTrusted = true;
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    configurationSupport = Boolean(params.capabilities.workspace?.configuration);
    const init = (params.initializationOptions ?? {}) as ThanksInitializationOptions;
    workspaceTrusted = init.workspaceTrusted !== false;
    disableCommand = Array.isArray(init.clientCommands) && init.clientCommands.includes(DISABLE_RULE_COMMAND);
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) workspaceRoot = fileURLToPath(folder);
    workspaceFolders = (params.workspaceFolders?.map((f) => f.uri) ?? (folder ? [folder] : [])).filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    return {
      capabilities: {
        // Saves are wanted for the setting run: "onSave".
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        completionProvider: { resolveProvider: false, triggerCharacters: [] },
        executeCommandProvider: { commands: [ADD_WORD_COMMAND, DISABLE_IN_WORKSPACE_COMMAND] },
      },
      serverInfo: { name: 'thanks', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (configurationSupport) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'thanks' }).catch(() => undefined);
    }
    // The notes on disk, for the panel and follow-up checks and the notes view: read off the hot path.
    setImmediate(() => void notes.scan(workspaceFolders).then(() => {
      for (const d of documents.all()) schedule(d.uri, 'refresh');
    }));
  });

  // Performance: a slow resource would load off the hot path once the first note's diagnostics are
  // out, the rules that need it deferred, then re-checked. (The spelling dictionaries load in a few
  // ms on first use, so spelling is in the first publish and nothing is deferred today.)
  let warmingUp = false;
  function startWarmUp(): void {
    if (warmingUp || resourcesReady()) return;
    warmingUp = true;
    void warmUp().then(() => {
      for (const d of documents.all()) schedule(d.uri, 'refresh');
    });
  }

  function settingsFor(uri: string): Promise<ThanksSettings> {
    if (!configurationSupport) return Promise.resolve(pushedSettings ?? settingsFrom(undefined));
    let p = settingsCache.get(uri);
    if (!p) {
      const asked = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'thanks' })
        .then((raw) => {
          const problems: string[] = [];
          const s = settingsFrom(raw, problems);
          for (const msg of problems) connection.console.warn(`Thanks settings: ${msg} (ignored; defaults used).`);
          return s;
        })
        .catch(() => settingsFrom(undefined));
      // A client that never answers must not silence the note: defaults after a while, and the
      // real settings (with a fresh check) if the answer comes later.
      let timedOut = false;
      const fallback = new Promise<ThanksSettings>((resolve) => {
        setTimeout(() => {
          timedOut = true;
          resolve(settingsFrom(undefined));
        }, CONFIGURATION_TIMEOUT_MS).unref();
      });
      p = Promise.race([asked, fallback]);
      void asked.then((s) => {
        if (!timedOut || settingsCache.get(uri) !== p) return;
        settingsCache.set(uri, Promise.resolve(s));
        schedule(uri, 'refresh');
      });
      settingsCache.set(uri, p);
    }
    return p;
  }

  function folderConfig(uri: string): FolderConfig {
    if (!uri.startsWith('file:') || !workspaceTrusted) return { words: new Set<string>() };
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return { words: new Set<string>() };
    }
    const fc = folders.forNote(path);
    if (fc.rc && !rcDiagnosticsSent.has(fc.rc.path)) {
      rcDiagnosticsSent.add(fc.rc.path);
      connection.sendDiagnostics({
        uri: pathToFileURL(fc.rc.path).href,
        diagnostics: fc.rc.problems.map((p) => ({
          range: { start: { line: p.line, character: p.column }, end: { line: p.line, character: p.column + 1 } },
          severity: 1,
          source: 'thanks',
          code: 'config',
          message: `.thanksrc.json ${p.message} The rest of the configuration uses defaults.`,
        })),
      });
    }
    return fc;
  }

  /** The options a note is checked with (the notes view checks closed notes with them too). */
  async function checkOptionsFor(uri: string) {
    const settings = await settingsFor(uri);
    return settings.enable ? { settings, folder: folderConfig(uri), resources: 'defer' as const } : undefined;
  }
  const notes = new WorkspaceNotes(connection, documents, store, checkOptionsFor);
  notes.listen();

  /**
   * Checks a note and publishes its diagnostics. With run: "onSave" an edit publishes nothing; a
   * hover or code action ('query') analyses the text as it is without publishing; a refresh
   * (settings, word lists, the dictionary) republishes only a note that has no unpublished edit.
   */
  async function analyze(uri: string, trigger: Trigger): Promise<void> {
    const textDoc = documents.get(uri);
    if (!textDoc) return;
    const version = textDoc.version;
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return; // a newer change is on its way
    const onSave = settings.run === 'onSave';
    if (onSave && trigger === 'change') return;
    const last = store.get(uri);
    if (onSave && trigger === 'refresh' && !(last?.published && last.version === version)) return;
    const publish = !(onSave && trigger === 'query');
    // This version was analysed already (a preview or hover asked first): publish it if it was not, never twice.
    if (trigger !== 'refresh' && last && last.version === version && settings.enable) {
      if (publish && !last.published) {
        last.published = true;
        connection.sendDiagnostics({ uri, version, diagnostics: last.diagnostics.map((d, i) => toLspDiagnostic(current, d, i)) });
      }
      return;
    }
    if (!settings.enable) {
      store.delete(uri);
      connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const t0 = performance.now();
    const result = checkNote(current.getText(), {
      now: now(),
      settings,
      folder: folderConfig(uri),
      resources: 'defer',
      peers: notes.peersFor(uri),
      previous: last?.doc,
      onRuleError: (ruleId, error) => {
        if (reportedRuleErrors.has(ruleId)) return;
        reportedRuleErrors.add(ruleId);
        connection.console.error(`Rule ${ruleId} failed and was skipped: ${(error as Error)?.stack ?? error}`);
      },
    });
    const lspDiagnostics = result.diagnostics.map((d, i) => toLspDiagnostic(current, d, i));
    // The parse is kept for hover, quick fixes and the peers' cross-note checks; what the rules derived from it is not.
    dropCaches(result.doc);
    // One publish per version: a refresh (the notes scan, a word list) that finds the same is not sent
    // again. Compared only then, from the last analysis of the same text: keystrokes pay nothing for it.
    const repeat =
      trigger === 'refresh' && last?.published && last.version === version &&
      JSON.stringify(lspDiagnostics) === JSON.stringify(last.diagnostics.map((d, i) => toLspDiagnostic(current, d, i)));
    const analysis: Analysis = { version, doc: result.doc, diagnostics: result.diagnostics, lintOptions: result.lintOptions, ms: performance.now() - t0, published: publish || Boolean(repeat) };
    lastCost.set(uri, { ms: analysis.ms, end: performance.now() });
    store.set(uri, analysis);
    notes.notesChanged();
    if (publish && !repeat) connection.sendDiagnostics({ uri, version, diagnostics: lspDiagnostics });
    if (result.deferred.length) setImmediate(startWarmUp);
  }

  function schedule(uri: string, trigger: Trigger): void {
    const pending = scheduled.get(uri);
    pending?.cancel();
    // A pending open, save or refresh is not downgraded by an edit that follows it.
    const effective = pending && trigger === 'change' ? pending.trigger : trigger;
    const run = () => {
      scheduled.delete(uri);
      analyze(uri, effective).catch((e) => connection.console.error(`Analysis of ${uri} failed: ${(e as Error)?.stack ?? e}`));
    };
    const last = lastCost.get(uri);
    const quiet = last ? Math.max(0, last.end + Math.min(MAX_COALESCE_MS, last.ms) - performance.now()) : 0;
    scheduled.set(uri, { cancel: later(run, quiet), trigger: effective });
  }

  /** The analysis of the document as it is now (re-analysed synchronously if stale). */
  async function analysisOf(uri: string): Promise<{ doc: TextDocument; analysis: Analysis } | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    let analysis = store.current(doc);
    if (!analysis) {
      await analyze(uri, 'query');
      analysis = store.current(doc);
    }
    return analysis ? { doc, analysis } : undefined;
  }

  documents.onDidOpen((e) => {
    notes.edited();
    schedule(e.document.uri, 'open');
  });
  documents.onDidChangeContent((e) => {
    notes.edited();
    schedule(e.document.uri, 'change');
  });
  documents.onDidSave((e) => schedule(e.document.uri, 'save'));
  documents.onDidClose((e) => {
    store.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    lastCost.delete(e.document.uri);
    const pending = scheduled.get(e.document.uri);
    pending?.cancel();
    scheduled.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    void notes.closed(e.document.uri);
  });

  connection.onDidChangeConfiguration((params) => {
    settingsCache.clear();
    if (!configurationSupport) {
      const raw = (params?.settings as { thanks?: unknown } | null | undefined)?.thanks;
      const problems: string[] = [];
      pushedSettings = settingsFrom(raw, problems);
      for (const msg of problems) connection.console.warn(`Thanks settings: ${msg} (ignored; defaults used).`);
    }
    for (const d of documents.all()) schedule(d.uri, 'refresh');
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) if (change.uri.endsWith('.thanks')) void notes.fileChanged(change.uri, change.type === FileChangeType.Deleted);
    if (params.changes.every((c) => c.uri.endsWith('.thanks'))) return;
    folders.clear();
    // A .thanksrc.json that is gone keeps its problems in the editor unless they are cleared here.
    for (const path of rcDiagnosticsSent) if (!existsSync(path)) connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: [] });
    rcDiagnosticsSent.clear();
    for (const d of documents.all()) schedule(d.uri, 'refresh');
  });

  connection.onHover(async (params) => {
    const a = await analysisOf(params.textDocument.uri);
    if (!a) return null;
    return hoverAt(a.doc, a.analysis, a.doc.offsetAt(params.position));
  });

  connection.onCodeAction(async (params) => {
    const a = await analysisOf(params.textDocument.uri);
    if (!a) return [];
    return codeActions(a.doc, a.analysis, params, { canAddWords: workspaceTrusted, disableCommand });
  });

  connection.onCompletion(async (params) => {
    const a = await analysisOf(params.textDocument.uri);
    if (!a) return [];
    return completionsAt(a.analysis, a.doc.offsetAt(params.position));
  });

  // "Add to dictionary": append the word to the workspace's .thanks-words.txt (never settings.json).
  function addWord(args: unknown[]): void {
    const [uri, word] = args as [string, string];
    if (!workspaceTrusted || typeof uri !== 'string' || typeof word !== 'string' || !uri.startsWith('file:') || !/^[\p{L}\p{M}\p{N}'’.-]{1,64}$/u.test(word)) return;
    const notePath = fileURLToPath(uri);
    const file = folders.wordsFileFor(notePath, workspaceRoot);
    try {
      addWordToList(file, word, workspaceRoot ?? dirname(notePath));
    } catch (e) {
      connection.window.showErrorMessage(`Could not add "${word}" to ${file}: ${describeFileError(e)}`);
      return;
    }
    folders.clear();
    for (const d of documents.all()) schedule(d.uri, 'refresh');
  }

  // "Disable … in this workspace": the rule "off" in the .thanksrc.json that governs the note, so the
  // CLI and every editor agree (a VS Code setting would bind VS Code alone).
  function disableInWorkspace(args: unknown[]): DisableInWorkspaceResult | undefined {
    const [uri, ruleId] = args as [string, string];
    if (typeof uri !== 'string' || !uri.startsWith('file:') || typeof ruleId !== 'string' || !rulesById.has(ruleId)) return undefined;
    if (!workspaceTrusted) {
      connection.window.showWarningMessage('This workspace is not trusted: Thanks ignores its .thanksrc.json, so the rule cannot be switched off there.');
      return undefined;
    }
    const note = fileURLToPath(uri);
    const inRoot = workspaceRoot !== undefined && isInside(workspaceRoot, note);
    const file = folders.forNote(note).rc?.path ?? join(inRoot ? workspaceRoot! : dirname(note), RC_NAME);
    try {
      writeRuleSeverity(file, ruleId, 'off', workspaceRoot ?? dirname(note));
    } catch (e) {
      connection.window.showErrorMessage(`Could not switch ${ruleId} off in ${file}: ${describeFileError(e)}`);
      return undefined;
    }
    folders.clear();
    rcDiagnosticsSent.delete(file);
    for (const d of documents.all()) schedule(d.uri, 'refresh');
    return { file };
  }

  connection.onExecuteCommand((params) => {
    if (params.command === ADD_WORD_COMMAND) return addWord(params.arguments ?? []);
    if (params.command === DISABLE_IN_WORKSPACE_COMMAND) return disableInWorkspace(params.arguments ?? []);
    return undefined;
  });

  // Performance: the writing workflow (preview, .eml export, template, split) needs the HTML and
  // MIME toolchain (nodemailer, hast), start-up work no diagnostic needs: it is loaded by the first
  // request that no other handler answers.
  let workflow: Map<string, WorkflowHandler> | undefined;
  connection.onRequest(async (method: string, params: unknown) => {
    // Performance: the note's diagnostics go out before the toolchain loads (the status bar asks for
    // a rendering as soon as a note opens: it must not hold up the first squiggle).
    const uri = (params as NoteParams | undefined)?.textDocument?.uri;
    if (!workflow && typeof uri === 'string') await analysisOf(uri);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    workflow ??= (require('./workflow') as typeof import('./workflow')).workflowHandlers(analysisOf);
    const handler = workflow.get(method);
    if (!handler) throw new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
    return handler(params);
  });

  documents.listen(connection);
  connection.listen();
}

/** What asked for an analysis: it decides whether the result is published (setting thanks.run). */
type Trigger = 'open' | 'change' | 'save' | 'refresh' | 'query';
