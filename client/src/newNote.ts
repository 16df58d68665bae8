// Thanks: New Thank-You Note… — asks who, for which role and company, when, what you talked about and
// which situation; creates the note (one per interviewer if you like) with its front matter filled in
// and the template inserted, ready to Tab through.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewNoteAnswers as ServerAnswers } from '../../server/src/protocol';
import { fileSlug } from '../../server/src/protocol';
import { letterTemplates, pickTemplate, workflowSettings, type Template } from './templates';
import type { Requests } from './requests';

export const NEW_NOTE_COMMAND = 'thanks.newNote';

/** Everything the command asks; passing it as the argument skips the questions (tests, automation). */
export interface NewNoteAnswers extends ServerAnswers {
  /** One note per interviewer (default when there are several). */
  onePerInterviewer?: boolean;
  /** Folder to create the notes in; default: the active note's folder or the first workspace folder. */
  folder?: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatNow(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

function slug(s: string): string {
  return fileSlug(s, 'note');
}

async function unique(folder: vscode.Uri, base: string): Promise<vscode.Uri> {
  for (let i = 1; ; i++) {
    const uri = vscode.Uri.joinPath(folder, `${base}${i === 1 ? '' : '-' + i}.thanks`);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return uri;
    }
  }
}

function defaultFolder(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === 'file') return vscode.Uri.file(path.dirname(active.fsPath));
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

const split = (s: string | undefined) => (s ?? '').split(/[,;\n]/).map((x) => x.trim()).filter(Boolean);

async function ask(context: vscode.ExtensionContext): Promise<NewNoteAnswers | undefined> {
  const box = (prompt: string, placeHolder: string, value = '', optional = false) =>
    vscode.window.showInputBox({ prompt, placeHolder, value, ignoreFocusOut: true, validateInput: (v) => (optional || v.trim() ? undefined : 'Required') });
  const who = await box('Who interviewed you? Separate several names with commas.', 'Dana Whitfield, Kofi Osei');
  if (who === undefined) return undefined;
  const role = await box('Which role did you interview for?', 'Senior Data Engineer');
  if (role === undefined) return undefined;
  const company = await box('Which company?', 'Northwind Health', '', true);
  if (company === undefined) return undefined;
  const email = await box('Their email address(es), if you have them (comma-separated, optional).', 'dana.whitfield@northwind.example', '', true);
  if (email === undefined) return undefined;
  const interviewDate = await vscode.window.showInputBox({
    prompt: 'When was the interview? (YYYY-MM-DD HH:MM)',
    value: formatNow(),
    ignoreFocusOut: true,
    validateInput: (v) => (/^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?$/.test(v.trim()) ? undefined : 'Use YYYY-MM-DD HH:MM, e.g. 2026-11-24 15:30'),
  });
  if (interviewDate === undefined) return undefined;
  const topics = await box('What did you talk about? One or two topics, comma-separated (optional).', 'moving nightly batch jobs to streaming, the on-call rotation', '', true);
  if (topics === undefined) return undefined;
  const template = await pickTemplate(context, 'Which situation is this note for?');
  if (!template) return undefined;
  const interviewers = split(who);
  let onePerInterviewer = false;
  if (interviewers.length > 1) {
    const choice = await vscode.window.showQuickPick(
      [
        { label: 'One note per interviewer', detail: 'Recommended: panel members compare notes; each gets a note written for them.', each: true },
        { label: 'One note to the whole panel', detail: 'A single note that greets everyone by name.', each: false },
      ],
      { placeHolder: `${interviewers.length} interviewers: one note each?`, ignoreFocusOut: true },
    );
    if (!choice) return undefined;
    onePerInterviewer = choice.each;
  }
  return { interviewers, role: role.trim(), company: company.trim() || undefined, email: split(email), interviewDate: interviewDate.trim(), topics: split(topics), situation: template.prefix, onePerInterviewer };
}

/** Creates the notes; returns their URIs. */
export async function createNotes(context: vscode.ExtensionContext, requests: Requests, a: NewNoteAnswers): Promise<vscode.Uri[]> {
  const template: Template | undefined = letterTemplates(context).find((t) => t.prefix === a.situation);
  if (!template) throw new Error(`Unknown situation "${a.situation}".`);
  const folderUri = a.folder ? vscode.Uri.file(a.folder) : defaultFolder();
  const settings = workflowSettings(folderUri);
  const emails = a.email ?? [];
  const each = a.interviewers.length > 1 && a.onePerInterviewer !== false;
  const groups = each
    ? a.interviewers.map((name, i) => ({ interviewers: [name], emails: emails.length === a.interviewers.length ? [emails[i]] : [] }))
    : [{ interviewers: a.interviewers, emails }];
  const answers = { ...a, interviewDate: a.interviewDate ?? formatNow() };
  const created: vscode.Uri[] = [];
  for (const g of groups) {
    const fm = await requests.newNoteFrontMatter({ answers: { ...answers, interviewers: g.interviewers, email: g.emails }, candidate: settings.candidateName });
    const base = slug([a.company, g.interviewers.length === 1 ? g.interviewers[0] : 'panel'].filter(Boolean).join('-'));
    let doc: vscode.TextDocument;
    if (folderUri) {
      const uri = await unique(folderUri, base);
      await vscode.workspace.fs.writeFile(uri, Buffer.from(fm, 'utf8'));
      doc = await vscode.workspace.openTextDocument(uri);
    } else {
      doc = await vscode.workspace.openTextDocument({ language: 'thanks', content: fm });
    }
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const { body } = await requests.prefill(fm, template.body, settings);
    await editor.insertSnippet(new vscode.SnippetString(body), doc.positionAt(fm.length));
    created.push(doc.uri);
  }
  return created;
}

export function registerNewNoteCommand(context: vscode.ExtensionContext, requests: Requests): vscode.Disposable {
  return vscode.commands.registerCommand(NEW_NOTE_COMMAND, async (answers?: NewNoteAnswers) => {
    const a = answers ?? (await ask(context));
    if (!a) return [];
    try {
      return await createNotes(context, requests, a);
    } catch (e) {
      void vscode.window.showErrorMessage(`Could not create the note: ${(e as Error).message}`);
      return [];
    }
  });
}
