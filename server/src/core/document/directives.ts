// Inline directives: `<!-- thanks-disable-next-line tone/informal -->` in the body and
// `# thanks-disable rule` in the front matter. Read here for the parser, and written here for the
// "Disable …" quick fixes, so the syntax lives in one place.
import type { Directive, ThanksDocument } from './model';
import type { TextEdit } from './span';
import { eolOf, lineEnd } from './lines';

export function parseDirective(comment: string): { kind: Directive['kind']; targets: string[] } | undefined {
  // Read without one big regular expression: a lazy `([^>]*?)\s*$` backtracks quadratically on long runs of spaces.
  let t = comment.trim();
  if (t.startsWith('<!--')) t = t.slice(4);
  if (t.endsWith('-->')) t = t.slice(0, -3);
  t = t.trim();
  if (t.startsWith('#')) t = t.slice(1).trimStart();
  const m = /^thanks-(disable-next-line|disable-line|disable|enable)\b/.exec(t);
  if (!m) return undefined;
  const rest = t.slice(m[0].length);
  if (rest.includes('>')) return undefined;
  const targets = rest.split(/[\s,]+/).filter((x) => x && x !== '--');
  return { kind: m[1] as Directive['kind'], targets };
}

/** Where a disable directive goes: on the finding's line, or for the whole note. */
export type DisableScope = 'line' | 'note';

/**
 * The edit that disables `target` (a rule id or a category) at `offset`: a trailing comment on that
 * line (`<!-- … -->` in the body, `# …` in the front matter), or a directive at the top of the note.
 * Undefined where a comment cannot go (a fence line, inside a block scalar).
 */
export function disableEdit(doc: ThanksDocument, target: string, offset: number, scope: DisableScope): TextEdit | undefined {
  const { text, frontMatter: fm } = doc;
  if (scope === 'note') {
    const eol = eolOf(text);
    return fm.present && fm.closed
      ? { start: fm.contentSpan.start, end: fm.contentSpan.start, newText: `# thanks-disable ${target}${eol}` }
      : { start: doc.body.span.start, end: doc.body.span.start, newText: `<!-- thanks-disable ${target} -->${eol}` };
  }
  const line = doc.lines.lineOf(offset);
  const end = lineEnd(text, doc.lines, line);
  const lineText = text.slice(doc.lines.lineStarts[line], end);
  const inFm = fm.present && offset < fm.span.end;
  if (inFm && (/^(---|\.\.\.)\s*$/.test(lineText) || (!/:/.test(lineText) && !/^\s*-/.test(lineText)))) return undefined;
  return { start: end, end, newText: inFm ? ` # thanks-disable-line ${target}` : ` <!-- thanks-disable-line ${target} -->` };
}
