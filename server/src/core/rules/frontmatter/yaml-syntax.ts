import type { Fix, Rule } from '../types';
import { eolOf, lineEnd } from '../../document/lines';
import { yamlScalar } from '../../document/frontmatter/writer';

const HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'a value that contains ": " must be put in quotes',
  MULTILINE_IMPLICIT_KEY: 'check the indentation and the space after each colon',
  DUPLICATE_KEY: 'each key may appear only once',
  TAB_AS_INDENT: 'YAML indents with spaces, not tabs',
  MISSING_CHAR: 'a quote or bracket is not closed',
  BAD_INDENT: 'check the indentation',
  NOT_A_MAPPING: 'write one `key: value` per line',
};

export const rule: Rule = {
  meta: {
    id: 'frontmatter/yaml-syntax',
    category: 'frontmatter',
    defaultSeverity: 'error',
    description: 'The front matter must be valid YAML between two `---` lines.',
    why: 'When the YAML block cannot be read, Thanks cannot tell who the note is for, so the name, role, company and timing checks go blind.',
    advice: 'Fix the line shown: quote values that contain ": ", indent with spaces, and close the block with a `---` line.',
    messages: {
      syntax: 'Front matter is not valid YAML: {detail} ({hint}).',
      unclosed: 'The front matter is never closed: add a `---` line after the last key.',
      tooLarge: '{detail}',
    },
    fixable: true,
    examples: { bad: ['role: Clinical Laboratory Scientist: Microbiology'], good: ['role: "Clinical Laboratory Scientist: Microbiology"'] },
  },
  check({ doc, report }) {
    const fm = doc.frontMatter;
    const text = doc.text;
    if (fm.present && !fm.closed) {
      const at = fm.contentSpan.end;
      const lineBreak = eolOf(text); // the note's own (CRLF notes stay CRLF)
      const eol = text.slice(0, at).endsWith('\n') ? '' : lineBreak;
      report({
        messageId: 'unclosed',
        start: fm.span.start,
        end: fm.span.start + 3,
        fixes: [{ title: 'Close the front matter with ---', edits: [{ start: at, end: at, newText: `${eol}---${lineBreak}` }], safe: true, preferred: true }],
      });
    }
    const seenLines = new Set<number>();
    for (const e of fm.errors) {
      if (e.code === 'TOO_LARGE') {
        report({ messageId: 'tooLarge', data: { detail: e.message }, start: e.start, end: e.end });
        continue;
      }
      const line = doc.lines.lineOf(e.start);
      if (seenLines.has(line)) continue; // one finding per line: YAML often reports a cascade
      seenLines.add(line);
      let { start, end } = e;
      const ls = doc.lines.lineStarts[line];
      const le = lineEnd(text, doc.lines, line);
      if (end - start < 3) {
        start = ls + (text.slice(ls, le).length - text.slice(ls, le).trimStart().length);
        end = Math.max(start + 1, le);
      }
      const fixes: Fix[] = [];
      const lineText = text.slice(ls, le);
      const m = /^(\s*[A-Za-z_][\w-]*:\s+)([^"'\s[{][^#]*?)\s*$/.exec(lineText);
      if (e.code === 'BLOCK_AS_IMPLICIT_KEY' && m && m[2].includes(': ')) {
        fixes.push({ title: 'Put the value in quotes', edits: [{ start: ls + m[1].length, end: ls + m[1].length + m[2].length, newText: yamlScalar(m[2]) }], safe: true, preferred: true });
      }
      report({ messageId: 'syntax', data: { detail: e.message.replace(/\.$/, ''), hint: HINTS[e.code] ?? 'see the YAML rules for front matter' }, start, end, fixes });
    }
  },
};
