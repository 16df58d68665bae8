// The one place where core offsets become LSP positions and core findings LSP diagnostics.
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Severity } from '../core/rules/types';
import type { Span, TextEdit } from '../core/document/span';
import { ruleDocUri } from './docs';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toSpan(doc: TextDocument, range: Range): Span {
  return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}

export function toTextEdit(doc: TextDocument, e: TextEdit): LspTextEdit {
  return { range: toRange(doc, e), newText: e.newText };
}

export function toLspDiagnostic(doc: TextDocument, d: Diagnostic, index: number): LspDiagnostic {
  const href = ruleDocUri(d.ruleId);
  return {
    range: toRange(doc, d),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'thanks',
    message: d.message,
    data: { index, version: doc.version },
  };
}
