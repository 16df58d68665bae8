// The workspace's notes for the server: an index by interview, kept from the folders' `.thanks` files
// on disk and the open documents' live text. A keystroke files the note's new record and compares it
// only with the notes of its interview; the open peers' cross-note findings are then re-checked on
// their last parse (the cross-note rules alone) and re-published when they changed.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import type { TextDocuments } from 'vscode-languageserver/node';
type TextDocument = TextBuffer;
import type { ThanksDocument } from '../core/document/model';
import { parseNote } from '../core/document/parse';
import { dropCaches } from '../core/document/caches';
import { isInside } from '../core/files/note-file';
import { lint } from '../core/lint/engine';
import { checkNote, type CheckOptions } from '../core/lint/check';
import { groupRows, rowOf, type InterviewGroup } from '../core/lint/overview';
import type { Diagnostic } from '../core/rules/types';
import { rules } from '../core/rules';
import { NoteIndex } from '../core/workspace/index';
import { recordOf, type NoteRecord } from '../core/workspace/record';
import { MarkSentRequest, NotesChangedNotification, NotesRequest, type MarkSentResult } from '../protocol';
import { markSentEdit } from '../core/compose/sent';
import { now as clockNow } from '../core/lint/engine';
import { TextDocument as TextBuffer } from 'vscode-languageserver-textdocument';
import type { AnalysisStore } from './state';
import { toLspDiagnostic } from './convert';

const CROSS_NOTE = rules.filter((r) => r.meta.crossNote);
const CROSS_NOTE_IDS = new Set(CROSS_NOTE.map((r) => r.meta.id));
/** A workspace with more notes than this is not scanned further (a job search has tens). */
export const MAX_NOTES = 2000;
const MAX_NOTE_BYTES = 1024 * 1024;
const SKIP = new Set(['node_modules', '.git']);
/** The scan of the notes on disk reads its next file only after this long without an edit or an open:
 *  it is background work, and a keystroke must not wait behind the parse of another note. */
export const SCAN_QUIET_MS = 100;

/** Options the server checks a note with (settings, folder configuration), without the peers. */
export type CheckOptionsFor = (uri: string) => Promise<CheckOptions | undefined>;

export class WorkspaceNotes {
  readonly index = new NoteIndex();
  /** Closed notes' text on disk, by URI (for the overview). */
  private readonly onDisk = new Map<string, string>();
  /** Closed notes' last overview check: the text and peers it was made with. */
  private readonly closedChecks = new Map<string, { text: string; stamp: string; diagnostics: Diagnostic[] }>();
  private readonly pendingPeers = new Set<string>();
  private peersTimer: NodeJS.Immediate | undefined;
  private changedTimer: NodeJS.Timeout | undefined;
  private scanned = false;
  /** The workspace folders (paths), known once the scan starts. */
  private folders: readonly string[] = [];
  /** When a document was last opened or edited (performance.now()). */
  private lastEdit = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly store: AnalysisStore,
    private readonly optionsFor: CheckOptionsFor,
  ) {}

  /** The `peers` option of checkNote for an open note: files its new record and answers with its interview's other notes. */
  peersFor(uri: string): (doc: ThanksDocument) => readonly NoteRecord[] {
    return (doc) => {
      const affected = this.index.set(recordOf(uri, doc, this.index.get(uri) ?? null));
      for (const peer of affected) this.pendingPeers.add(peer);
      this.schedulePeers();
      this.notesChanged();
      return this.index.peersOf(uri);
    };
  }

  /** Reads every `.thanks` file of the folders (bounded), then re-checks the open notes against them. */
  async scan(folders: readonly string[]): Promise<void> {
    this.folders = folders;
    const files: string[] = [];
    for (const f of folders) await walk(f, files);
    for (const path of files) {
      await this.quiet();
      await this.readFromDisk(pathToFileURL(path).href);
    }
    this.scanned = true;
    this.notesChanged();
  }

  /** A document was opened or edited: the scan waits for a quiet moment. */
  edited(): void {
    this.lastEdit = performance.now();
  }

  private async quiet(): Promise<void> {
    for (let wait = this.lastEdit + SCAN_QUIET_MS - performance.now(); wait > 0; wait = this.lastEdit + SCAN_QUIET_MS - performance.now()) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  get ready(): boolean {
    return this.scanned;
  }

  /** A watched `.thanks` file was created, changed or deleted on disk. */
  async fileChanged(uri: string, deleted: boolean): Promise<void> {
    if (deleted) {
      this.onDisk.delete(uri);
      this.closedChecks.delete(uri);
      if (!this.documents.get(uri)) this.queue(this.index.delete(uri));
    } else if (!this.documents.get(uri)) {
      await this.readFromDisk(uri);
    }
    this.notesChanged();
  }

  /**
   * An open note was closed: a note of the workspace goes back to its text on disk (unsaved edits are
   * gone); any other note is forgotten, as if it had never been opened.
   */
  async closed(uri: string): Promise<void> {
    if (this.inWorkspace(uri)) await this.readFromDisk(uri);
    else {
      this.onDisk.delete(uri);
      this.closedChecks.delete(uri);
      this.queue(this.index.delete(uri));
    }
    this.notesChanged();
  }

  private inWorkspace(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const path = fileURLToPath(uri);
    return this.folders.some((f) => isInside(f, path));
  }

  private async readFromDisk(uri: string): Promise<void> {
    let text: string;
    try {
      const path = fileURLToPath(uri);
      const st = await stat(path);
      if (!st.isFile() || st.size > MAX_NOTE_BYTES) return; // a named pipe would never finish reading
      text = await readFile(path, 'utf8');
    } catch {
      this.onDisk.delete(uri);
      this.queue(this.index.delete(uri));
      return;
    }
    if (this.documents.get(uri)) return; // opened meanwhile: the live text wins
    if (this.index.size >= MAX_NOTES && !this.index.get(uri)) return;
    this.onDisk.set(uri, text);
    this.queue(this.index.set(recordOf(uri, parseNote(text))));
  }

  private queue(uris: readonly string[]): void {
    for (const u of uris) this.pendingPeers.add(u);
    this.schedulePeers();
  }

  private schedulePeers(): void {
    if (this.peersTimer || this.pendingPeers.size === 0) return;
    this.peersTimer = setImmediate(() => {
      this.peersTimer = undefined;
      const uris = [...this.pendingPeers];
      this.pendingPeers.clear();
      for (const uri of uris) this.recheckCrossNote(uri);
    });
  }

  /** Re-runs the cross-note rules on an open note's last parse and re-publishes its diagnostics if they changed. */
  private recheckCrossNote(uri: string): void {
    const textDoc = this.documents.get(uri);
    const analysis = textDoc && this.store.current(textDoc);
    if (!textDoc || !analysis) return;
    const peers = this.index.peersOf(uri);
    const fresh = lint(analysis.doc, { ...analysis.lintOptions, peers, rules: CROSS_NOTE });
    dropCaches(analysis.doc);
    const kept = analysis.diagnostics.filter((d) => !CROSS_NOTE_IDS.has(d.ruleId));
    const before = analysis.diagnostics.filter((d) => CROSS_NOTE_IDS.has(d.ruleId));
    analysis.lintOptions = { ...analysis.lintOptions, peers };
    if (sameFindings(before, fresh)) return;
    analysis.diagnostics = [...kept, ...fresh].sort((a, b) => a.start - b.start || a.end - b.end);
    this.connection.sendDiagnostics({ uri, version: textDoc.version, diagnostics: analysis.diagnostics.map((d, i) => toLspDiagnostic(textDoc, d, i)) });
    this.notesChanged();
  }

  /** Tells the client the overview changed (debounced: a burst of keystrokes is one refresh). */
  notesChanged(): void {
    if (this.changedTimer) return;
    this.changedTimer = setTimeout(() => {
      this.changedTimer = undefined;
      void this.connection.sendNotification(NotesChangedNotification, {}).catch(() => undefined);
    }, 250);
  }

  /** The overview: every note by interview with its state, time left and follow-up due. */
  async overview(now: Date): Promise<InterviewGroup[]> {
    const entries: Parameters<typeof groupRows>[0][number][] = [];
    for (const record of this.index.all()) {
      const peers = this.index.peersOf(record.uri);
      const diagnostics = await this.diagnosticsOf(record.uri, peers, now);
      if (diagnostics) entries.push({ row: rowOf(record, peers, diagnostics, now), record });
    }
    return groupRows(entries);
  }

  private async diagnosticsOf(uri: string, peers: readonly NoteRecord[], now: Date): Promise<Diagnostic[] | undefined> {
    const open = this.documents.get(uri);
    if (open) return this.store.current(open)?.diagnostics ?? this.store.get(uri)?.diagnostics ?? [];
    const text = this.onDisk.get(uri);
    if (text === undefined) return undefined;
    // A closed note is re-checked only when its text or its interview's notes changed (or the hour did: the window moves).
    const stamp = `${now.getHours()}|${peers.map((p) => `${p.uri}:${p.print.all.size}:${p.isSent}`).join(',')}`;
    const cached = this.closedChecks.get(uri);
    if (cached && cached.text === text && cached.stamp === stamp) return cached.diagnostics;
    const options = await this.optionsFor(uri);
    if (!options) return [];
    const diagnostics = checkNote(text, { ...options, now, peers }).diagnostics;
    this.closedChecks.set(uri, { text, stamp, diagnostics });
    return diagnostics;
  }

  /** The note's text as the server knows it: the open document, else the file on disk. */
  textOf(uri: string): string | undefined {
    return this.documents.get(uri)?.getText() ?? this.onDisk.get(uri);
  }

  /** Answers the notes view's requests: the overview, and the edit that marks a note as sent. */
  listen(): void {
    this.connection.onRequest(NotesRequest, async () => {
      // whether the folder was read is taken before the overview: read after its await, a scan that
      // finished meanwhile would call an overview of the notes read so far complete
      const complete = this.scanned;
      return { groups: await this.overview(clockNow()), complete };
    });
    this.connection.onRequest(MarkSentRequest, async (params): Promise<MarkSentResult> => {
      const uri = params.textDocument.uri;
      const open = this.documents.get(uri);
      let text = open?.getText() ?? this.onDisk.get(uri);
      if (text === undefined && uri.startsWith('file:')) text = await readFile(fileURLToPath(uri), 'utf8').catch(() => undefined);
      if (text === undefined) return { problem: `Thanks does not know the note ${uri}.`, errors: 0 };
      const at = params.at ? new Date(params.at) : clockNow();
      if (Number.isNaN(at.getTime())) return { problem: `"${params.at}" is not a date-time.`, errors: 0 };
      const doc = parseNote(text);
      const peers = this.index.peersOf(uri);
      const diagnostics = open ? (this.store.current(open)?.diagnostics ?? []) : ((await this.diagnosticsOf(uri, peers, clockNow())) ?? []);
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      const result = markSentEdit(doc, at);
      if ('problem' in result) return { problem: result.problem, errors };
      const buffer = open ?? TextBuffer.create(uri, 'thanks', 0, text);
      return { edit: { range: { start: buffer.positionAt(result.edit.start), end: buffer.positionAt(result.edit.end) }, newText: result.edit.newText }, value: result.value, errors };
    });
  }
}

function sameFindings(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  const key = (d: Diagnostic) => `${d.ruleId}|${d.start}|${d.end}|${d.severity}|${d.message}`;
  const keys = new Set(a.map(key));
  return b.every((d) => keys.has(key(d)));
}

async function walk(dir: string, out: string[]): Promise<void> {
  if (out.length >= MAX_NOTES) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (out.length >= MAX_NOTES) return;
    if (e.isDirectory()) {
      if (!SKIP.has(e.name) && !e.name.startsWith('.')) await walk(join(dir, e.name), out);
    } else if (e.isFile() && e.name.endsWith('.thanks')) out.push(join(dir, e.name));
  }
}
