import type { Rule } from '../types';
import { KEY_SPEC, LIST_KINDS } from '../../document/frontmatter/schema';
import { yamlScalar } from '../../document/frontmatter/writer';


export const rule: Rule = {
  meta: {
    id: 'frontmatter/value-type',
    category: 'frontmatter',
    defaultSeverity: 'error',
    description: 'Each front-matter value must have the type the format expects.',
    why: 'A value of the wrong shape (a list where a single name belongs, a nested block) is ignored, so the checks that use it cannot run.',
    advice: 'Write the value as the format expects; put values containing brackets or colons in quotes.',
    messages: {
      wrongType: '`{key}` should be {expected}, not {found}.',
      bracketed: '`{key}` was read as a list because of the square brackets; if "{inner}" is a placeholder, fill it in, otherwise put the value in quotes.',
    },
    fixable: true,
  },
  check({ doc, report }) {
    const errorLines = new Set(doc.frontMatter.errors.map((e) => doc.lines.lineOf(e.start)));
    for (const entry of doc.frontMatter.keys) {
      const spec = KEY_SPEC.get(entry.key);
      if (!entry.wrongType || !spec) continue;
      // A syntax error on the same line explains the odd value already.
      if (errorLines.has(entry.line) || errorLines.has(doc.lines.lineOf(entry.wrongType.span.start))) continue;
      const raw = doc.text.slice(entry.valueSpan.start, entry.valueSpan.end);
      const flow = /^\[([^\],]*)\]$/.exec(raw.trim());
      if (flow && !LIST_KINDS.has(spec.kind)) {
        report({
          messageId: 'bracketed',
          data: { key: entry.key, inner: flow[1].trim() },
          ...entry.valueSpan,
          fixes: [{ title: 'Put the value in quotes', edits: [{ ...entry.valueSpan, newText: yamlScalar(raw.trim()) }], safe: false }],
        });
        continue;
      }
      // YAML ends a block mapping after its line break: keep the range on the value's own lines.
      const { start } = entry.wrongType.span;
      const end = start + doc.text.slice(start, entry.wrongType.span.end).trimEnd().length;
      report({ messageId: 'wrongType', data: { key: entry.key, expected: spec.expected, found: entry.wrongType.found }, start, end });
    }
  },
};
