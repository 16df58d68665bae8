// Code actions: each finding's fixes first, then its other actions (add a word, split a note), then
// one "Disable <rule>…" entry; and `source.fixAll.thanks`, which applies every safe fix.
// "Disable…" asks line / note / workspace through a client command where the client has one (VS Code);
// a code action cannot open a menu itself, so other editors get the three scopes as plain actions.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './state';
import type { Diagnostic, FindingAction, Fix } from '../core/rules/types';
import { fixAll } from '../core/lint/fixes';
import { minimalEdit } from '../core/document/span';
import { disableEdit } from '../core/document/directives';
import { toRange, toSpan, toTextEdit } from './convert';
import { ADD_WORD_COMMAND, DISABLE_IN_WORKSPACE_COMMAND, DISABLE_RULE_COMMAND, SPLIT_COMMAND, type DisableRuleArgs } from '../protocol';

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

export interface ActionOptions {
  /** The workspace is trusted: its word list and .thanksrc.json may be written. */
  canAddWords?: boolean;
  /** The client implements DISABLE_RULE_COMMAND (asks for the scope). */
  disableCommand?: boolean;
}

function disableActions(doc: TextDocument, analysis: Analysis, f: Diagnostic, lspDiag: LspDiagnostic, options: ActionOptions): CodeAction[] {
  const line = disableEdit(analysis.doc, f.ruleId, f.start, 'line');
  const note = disableEdit(analysis.doc, f.ruleId, f.start, 'note')!;
  const workspace = doc.uri.startsWith('file:') && options.canAddWords !== false;
  if (options.disableCommand) {
    const args: DisableRuleArgs = { uri: doc.uri, ruleId: f.ruleId, edits: { ...(line ? { line: toTextEdit(doc, line) } : {}), note: toTextEdit(doc, note) } };
    const title = `Disable ${f.ruleId}…`;
    return [{ title, kind: CodeActionKind.QuickFix, diagnostics: [lspDiag], command: { title, command: DISABLE_RULE_COMMAND, arguments: [args] } }];
  }
  const out: CodeAction[] = [];
  if (line) out.push(toAction(doc, { title: `Disable ${f.ruleId} for this line`, edits: [line], safe: false }, lspDiag, CodeActionKind.QuickFix));
  out.push(toAction(doc, { title: `Disable ${f.ruleId} in this note`, edits: [note], safe: false }, lspDiag, CodeActionKind.QuickFix));
  if (workspace) {
    const title = `Disable ${f.ruleId} in this workspace`;
    out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [lspDiag], command: { title, command: DISABLE_IN_WORKSPACE_COMMAND, arguments: [doc.uri, f.ruleId] } });
  }
  return out;
}

/** The command of an action a finding carries, when this editor can run it. */
function commandAction(doc: TextDocument, action: FindingAction, lspDiag: LspDiagnostic, options: ActionOptions): CodeAction | undefined {
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

export function codeActions(doc: TextDocument, analysis: Analysis, params: CodeActionParams, options: ActionOptions = {}): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    // The menu lists what corrects the text before what silences it: every finding's fixes, then
    // its other actions, then its "Disable…" entry.
    const findings = params.context.diagnostics.map((d) => ({ lspDiag: d, f: findingFor(doc, analysis, d) })).filter((x): x is { lspDiag: LspDiagnostic; f: Diagnostic } => x.f !== undefined);
    for (const { lspDiag, f } of findings) {
      for (const fix of [...(f.fixes ?? []), ...(f.lazyFixes ? f.lazyFixes() : [])]) actions.push(toAction(doc, fix, lspDiag, CodeActionKind.QuickFix));
    }
    for (const { lspDiag, f } of findings) {
      for (const action of f.actions ?? []) {
        const a = commandAction(doc, action, lspDiag, options);
        if (a) actions.push(a);
      }
    }
    for (const { lspDiag, f } of findings) actions.push(...disableActions(doc, analysis, f, lspDiag, options));
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
