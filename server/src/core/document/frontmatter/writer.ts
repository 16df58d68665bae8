// The one writer of front matter. New notes, Split and every quick fix that edits the YAML write
// through these functions, so a value is always quoted when YAML would read it differently, lines
// keep the note's line breaks, and keys go where the schema expects them.
import type { ThanksDocument, FrontMatterEntry } from '../model';
import type { TextEdit } from '../span';
import { eolOf, lineEnd } from '../lines';

/**
 * A scalar as YAML reads it back unchanged: plain when that is safe, else double-quoted (a JSON
 * string is a valid YAML double-quoted scalar, with `\`, quotes and control characters escaped).
 */
export function yamlScalar(v: string): string {
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{M}\p{N} .,'’&()/@+_:-]*$/u.test(v) &&
    !/:(\s|$)/.test(v) &&
    !/\s$/.test(v) &&
    !/^[-+]?(\d[\d_]*)?(\.\d+)?([eE][-+]?\d+)?$/.test(v) &&
    !/^(true|false|null|yes|no|on|off|~)$/i.test(v);
  return plain ? v : JSON.stringify(v);
}

/** A value to write: one scalar, a list, or nothing yet (`key: ` for the writer to fill in). */
export type WrittenValue = string | readonly string[] | undefined;

/** The lines of one entry: `key: value` for a string, `key:` with `  - item` lines for a list. */
export function entryLines(key: string, value: WrittenValue): string[] {
  if (value === undefined) return [`${key}: `];
  if (typeof value === 'string') return [`${key}: ${yamlScalar(value)}`];
  return [`${key}:`, ...value.map((v) => `  - ${yamlScalar(v)}`)];
}

/** A whole front-matter block, fences included, for a new note. Entries without a value are left out. */
export function frontMatterBlock(entries: readonly (readonly [string, WrittenValue])[], eol = '\n'): string {
  const lines = ['---'];
  for (const [key, value] of entries) {
    if (value === undefined || (typeof value !== 'string' && value.length === 0)) continue;
    lines.push(...entryLines(key, value));
  }
  lines.push('---', '');
  return lines.join(eol);
}

/** Inserts `key: value` as the last line of the front matter (it must be present). */
export function insertEntryEdit(doc: ThanksDocument, key: string, value?: WrittenValue): TextEdit {
  const at = doc.frontMatter.contentSpan.end;
  const eol = eolOf(doc.text);
  // An unclosed front matter may end without a line break before the body.
  const lead = at > 0 && doc.text[at - 1] !== '\n' && doc.text[at - 1] !== '\r' ? eol : '';
  return { start: at, end: at, newText: lead + entryLines(key, value).join(eol) + eol };
}

/** A front-matter block with empty required keys, for a note that has none. */
export function newFrontMatterEdit(doc: ThanksDocument, keys: readonly string[]): TextEdit {
  const eol = eolOf(doc.text);
  const at = doc.frontMatter.span.start;
  return { start: at, end: at, newText: ['---', ...keys.map((k) => `${k}: `), '---', ''].join(eol) };
}

/** Replaces an entry's value (its whole value span) with `value`, quoted as needed. */
export function setValueEdit(entry: FrontMatterEntry, value: string): TextEdit {
  return { start: entry.valueSpan.start, end: entry.valueSpan.end, newText: yamlScalar(value) };
}

/** A value in YAML flow style (inside `{…}`): always double-quoted, since `,[]{}` end a plain scalar there. */
function flowValue(value: WrittenValue): string {
  if (value === undefined) return '""';
  if (typeof value === 'string') return JSON.stringify(value);
  return value.length === 1 ? JSON.stringify(value[0]) : `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
}

/** Whether an entry shares its lines with other text (a flow mapping `{interviewer: …, role: …}`). */
function sharesLines(doc: ThanksDocument, entry: FrontMatterEntry, first: number, endOfLast: number): boolean {
  const before = doc.text.slice(doc.lines.lineStarts[first], entry.keySpan.start);
  const after = doc.text.slice(Math.max(entry.valueSpan.end, entry.keySpan.end), endOfLast);
  return before.trim() !== '' || after.replace(/\s+#.*$/, '').trim() !== '';
}

/** Replaces an entry's value inside a flow mapping, or removes `key: value` with one comma. */
function replaceFlowEntryEdit(doc: ThanksDocument, entry: FrontMatterEntry, value: WrittenValue | null): TextEdit {
  const valueEnd = Math.max(entry.valueSpan.end, entry.keySpan.end);
  if (value !== null) {
    // `key:` with no value has an empty value span right after the colon
    const start = entry.valueSpan.end > entry.valueSpan.start ? entry.valueSpan.start : valueEnd;
    return { start, end: entry.valueSpan.end > entry.valueSpan.start ? entry.valueSpan.end : valueEnd, newText: (start === valueEnd && entry.valueSpan.end <= entry.valueSpan.start ? ' ' : '') + flowValue(value) };
  }
  const after = /^\s*,\s*/.exec(doc.text.slice(valueEnd));
  if (after) return { start: entry.keySpan.start, end: valueEnd + after[0].length, newText: '' };
  const before = /,\s*$/.exec(doc.text.slice(0, entry.keySpan.start));
  return { start: before ? entry.keySpan.start - before[0].length : entry.keySpan.start, end: valueEnd, newText: '' };
}

/** Replaces a whole top-level entry (key line through its last value line), or removes it. An
 *  entry in a flow mapping is edited in place, leaving the other entries on its line alone. */
export function replaceEntryEdit(doc: ThanksDocument, entry: FrontMatterEntry, value: WrittenValue | null): TextEdit {
  const { text, lines } = doc;
  const first = lines.lineOf(entry.keySpan.start);
  const last = lines.lineOf(Math.max(entry.valueSpan.end - 1, entry.keySpan.start));
  const start = lines.lineStarts[first];
  const endOfLast = lineEnd(text, lines, last);
  if (sharesLines(doc, entry, first, endOfLast)) return replaceFlowEntryEdit(doc, entry, value);
  if (value === null) {
    const next = last + 1 < lines.lineStarts.length ? lines.lineStarts[last + 1] : endOfLast;
    return { start, end: next, newText: '' };
  }
  return { start, end: endOfLast, newText: entryLines(entry.key, value).join(eolOf(text)) };
}

/** Renames a key in place. */
export function renameKeyEdit(entry: FrontMatterEntry, key: string): TextEdit {
  return { ...entry.keySpan, newText: key };
}
