// Code actions: each finding's fixes, "disable this rule on this line / in this note", and
// `source.fixAll.thanks`, which applies every safe fix.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './state';
import type { Diagnostic, FindingAction, Fix } from '../core/rules/types';
import { fixAll } from '../core/lint/fixes';
import { minimalEdit } from '../core/document/span';
import { disableEdit } from '../core/document/directives';
import { toRange, toSpan, toTextEdit } from './convert';
import { ADD_WORD_COMMAND, SPLIT_COMMAND } from '../protocol';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.thanks`;

function wants(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/** The cached finding a client diagnostic stands for. */
function findingFor(doc: TextDocument, analysis: Analysis, d: LspDiagnostic): Diagnostic | undefined {
  if (d.source !== 'thanks') return undefined;
  const span = toSpan(doc, d.range);
  return analysis.diagnostics.find((f) => f.ruleId === d.code && f.start === span.start && f.end === span.end);
}

function toAction(doc: TextDocument, fix: Fix, lspDiag: LspDiagnostic | undefined, kind: string): CodeAction {
  return {
    title: fix.title,
    kind,
    ...(lspDiag ? { diagnostics: [lspDiag] } : {}),
    isPreferred: fix.preferred ?? false,
    edit: { changes: { [doc.uri]: fix.edits.map((e) => toTextEdit(doc, e)) } },
  };
}

function disableActions(doc: TextDocument, analysis: Analysis, f: Diagnostic, lspDiag: LspDiagnostic): CodeAction[] {
  const out: CodeAction[] = [];
  const line = disableEdit(analysis.doc, f.ruleId, f.start, 'line');
  if (line) out.push(toAction(doc, { title: `Disable ${f.ruleId} for this line`, edits: [line], safe: false }, lspDiag, CodeActionKind.QuickFix));
  const note = disableEdit(analysis.doc, f.ruleId, f.start, 'note')!;
  out.push(toAction(doc, { title: `Disable ${f.ruleId} in this note`, edits: [note], safe: false }, lspDiag, CodeActionKind.QuickFix));
  return out;
}

/** The command of an action a finding carries, when this editor can run it. */
function commandAction(doc: TextDocument, action: FindingAction, lspDiag: LspDiagnostic, options: { canAddWords?: boolean }): CodeAction | undefined {
  switch (action.kind) {
    case 'add-word': {
      if (!doc.uri.startsWith('file:') || options.canAddWords === false) return undefined;
      const title = `Add "${action.word}" to dictionary`;
      return { title, kind: CodeActionKind.QuickFix, diagnostics: [lspDiag], command: { title, command: ADD_WORD_COMMAND, arguments: [doc.uri, action.word] } };
    }
    case 'split-note': {
      const title = 'Split into one note per interviewer';
      return { title, kind: CodeActionKind.QuickFix, diagnostics: [lspDiag], command: { title, command: SPLIT_COMMAND, arguments: [doc.uri] } };
    }
  }
}

export function codeActions(doc: TextDocument, analysis: Analysis, params: CodeActionParams, options: { canAddWords?: boolean } = {}): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const lspDiag of params.context.diagnostics) {
      const f = findingFor(doc, analysis, lspDiag);
      if (!f) continue;
      const fixes = [...(f.fixes ?? []), ...(f.lazyFixes ? f.lazyFixes() : [])];
      for (const fix of fixes) actions.push(toAction(doc, fix, lspDiag, CodeActionKind.QuickFix));
      for (const action of f.actions ?? []) {
        const a = commandAction(doc, action, lspDiag, options);
        if (a) actions.push(a);
      }
      actions.push(...disableActions(doc, analysis, f, lspDiag));
    }
  }
  // Fix-all: offered when asked for explicitly (on save, or the command) or alongside quick fixes.
  const fixAllWanted = only ? wants(only, FIX_ALL_KIND) : params.context.diagnostics.length > 0;
  if (fixAllWanted && analysis.diagnostics.some((d) => d.fixes?.some((x) => x.safe))) {
    const result = fixAll(analysis.doc.text, analysis.lintOptions);
    const edit = minimalEdit(analysis.doc.text, result.text);
    if (edit) {
      actions.push({
        title: `Fix all safe Thanks problems (${result.applied})`,
        kind: FIX_ALL_KIND,
        edit: { changes: { [doc.uri]: [{ range: toRange(doc, edit), newText: edit.newText }] } },
      });
    }
  }
  return actions;
}
