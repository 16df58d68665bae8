// The status bar item for the active note: ready to send (or the count of problems) and the time
// left in the 24-hour window; clicking it opens the preview.
import * as vscode from 'vscode';
import { statusText } from './statusText';
import { LANGUAGE_ID, type Requests } from './requests';

export class ThanksStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('thanks.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  /** The last text shown (tests read it). */
  last: { uri: string; text: string } | undefined;
  private readonly changed = new vscode.EventEmitter<{ uri: string; text: string }>();
  readonly onDidUpdate = this.changed.event;

  constructor(private readonly requests: Requests) {
    this.item.name = 'Thanks: note readiness';
    this.item.command = 'thanks.openPreviewToSide';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh(0)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.refresh();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.refresh();
      }),
    );
    // The 24-hour window moves with the clock.
    const minute = setInterval(() => this.refresh(0), 60_000);
    this.subscriptions.push({ dispose: () => clearInterval(minute) });
    this.refresh(0);
  }

  refresh(delay = 200): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    const generation = ++this.generation;
    if (!doc || doc.languageId !== LANGUAGE_ID) {
      this.item.hide();
      return;
    }
    try {
      const readiness = await this.requests.readiness(doc);
      if (generation !== this.generation) return;
      const { text, tooltip } = statusText(readiness);
      this.item.text = text;
      this.item.tooltip = tooltip;
      this.item.backgroundColor = readiness.errors ? new vscode.ThemeColor('statusBarItem.errorBackground') : readiness.warnings ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      this.item.show();
      this.last = { uri: doc.uri.toString(), text };
      this.changed.fire(this.last);
    } catch {
      if (generation === this.generation) this.item.hide();
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
    this.changed.dispose();
  }
}
