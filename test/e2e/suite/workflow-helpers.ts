// Helpers for the writing-workflow tests: the extension's workflow API, waiting for a preview
// rendering or a status-bar update (events, with a deadline), and scratch notes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activeExtension, workspaceDir } from './helpers';

export interface RenderResult {
  uri: string;
  version: number;
  subject: string;
  to: { name?: string; address?: string }[];
  from?: { name?: string; address?: string };
  html: string;
  text: string;
  mailto: { url: string; length: number; tooLong: boolean };
  readiness: { errors: number; warnings: number; infos: number; words: number; readingMinutes: number; hoursLeft?: number; ready: boolean };
  window?: string;
}

export interface WorkflowApi {
  previews: {
    get(uri: vscode.Uri | string): { title: string; last?: RenderResult; panel: vscode.WebviewPanel } | undefined;
    onDidRender: vscode.Event<{ uri: string; title: string; result: RenderResult }>;
  };
  statusBar: { readonly last: { uri: string; text: string } | undefined; onDidUpdate: vscode.Event<{ uri: string; text: string }> };
}

export async function workflow(): Promise<WorkflowApi> {
  await activeExtension();
  const api = vscode.extensions.getExtension<{ workflow: WorkflowApi }>(EXTENSION_ID)!.exports.workflow;
  assert.ok(api, 'activate() returns the workflow API');
  return api;
}

/** Resolves with the first event (or current state) that `accept` takes; rejects after `ms`. */
export function waitFor<T>(event: vscode.Event<T>, current: () => T | undefined, accept: (x: T) => boolean, what: string, ms = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    let last: T | undefined = current();
    if (last !== undefined && accept(last)) return resolve(last);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}; last seen: ${JSON.stringify(last)?.slice(0, 600)}`));
    }, ms);
    const sub = event((x) => {
      last = x;
      if (!accept(x)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(x);
    });
  });
}

export function waitForRender(api: WorkflowApi, uri: vscode.Uri, accept: (r: RenderResult) => boolean, what: string): Promise<RenderResult> {
  return waitFor(
    api.previews.onDidRender,
    () => {
      const p = api.previews.get(uri);
      return p?.last ? { uri: uri.toString(), title: p.title, result: p.last } : undefined;
    },
    (e) => e.uri === uri.toString() && accept(e.result),
    what,
  ).then((e) => e.result);
}

let scratchCount = 0;

/** A new folder under the workspace's scratch folder, for files a command creates. */
export async function scratchFolder(name: string): Promise<vscode.Uri> {
  const dir = vscode.Uri.joinPath(workspaceDir(), 'scratch', `${name}-${Date.now()}-${++scratchCount}`);
  await vscode.workspace.fs.createDirectory(dir);
  return dir;
}

/** Writes a note into a scratch folder and opens it in an editor. */
export async function openScratch(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(await scratchFolder('wf'), name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
}

export const FRONT_MATTER = `---
interviewer: Dana Whitfield
role: Senior Data Engineer
company: Northwind Health
email: dana.whitfield@northwind.example
interview_date: 2026-11-24 15:30
topics:
  - moving nightly batch jobs to streaming
subject: Thank you for the Senior Data Engineer interview
candidate: Alex Rivera
---
`;
