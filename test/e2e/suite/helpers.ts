// Shared helpers for the extension-host suite. Everything waits on VS Code events (with a deadline
// that turns a hang into a clear failure), never on fixed sleeps.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'thanks-dev.thanks';

export interface ThanksApi {
  whenServerReady(): Promise<boolean>;
}

/** The extension, activated, with its server initialized. */
export async function activeExtension(): Promise<vscode.Extension<ThanksApi>> {
  const ext = vscode.extensions.getExtension<ThanksApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  const api = ext.isActive ? ext.exports : await ext.activate();
  assert.equal(await api.whenServerReady(), true, 'the language server failed to start');
  return ext;
}

export function workspaceDir(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder (the harness opens one)');
  return folder.uri;
}

// Each test file is its own bundle with its own copy of this module: count copies process-wide so
// two files never open the same scratch note (an open, edited document would be reused).
const counter = globalThis as { thanksE2eCopies?: number };

/**
 * Copies a fixture note of the workspace to a fresh file and opens it in an editor, so every test
 * starts from the fixture whatever earlier tests did to theirs.
 */
export async function openCopy(fixture: string): Promise<vscode.TextEditor> {
  const root = workspaceDir();
  const source = vscode.Uri.joinPath(root, fixture);
  const scratch = vscode.Uri.joinPath(root, 'scratch');
  await vscode.workspace.fs.createDirectory(scratch);
  const target = vscode.Uri.joinPath(scratch, `${(counter.thanksE2eCopies = (counter.thanksE2eCopies ?? 0) + 1)}-${path.basename(fixture)}`);
  await vscode.workspace.fs.copy(source, target, { overwrite: true });
  const doc = await vscode.workspace.openTextDocument(target);
  return vscode.window.showTextDocument(doc);
}

/** The rule id of a diagnostic (VS Code turns a code with a documentation link into { value, target }). */
export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

export function thanksDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'thanks');
}

export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  return ds.length === 0
    ? '(none)'
    : ds.map((d) => `${codeOf(d)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).join(', ');
}

/**
 * Resolves with the note's Thanks diagnostics as soon as `accept` holds for them: checked now, then
 * on every onDidChangeDiagnostics event for that note. Rejects after `ms` with what was last seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  ms = 15_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    let sub: vscode.Disposable | undefined;
    const timer = setTimeout(() => {
      sub?.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}; diagnostics now: ${describeDiagnostics(thanksDiagnostics(uri))}`));
    }, ms);
    const check = (): boolean => {
      const ds = thanksDiagnostics(uri);
      if (!accept(ds)) return false;
      clearTimeout(timer);
      sub?.dispose();
      resolve(ds);
      return true;
    };
    if (check()) return;
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
  });
}

export const hasCode = (code: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === code);
export const lacksCode = (code: string) => (ds: vscode.Diagnostic[]) => !ds.some((d) => codeOf(d) === code);

/** The diagnostic with this code (and, when given, on this line). */
export function findDiagnostic(ds: readonly vscode.Diagnostic[], code: string, line?: number): vscode.Diagnostic {
  const d = ds.find((x) => codeOf(x) === code && (line === undefined || x.range.start.line === line));
  assert.ok(d, `no ${code} diagnostic${line === undefined ? '' : ` on line ${line}`}; got ${describeDiagnostics(ds)}`);
  return d;
}

/** The plain text of hover results (markdown and plain strings alike). */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Where `needle` starts in the document (fails when it is not there). */
export function positionOf(doc: vscode.TextDocument, needle: string): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not found in ${doc.uri.fsPath}`);
  return doc.positionAt(at);
}

export function rangeOf(doc: vscode.TextDocument, needle: string): vscode.Range {
  const start = positionOf(doc, needle);
  return new vscode.Range(start, doc.positionAt(doc.offsetAt(start) + needle.length));
}

/** package.json of the installed extension (what actually shipped in the VSIX). */
export function manifest(): { contributes?: Record<string, unknown> } & Record<string, unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  return ext.packageJSON;
}
