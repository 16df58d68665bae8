// Code actions: each finding's fixes, "disable this rule on this line / in this note", and
// `source.fixAll.thanks`, which applies every safe fix.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './state';
import type { Diagnostic, Fix } from '../core/rules/types';
import { fixAll } from '../core/lint/fixes';
import { minimalEdit } from '../core/document/span';
import { eolOf, lineEnd } from '../core/document/lines';
import { toRange, toSpan, toTextEdit } from './convert';
import { SPLIT_COMMAND } from '../protocol';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.thanks`;
export const ADD_WORD_COMMAND = 'thanks.addToDictionary';

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
  const model = analysis.doc;
  const text = model.text;
  const eol = eolOf(text);
  const fm = model.frontMatter;
  const line = model.lines.lineOf(f.start);
  const end = lineEnd(text, model.lines, line);
  const lineText = text.slice(model.lines.lineStarts[line], end);
  const out: CodeAction[] = [];
  const inFm = fm.present && f.start < fm.span.end;
  const onFence = inFm && /^(---|\.\.\.)\s*$/.test(lineText);
  const inBlockScalar = inFm && !/:/.test(lineText) && !/^\s*-/.test(lineText);
  if (!onFence && !inBlockScalar) {
    const comment = inFm ? ` # thanks-disable-line ${f.ruleId}` : ` <!-- thanks-disable-line ${f.ruleId} -->`;
    out.push(toAction(doc, { title: `Disable ${f.ruleId} for this line`, edits: [{ start: end, end, newText: comment }], safe: false }, lspDiag, CodeActionKind.QuickFix));
  }
  const noteEdit = fm.present && fm.closed
    ? { start: fm.contentSpan.start, end: fm.contentSpan.start, newText: `# thanks-disable ${f.ruleId}${eol}` }
    : { start: model.body.span.start, end: model.body.span.start, newText: `<!-- thanks-disable ${f.ruleId} -->${eol}` };
  out.push(toAction(doc, { title: `Disable ${f.ruleId} in this note`, edits: [noteEdit], safe: false }, lspDiag, CodeActionKind.QuickFix));
  return out;
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
      const word = f.ruleId === 'proofreading/spelling' ? f.data?.word : undefined;
      if (typeof word === 'string' && doc.uri.startsWith('file:') && options.canAddWords !== false) {
        actions.push({
          title: `Add "${word}" to dictionary`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [lspDiag],
          command: { title: `Add "${word}" to dictionary`, command: ADD_WORD_COMMAND, arguments: [doc.uri, word] },
        });
      }
      if (f.ruleId === 'personalization/panel-greeting') {
        actions.push({ title: 'Split into one note per interviewer', kind: CodeActionKind.QuickFix, diagnostics: [lspDiag], command: { title: 'Split into one note per interviewer', command: SPLIT_COMMAND, arguments: [doc.uri] } });
      }
      actions.push(...disableActions(doc, analysis, f, lspDiag));
    }
  }
  // Fix-all: offered when asked for explicitly (on save, or the command) or alongside quick fixes.
  const fixAllWanted = only ? wants(only, FIX_ALL_KIND) : params.context.diagnostics.length > 0;
  if (fixAllWanted && analysis.diagnostics.some((d) => d.fixes?.some((x) => x.safe))) {
    const result = fixAll(analysis.doc.text, { layers: analysis.layers, userWords: analysis.userWords, now: undefined });
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
