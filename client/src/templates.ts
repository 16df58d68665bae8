// The templates are the contributed snippets (snippets/thanks.code-snippets): the quick picks list the
// situations, and a template is inserted with the slots the front matter knows already filled in.
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { TemplateSettings } from '../../server/src/protocol';
import { situationDetail, TEMPLATE_PARTS } from './newNoteSteps';

export interface Template {
  prefix: string;
  label: string;
  description: string;
  body: string;
}


export function loadSnippets(context: vscode.ExtensionContext): Template[] {
  const raw = JSON.parse(readFileSync(context.asAbsolutePath('snippets/thanks.code-snippets'), 'utf8')) as Record<string, { prefix: string[] | string; body: string[] | string; description: string }>;
  return Object.entries(raw).map(([name, s]) => ({
    prefix: Array.isArray(s.prefix) ? s.prefix[0] : s.prefix,
    label: name.replace(/^Thank-you note: /, '').replace(/^./, (c) => c.toUpperCase()),
    description: s.description,
    body: Array.isArray(s.body) ? s.body.join('\n') : s.body,
  }));
}

export function letterTemplates(context: vscode.ExtensionContext): Template[] {
  return loadSnippets(context).filter((t) => !TEMPLATE_PARTS.has(t.prefix));
}

/** The situations as quick-pick items: the label, and what the letter does without repeating it. */
export function templateItems(context: vscode.ExtensionContext): (vscode.QuickPickItem & { template: Template })[] {
  return letterTemplates(context).map((t) => ({ label: t.label, detail: situationDetail(t.description), template: t }));
}

export async function pickTemplate(context: vscode.ExtensionContext, placeHolder: string): Promise<Template | undefined> {
  const picked = await vscode.window.showQuickPick(templateItems(context), { placeHolder, matchOnDetail: true, ignoreFocusOut: true });
  return picked?.template;
}

export type WorkflowSettings = TemplateSettings;

export function workflowSettings(scope?: vscode.Uri): WorkflowSettings {
  const c = vscode.workspace.getConfiguration('thanks', scope);
  const get = (k: string) => c.get<string>(k)?.trim() || undefined;
  return { candidateName: get('candidateName'), signature: get('signature'), defaultSignOff: get('defaultSignOff') };
}
