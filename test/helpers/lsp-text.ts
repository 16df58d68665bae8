// Text helpers for protocol tests: LSP positions and ranges in a note, and applying LSP edits.
import type { Diagnostic, Position, Range } from 'vscode-languageserver-protocol';

/** The LSP position (UTF-16 code units) of `offset` in `text`. */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    } else if (text[i] === '\r' && text[i + 1] !== '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** The UTF-16 offset of an LSP position in `text` (clamped to its line, as LSP requires). */
export function offsetAt(text: string, pos: Position): number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') {
      starts.push(i + 2);
      i++;
    } else if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  if (pos.line >= starts.length) return text.length;
  const start = starts[pos.line];
  let end = pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return Math.min(start + pos.character, end);
}

/** The range of the `occurrence`-th (0-based) `needle` in `text`. */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${occurrence}) not in the text`);
  }
  return { start: positionAt(text, at), end: positionAt(text, at + needle.length) };
}

export function textIn(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** Applies LSP text edits (non-overlapping) to `text`. */
export function applyTextEdits(text: string, edits: { range: Range; newText: string }[]): string {
  const resolved = edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }));
  resolved.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of resolved) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** A diagnostic's message as text (LSP 3.18 also allows MarkupContent; this server sends strings). */
export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/** `code` of each diagnostic, sorted (for set comparisons). */
export function codes(diags: Diagnostic[]): string[] {
  return diags.map((d) => String(d.code)).sort();
}
