// Front matter: the YAML block between `---` fences, read with the `yaml` package so that every
// key and value keeps its source range and every syntax error its position.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { FrontMatter, FrontMatterEntry, YamlIssue } from '../model';
import { parseInterviewDate } from './dates';
import type { Span } from '../span';
import { emptyValues, KEY_SPEC, LIST_KINDS, type KindValue, type ValueKind } from './schema';

const FENCE = /^---[ \t]*$/;
const CLOSE_FENCE = /^(---|\.\.\.)[ \t]*$/;
/** YAML bigger than this is not a front matter any more; parse only the head (the rest is reported). */
const MAX_FRONT_MATTER = 16 * 1024; // a real front matter is well under 1 KB; the yaml parser needs ~10 ms per KB

function emptyFrontMatter(start: number): FrontMatter {
  return {
    present: false,
    closed: false,
    span: { start, end: start },
    contentSpan: { start, end: start },
    entries: new Map(),
    keys: [],
    errors: [],
    comments: [],
    ...emptyValues(),
  };
}

/** Finds the fences. Returns the front matter skeleton and where the body starts. */
function locate(text: string, start: number): { fm: FrontMatter; bodyStart: number } {
  const fm = emptyFrontMatter(start);
  const firstEol = text.indexOf('\n', start);
  const firstLine = text.slice(start, firstEol < 0 ? text.length : firstEol).replace(/\r$/, '');
  if (!FENCE.test(firstLine)) return { fm, bodyStart: start };
  fm.present = true;
  const contentStart = firstEol < 0 ? text.length : firstEol + 1;
  let pos = contentStart;
  let firstBlank = -1;
  while (pos < text.length) {
    const eol = text.indexOf('\n', pos);
    const lineEnd = eol < 0 ? text.length : eol;
    const line = text.slice(pos, lineEnd).replace(/\r$/, '');
    if (CLOSE_FENCE.test(line)) {
      fm.closed = true;
      fm.contentSpan = { start: contentStart, end: pos };
      const bodyStart = eol < 0 ? text.length : eol + 1;
      fm.span = { start, end: lineEnd };
      return { fm, bodyStart };
    }
    if (firstBlank < 0 && line.trim() === '') firstBlank = pos;
    pos = eol < 0 ? text.length : eol + 1;
  }
  // Never closed: take the YAML up to the first blank line (or the end) so the body still gets checked.
  const end = firstBlank >= 0 ? firstBlank : text.length;
  fm.contentSpan = { start: contentStart, end };
  fm.span = { start, end };
  return { fm, bodyStart: end };
}

function nodeSpan(node: YamlNode | null | undefined, offset: number): Span | undefined {
  if (!node || !node.range) return undefined;
  return { start: node.range[0] + offset, end: node.range[1] + offset };
}

function typeName(node: unknown): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'empty';
    if (typeof v === 'boolean') return 'true/false';
    if (typeof v === 'number') return 'a number';
    return 'text';
  }
  return 'an unsupported value';
}

/** Text of a scalar that may stand for a string (numbers are accepted as their source text). */
function scalarText(node: unknown, source: string, offset: number): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (typeof node.value === 'number' && node.range) return source.slice(node.range[0] + offset, node.range[1] + offset);
  return undefined;
}

/**
 * `previous`: the note's last text and its front matter. When the new text starts with the same closed
 * front matter (a keystroke in the body), that front matter is the answer: the YAML is not read again.
 */
export function parseFrontMatter(text: string, start: number, lineOf: (offset: number) => number, previous?: { text: string; frontMatter: FrontMatter }): { frontMatter: FrontMatter; bodyStart: number } {
  const { fm, bodyStart } = locate(text, start);
  if (!fm.present) return { frontMatter: fm, bodyStart };
  // Closed by a fence line that ends in a line break, the front matter is the same whatever follows
  // it; a text that starts with the same lines up to there has the same front matter.
  const prev = previous?.frontMatter;
  if (fm.closed && text.charCodeAt(bodyStart - 1) === 10 && prev?.closed && prev.span.end === fm.span.end && previous!.text.length >= bodyStart && previous!.text.startsWith(text.slice(0, bodyStart))) {
    return { frontMatter: prev, bodyStart };
  }
  const offset = fm.contentSpan.start;
  let source = text.slice(fm.contentSpan.start, fm.contentSpan.end);
  if (source.length > MAX_FRONT_MATTER) {
    fm.errors.push({ code: 'TOO_LARGE', message: `The front matter is ${Math.round(source.length / 1024)} KB; only the first ${Math.round(MAX_FRONT_MATTER / 1024)} KB were read.`, start: offset + MAX_FRONT_MATTER, end: fm.contentSpan.end });
    source = source.slice(0, MAX_FRONT_MATTER);
  }
  collectComments(source, offset, fm);
  const deep = flowDepthExceeded(source, MAX_FLOW_DEPTH);
  if (deep >= 0) {
    // The yaml parser's error recovery on thousands of unclosed `[` takes seconds: do not hand it over.
    fm.errors.push({ code: 'TOO_DEEP', message: `Lists or mappings are nested more than ${MAX_FLOW_DEPTH} levels deep; the front matter was not read.`, start: offset + deep, end: offset + deep + 1 } as YamlIssue);
    return { frontMatter: fm, bodyStart };
  }
  const lineCounter = new LineCounter();
  // uniqueKeys is checked below in linear time: the yaml package compares every pair of keys.
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  const yamlErrors = [...doc.errors.map((e) => ({ code: e.code as string, message: e.message, pos: e.pos })), ...duplicateKeys(doc.contents)];
  yamlErrors.sort((a, b) => a.pos[0] - b.pos[0]);
  for (const e of yamlErrors) {
    const at = Math.min(e.pos[0], source.length);
    const to = Math.max(at, Math.min(e.pos[1], source.length));
    fm.errors.push({ code: e.code, message: cleanYamlMessage(e.message), start: offset + at, end: offset + (to > at ? to : Math.min(at + 1, source.length)) } as YamlIssue);
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { frontMatter: fm, bodyStart };
  if (!isMap(contents)) {
    const sp = nodeSpan(contents as YamlNode, offset) ?? fm.contentSpan;
    fm.errors.push({ code: 'NOT_A_MAPPING', message: 'The front matter must be a list of `key: value` lines.', ...sp });
    return { frontMatter: fm, bodyStart };
  }
  for (const pair of contents.items) {
    const keyNode = pair.key as YamlNode | null;
    if (!isScalar(keyNode) || keyNode.value === null || !keyNode.range) continue;
    const key = String(keyNode.value);
    const keySpan = nodeSpan(keyNode, offset)!;
    const valueNode = pair.value as YamlNode | null;
    const valueSpan = nodeSpan(valueNode, offset) ?? { start: keySpan.end + 1, end: keySpan.end + 1 };
    const items: FrontMatterEntry['items'] = [];
    let wrongType: FrontMatterEntry['wrongType'];
    if (isSeq(valueNode)) {
      for (const item of valueNode.items) {
        const t = scalarText(item, text, offset);
        const sp = nodeSpan(item as YamlNode, offset);
        if (t !== undefined && sp) items.push({ text: t, span: sp });
        else if (sp && !wrongType) wrongType = { span: sp, found: typeName(item) };
      }
    } else {
      const t = scalarText(valueNode, text, offset);
      if (t !== undefined) items.push({ text: t, span: valueSpan });
    }
    const entry: FrontMatterEntry = {
      key,
      keySpan,
      valueSpan,
      value: valueNode && isScalar(valueNode) ? valueNode.value : valueNode ? typeName(valueNode) : null,
      items,
      wrongType,
      line: 0,
    };
    entry.line = lineOf(keySpan.start);
    fm.keys.push(entry);
    if (!fm.entries.has(key)) fm.entries.set(key, entry);
    assignTyped(fm, entry, valueNode);
  }
  return { frontMatter: fm, bodyStart };
}

/** Sets the typed value of a known key from its entry, by the kind the schema gives it. */
function assignTyped(fm: FrontMatter, entry: FrontMatterEntry, node: YamlNode | null): void {
  const spec = KEY_SPEC.get(entry.key);
  if (!spec) return;
  const isList = isSeq(node);
  if (isList && !LIST_KINDS.has(spec.kind)) {
    entry.wrongType = { span: entry.valueSpan, found: 'a list' };
    return;
  }
  if (!isList && node && !isScalar(node)) {
    entry.wrongType = { span: entry.valueSpan, found: typeName(node) };
    return;
  }
  if (isScalar(node) && node.value !== null && entry.items.length === 0) {
    entry.wrongType = { span: entry.valueSpan, found: typeName(node) };
    return;
  }
  if (spec.kind === 'choice') {
    const word = entry.items[0]?.text.trim().toLowerCase();
    if (word && !spec.choices?.includes(word)) {
      entry.wrongType = { span: entry.valueSpan, found: JSON.stringify(entry.items[0].text.trim()) };
      return;
    }
  }
  const value = typed(spec.kind, entry);
  const fields = fm as unknown as Record<string, unknown>;
  const earlier = fields[spec.field];
  // A list key written twice (`interviewer:` on two lines) is read as both lists together: the
  // duplicate is a YAML error the writer is told about, but no name in it is lost meanwhile.
  if (Array.isArray(value) && Array.isArray(earlier) && fm.keys.some((k) => k !== entry && k.key === entry.key)) fields[spec.field] = [...earlier, ...value];
  else fields[spec.field] = value;
}

function typed<K extends ValueKind>(kind: K, entry: FrontMatterEntry): KindValue[K];
function typed(kind: ValueKind, entry: FrontMatterEntry): KindValue[ValueKind] {
  const texts = entry.items.map((i) => i.text.trim()).filter((t) => t.length > 0);
  switch (kind) {
    case 'names':
    case 'phrases':
      return texts;
    case 'addresses':
      return entry.items.filter((i) => i.text.trim()).map((i) => ({ text: i.text.trim(), span: i.span }));
    case 'text':
      return texts[0];
    case 'choice':
      return texts[0]?.toLowerCase();
    case 'date':
    case 'datetime': {
      if (!texts[0]) return undefined;
      const parsed = parseInterviewDate(texts[0], entry.valueSpan);
      return parsed !== 'malformed' ? parsed : { text: texts[0], span: entry.valueSpan, hasTime: false, date: undefined };
    }
  }
}

const MAX_FLOW_DEPTH = 64;

/** Offset of the first `[`/`{` nested deeper than `max` (outside quotes and comments), or -1. */
function flowDepthExceeded(source: string, max: number): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || (c === "'" && depth > 0)) quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(source[i - 1]))) {
      const eol = source.indexOf('\n', i);
      if (eol < 0) break;
      i = eol;
    } else if (c === '[' || c === '{') {
      if (++depth > max) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return -1;
}

/** DUPLICATE_KEY errors for every mapping (nested too), as the yaml package's `uniqueKeys` gives them. */
function duplicateKeys(root: unknown): { code: string; message: string; pos: [number, number] }[] {
  const out: { code: string; message: string; pos: [number, number] }[] = [];
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && key.range) {
          if (seen.has(key.value)) out.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [key.range[0], key.range[0] + 1] });
          seen.add(key.value);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return out;
}

function collectComments(source: string, offset: number, fm: FrontMatter): void {
  let pos = 0;
  while (pos < source.length) {
    const eol = source.indexOf('\n', pos);
    const end = eol < 0 ? source.length : eol;
    const line = source.slice(pos, end);
    const m = /(?:^|\s)#\s*(thanks-[a-z-]+[^\r\n]*)\r?$/.exec(line); // \r: a CRLF note
    if (m) {
      const at = pos + line.lastIndexOf(m[1]);
      fm.comments.push({ text: m[1].trim(), span: { start: offset + at, end: offset + at + m[1].trimEnd().length } });
    }
    pos = end + 1;
  }
}

function cleanYamlMessage(message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return first.endsWith('.') ? first : first + '.';
}
