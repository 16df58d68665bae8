// Thanks: New Thank-You Note… — asks, step by step (1/8…), who, for which role and company, when,
// what you talked about, which situation and your name (offered from thanks.candidateName or git); creates the note (one per interviewer if you like) with its front matter filled in
// and the template inserted, ready to Tab through.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewNoteAnswers as ServerAnswers } from '../../server/src/protocol';
import { execFile } from 'node:child_process';
import { fileSlug } from '../../server/src/protocol';
import { letterTemplates, templateItems, workflowSettings, type Template } from './templates';
import { defaultCandidate, stepCounter, type StepId } from './newNoteSteps';
import type { Requests } from './requests';

export const NEW_NOTE_COMMAND = 'thanks.newNote';

/** Everything the command asks; passing it as the argument skips the questions (tests, automation). */
export interface NewNoteAnswers extends ServerAnswers {
  /** One note per interviewer (default when there are several). */
  onePerInterviewer?: boolean;
  /** Folder to create the notes in; default: the active note's folder or the first workspace folder. */
  folder?: string;
  /** Your name for `candidate:` and the signature; default: the setting thanks.candidateName. */
  candidate?: string;
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

const TITLE = 'New Thank-You Note';

interface InputStep {
  step: StepId;
  interviewers?: number;
  prompt: string;
  placeholder?: string;
  value?: string;
  validate?: (value: string) => string | undefined;
}

/** One input box of the flow, titled with its step ("3/8"); undefined when dismissed. */
function input(o: InputStep): Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  Object.assign(box, { title: TITLE, ...stepCounter(o.step, o.interviewers), prompt: o.prompt, placeholder: o.placeholder ?? '', value: o.value ?? '', ignoreFocusOut: true });
  return new Promise((resolve) => {
    let done = false;
    const finish = (v: string | undefined) => {
      if (done) return;
      done = true;
      box.dispose();
      resolve(v);
    };
    box.onDidChangeValue((v) => (box.validationMessage = o.validate?.(v)));
    box.onDidAccept(() => {
      const problem = o.validate?.(box.value);
      if (problem) box.validationMessage = problem;
      else finish(box.value);
    });
    box.onDidHide(() => finish(undefined));
    box.show();
  });
}

/** One quick pick of the flow, titled with its step. */
function pick<T extends vscode.QuickPickItem>(step: StepId, interviewers: number | undefined, items: T[], placeholder: string): Promise<T | undefined> {
  const qp = vscode.window.createQuickPick<T>();
  Object.assign(qp, { title: TITLE, ...stepCounter(step, interviewers), items, placeholder, matchOnDetail: true, ignoreFocusOut: true });
  return new Promise((resolve) => {
    let done = false;
    const finish = (v: T | undefined) => {
      if (done) return;
      done = true;
      qp.dispose();
      resolve(v);
    };
    qp.onDidAccept(() => finish(qp.selectedItems[0]));
    qp.onDidHide(() => finish(undefined));
    qp.show();
  });
}

/** `git config user.name` in the folder, or undefined (no git, no name, or too slow). */
function gitUserName(cwd: string | undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['config', '--get', 'user.name'], { cwd, timeout: 2000, windowsHide: true }, (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined));
  });
}

const required = (v: string) => (v.trim() ? undefined : 'Required');

async function ask(context: vscode.ExtensionContext): Promise<NewNoteAnswers | undefined> {
  const who = await input({ step: 'interviewers', prompt: 'Who interviewed you? Separate several names with commas.', placeholder: 'Dana Whitfield, Kofi Osei', validate: required });
  if (who === undefined) return undefined;
  const interviewers = split(who);
  const n = interviewers.length;
  const role = await input({ step: 'role', interviewers: n, prompt: 'Which role did you interview for?', placeholder: 'Senior Data Engineer', validate: required });
  if (role === undefined) return undefined;
  const company = await input({ step: 'company', interviewers: n, prompt: 'Which company? (optional)', placeholder: 'Northwind Health' });
  if (company === undefined) return undefined;
  const email = await input({ step: 'email', interviewers: n, prompt: 'Their email address(es), if you have them (comma-separated, optional).', placeholder: 'dana.whitfield@northwind.example' });
  if (email === undefined) return undefined;
  const interviewDate = await input({
    step: 'interviewDate',
    interviewers: n,
    prompt: 'When was the interview? (YYYY-MM-DD HH:MM)',
    value: formatNow(),
    validate: (v) => (/^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?$/.test(v.trim()) ? undefined : 'Use YYYY-MM-DD HH:MM, e.g. 2026-11-24 15:30'),
  });
  if (interviewDate === undefined) return undefined;
  const topics = await input({ step: 'topics', interviewers: n, prompt: 'What did you talk about? One or two topics, comma-separated (optional).', placeholder: 'moving nightly batch jobs to streaming, the on-call rotation' });
  if (topics === undefined) return undefined;
  const situation = await pick('situation', n, templateItems(context), 'Which situation is this note for?');
  if (!situation) return undefined;
  const folder = defaultFolder();
  const setting = workflowSettings(folder).candidateName;
  const candidate = await input({
    step: 'candidate',
    interviewers: n,
    prompt: 'Your name, as it goes under the note.',
    placeholder: 'Alex Rivera',
    value: defaultCandidate(setting, setting ? undefined : await gitUserName(folder?.fsPath)),
  });
  if (candidate === undefined) return undefined;
  let onePerInterviewer = false;
  if (n > 1) {
    const choice = await pick(
      'panel',
      n,
      [
        { label: 'One note per interviewer', detail: 'Recommended: panel members compare notes; each gets a note written for them.', each: true },
        { label: 'One note to the whole panel', detail: 'A single note that greets everyone by name.', each: false },
      ],
      `${n} interviewers: one note each?`,
    );
    if (!choice) return undefined;
    onePerInterviewer = choice.each;
  }
  return {
    interviewers,
    role: role.trim(),
    company: company.trim() || undefined,
    email: split(email),
    interviewDate: interviewDate.trim(),
    topics: split(topics),
    situation: situation.template.prefix,
    candidate: candidate.trim() || undefined,
    onePerInterviewer,
  };
}

/** After a note signed with a name the settings do not have: offer to keep it for next time. */
function offerToRemember(name: string | undefined, scope: vscode.Uri | undefined): void {
  const config = vscode.workspace.getConfiguration('thanks', scope);
  if (!name || name === config.get<string>('candidateName')?.trim()) return;
  void vscode.window.showInformationMessage(`Sign new notes as "${name}" from now on?`, 'Remember', 'Not Now').then((c) => {
    if (c === 'Remember') void config.update('candidateName', name, vscode.ConfigurationTarget.Global);
  });
}

/** Creates the notes; returns their URIs. */
export async function createNotes(context: vscode.ExtensionContext, requests: Requests, a: NewNoteAnswers): Promise<vscode.Uri[]> {
  const template: Template | undefined = letterTemplates(context).find((t) => t.prefix === a.situation);
  if (!template) throw new Error(`Unknown situation "${a.situation}".`);
  const folderUri = a.folder ? vscode.Uri.file(a.folder) : defaultFolder();
  const configured = workflowSettings(folderUri);
  const settings = { ...configured, candidateName: a.candidate?.trim() || configured.candidateName };
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
      const created = await createNotes(context, requests, a);
      if (!answers) offerToRemember(a.candidate, created[0]);
      return created;
    } catch (e) {
      void vscode.window.showErrorMessage(`Could not create the note: ${(e as Error).message}`);
      return [];
    }
  });
}
