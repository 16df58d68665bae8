// Thanks: Open Preview / Open Preview to the Side — the note as the email the interviewer receives,
// re-rendered as you type. One preview per note; its tab is titled "Preview <file name>".
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RenderResult } from '../../server/src/protocol';
import { noteFor, type Requests } from './requests';
import { nonce, previewHtml } from './previewHtml';

export const OPEN_PREVIEW_COMMAND = 'thanks.openPreview';
export const OPEN_PREVIEW_TO_SIDE_COMMAND = 'thanks.openPreviewToSide';
const VIEW_TYPE = 'thanks.preview';
const TYPING_DELAY_MS = 120;

export interface RenderEvent {
  uri: string;
  title: string;
  result: RenderResult;
}

class Preview implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;
  private inFlight = false;
  private again = false;
  private ready = false;
  private disposed = false;
  last: RenderResult | undefined;

  constructor(
    readonly doc: vscode.TextDocument,
    readonly panel: vscode.WebviewPanel,
    private readonly requests: Requests,
    private readonly onRender: (e: RenderEvent) => void,
    private readonly output: vscode.LogOutputChannel,
  ) {
    panel.webview.html = previewHtml(nonce(), panel.title);
    panel.webview.onDidReceiveMessage((m: { type: string; ok?: boolean; error?: string; command?: string }) => {
      if (m.type === 'ready') {
        this.ready = true;
        if (this.last) void this.post(this.last);
        else this.update();
      } else if (m.type === 'copied') {
        const text = m.ok ? 'Copied with formatting: paste it into your mail program.' : `Copying failed${m.error ? `: ${m.error}` : ''}. Use "Copy text" instead.`;
        void panel.webview.postMessage({ type: 'status', text });
        if (m.ok) void vscode.window.setStatusBarMessage('$(check) Email copied as rich text', 3000);
      } else if (m.type === 'command' && (m.command === 'thanks.copyEmailText' || m.command === 'thanks.copySubject')) {
        void vscode.commands.executeCommand(m.command, this.doc.uri);
      }
    });
  }

  /** Re-render soon (typing), coalescing bursts. */
  schedule(delay = TYPING_DELAY_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), delay);
  }

  update(): void {
    if (this.disposed) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = true;
    this.requests
      .render(this.doc)
      .then(async (result) => {
        this.last = result;
        if (this.ready) await this.post(result);
        // The server answered for an older version: the next change is already on its way.
        if (result.version < this.doc.version) this.again = true;
      })
      .catch((e: Error) => {
        this.output.warn(`Preview of ${this.doc.uri.toString()} failed: ${e.message}`);
        void this.panel.webview.postMessage({ type: 'status', text: `Preview unavailable: ${e.message}` });
      })
      .finally(() => {
        this.inFlight = false;
        if (this.again && !this.disposed) {
          this.again = false;
          this.update();
        }
      });
  }

  private async post(result: RenderResult): Promise<void> {
    if (this.disposed) return;
    await this.panel.webview.postMessage({ type: 'render', result });
    this.onRender({ uri: this.doc.uri.toString(), title: this.panel.title, result });
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
  }
}

export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Map<string, Preview>();
  private readonly renderEmitter = new vscode.EventEmitter<RenderEvent>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Fires each time a preview shows a new rendering (tests wait on it). */
  readonly onDidRender = this.renderEmitter.event;

  constructor(
    private readonly requests: Requests,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.previews.get(e.document.uri.toString())?.schedule()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('thanks')) for (const p of this.previews.values()) p.schedule(0);
      }),
      // Readiness depends on the diagnostics, which can change without an edit (settings, word lists).
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) this.previews.get(uri.toString())?.schedule();
      }),
    );
  }

  get(uri: vscode.Uri | string): { title: string; last?: RenderResult; panel: vscode.WebviewPanel } | undefined {
    const p = this.previews.get(uri.toString());
    return p && { title: p.panel.title, last: p.last, panel: p.panel };
  }

  async open(arg: unknown, toSide: boolean): Promise<vscode.WebviewPanel | undefined> {
    const doc = await noteFor(arg);
    if (!doc) return undefined;
    const key = doc.uri.toString();
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    const existing = this.previews.get(key);
    if (existing) {
      existing.panel.reveal(toSide ? undefined : column, toSide);
      existing.update();
      return existing.panel;
    }
    const title = `Preview ${path.basename(doc.uri.path)}`;
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, title, { viewColumn: column, preserveFocus: toSide }, {
      enableScripts: true,
      enableCommandUris: false,
      enableForms: false,
      localResourceRoots: [],
      enableFindWidget: true,
    });
    const preview = new Preview(doc, panel, this.requests, (e) => this.renderEmitter.fire(e), this.output);
    this.previews.set(key, preview);
    panel.onDidDispose(() => {
      preview.dispose();
      if (this.previews.get(key) === preview) this.previews.delete(key);
    });
    return panel;
  }

  dispose(): void {
    for (const p of this.previews.values()) p.panel.dispose();
    this.previews.clear();
    for (const s of this.subscriptions) s.dispose();
    this.renderEmitter.dispose();
  }
}

export function registerPreviewCommands(previews: PreviewManager): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, (uri?: vscode.Uri) => previews.open(uri, false)),
    vscode.commands.registerCommand(OPEN_PREVIEW_TO_SIDE_COMMAND, (uri?: vscode.Uri) => previews.open(uri, true)),
  ];
}
