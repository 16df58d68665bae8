// The open notes as the client sent them, with every change checked before it is applied: a range
// outside the document (line 1e9, a negative or fractional position, a missing text) is clamped to
// the document instead of being applied as sent, which made the line index sparse and unbounded.
import { TextDocuments, type TextDocumentsConfiguration } from 'vscode-languageserver/node';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';

/** Position fields as the client sent them: anything that is not a non-negative integer becomes 0. */
function index(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.min(Math.trunc(n), Number.MAX_SAFE_INTEGER) : 0;
}

/** A position the document really has (past the end -> the end; past a line's end -> that end). */
function clampPosition(doc: TextDocument, p: Position | undefined): { position: Position; clamped: boolean } {
  const line = index(p?.line);
  const character = index(p?.character);
  const position = doc.positionAt(doc.offsetAt({ line: Math.min(line, doc.lineCount), character }));
  // (a character past a line's end, or the line just past the last, is how some clients say "the end")
  return { position, clamped: line !== p?.line || character !== p?.character || line > doc.lineCount };
}

/** Documents whose changes are applied one by one, each range clamped to the text it applies to. */
export function checkedDocuments(onClamped: (uri: string, version: number) => void): TextDocuments<TextDocument> {
  const config: TextDocumentsConfiguration<TextDocument> = {
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, typeof content === 'string' ? content : ''),
    update: (doc, changes, version) => {
      let clamped = false;
      for (const change of changes as (TextDocumentContentChangeEvent & { range?: { start?: Position; end?: Position } })[]) {
        const text = typeof change?.text === 'string' ? change.text : '';
        if (!change || !('range' in change) || change.range === undefined) {
          TextDocument.update(doc, [{ text }], version);
          continue;
        }
        const start = clampPosition(doc, change.range.start);
        const end = clampPosition(doc, change.range.end);
        clamped ||= start.clamped || end.clamped;
        TextDocument.update(doc, [{ range: { start: start.position, end: end.position }, text }], version);
      }
      if (clamped) onClamped(doc.uri, version);
      return doc;
    },
  };
  return new TextDocuments(config);
}
