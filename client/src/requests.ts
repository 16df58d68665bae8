// The workflow's requests to the language server, with the sender settings attached.
import * as vscode from 'vscode';
import type { ServerController } from './serverController';
import { ExportEmlRequest, ReadinessRequest, type Readiness, MarkSentRequest, NotesRequest, PrefillTemplateRequest, RenderRequest, SplitRequest, type MarkSentResult, type NoteParams, type NotesResult, type PrefillTemplateResult, type RenderResult, type SenderSettings, type TemplateSettings, NewNoteRequest, type NewNoteParams } from '../../server/src/protocol';

export const LANGUAGE_ID = 'thanks';

export function senderSettings(scope?: vscode.Uri): SenderSettings {
  const config = vscode.workspace.getConfiguration('thanks', scope);
  const candidateName = config.get<string>('candidateName')?.trim();
  // thanks.fromEmail, or the setting it replaced.
  const senderEmail = config.get<string>('fromEmail')?.trim() || config.get<string>('senderEmail')?.trim();
  return { ...(candidateName ? { candidateName } : {}), ...(senderEmail ? { senderEmail } : {}) };
}

/** The note a command acts on: the `uri` argument (quick fixes, tests) or the active editor's note. */
export async function noteFor(arg: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.parse(arg) : undefined;
  if (uri) return vscode.workspace.openTextDocument(uri);
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId === LANGUAGE_ID) return doc;
  void vscode.window.showWarningMessage('Open a .thanks note first.');
  return undefined;
}

export class Requests {
  constructor(private readonly server: ServerController) {}

  private async params(doc: vscode.TextDocument): Promise<{ client: NonNullable<ServerController['client']>; params: NoteParams }> {
    const ok = await this.server.whenReady();
    const client = this.server.client;
    if (!ok || !client) throw new Error('The Thanks language server is not running (see the "Thanks" output).');
    return { client, params: { textDocument: { uri: client.code2ProtocolConverter.asUri(doc.uri) }, sender: senderSettings(doc.uri) } };
  }

  async render(doc: vscode.TextDocument): Promise<RenderResult> {
    const { client, params } = await this.params(doc);
    const result = await client.sendRequest(RenderRequest, params);
    if (!result) throw new Error(`The language server does not know ${doc.uri.toString()}.`);
    return result;
  }

  /** The note's readiness alone (the status bar): the server does not render the email for it. */
  async readiness(doc: vscode.TextDocument): Promise<Readiness> {
    const { client, params } = await this.params(doc);
    const result = await client.sendRequest(ReadinessRequest, params);
    if (!result) throw new Error(`The language server does not know ${doc.uri.toString()}.`);
    return result.readiness;
  }

  async exportEml(doc: vscode.TextDocument): Promise<string> {
    const { client, params } = await this.params(doc);
    const result = await client.sendRequest(ExportEmlRequest, params);
    if (!result) throw new Error(`The language server does not know ${doc.uri.toString()}.`);
    return result.eml;
  }

  /** A template body filled from the note's front matter (the parsing happens in the server). */
  async prefill(noteText: string, body: string, settings: TemplateSettings): Promise<PrefillTemplateResult> {
    const ok = await this.server.whenReady();
    const client = this.server.client;
    if (!ok || !client) throw new Error('The Thanks language server is not running (see the "Thanks" output).');
    return client.sendRequest(PrefillTemplateRequest, { noteText, body, settings });
  }

  /** The front matter of a new note, written by the server. */
  async newNoteFrontMatter(params: NewNoteParams): Promise<string> {
    const ok = await this.server.whenReady();
    const client = this.server.client;
    if (!ok || !client) throw new Error('The Thanks language server is not running (see the "Thanks" output).');
    return (await client.sendRequest(NewNoteRequest, params)).frontMatter;
  }

  async split(doc: vscode.TextDocument): Promise<{ interviewer: string; text: string }[]> {
    const { client, params } = await this.params(doc);
    const result = await client.sendRequest(SplitRequest, params);
    return result?.notes ?? [];
  }

  /** Every note of the workspace by interview (the notes view). */
  async notes(): Promise<NotesResult> {
    const ok = await this.server.whenReady();
    const client = this.server.client;
    if (!ok || !client) throw new Error('The Thanks language server is not running (see the "Thanks" output).');
    return client.sendRequest(NotesRequest, {});
  }

  /** The edit that marks the note as sent, and the errors it still has. */
  async markSent(doc: vscode.TextDocument): Promise<MarkSentResult> {
    const { client, params } = await this.params(doc);
    return client.sendRequest(MarkSentRequest, { textDocument: params.textDocument });
  }
}
