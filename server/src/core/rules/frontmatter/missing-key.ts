import type { Rule } from '../types';
import { KEY_SPECS, KNOWN_KEYS, suggestKey } from '../../document/frontmatter/schema';
import { insertEntryEdit, newFrontMatterEdit } from '../../document/frontmatter/writer';

/** The keys the schema marks required. */
const REQUIRED = KEY_SPECS.filter((k) => k.presence === 'required').map((k) => k.key);
/** A new front matter starts with the required and recommended keys. */
const STARTER = KEY_SPECS.filter((k) => k.presence !== 'optional').map((k) => k.key);

export const rule: Rule = {
  meta: {
    id: 'frontmatter/missing-key',
    category: 'frontmatter',
    defaultSeverity: 'error',
    description: 'The front matter must name the interviewer and the role.',
    why: 'Who you are writing to and for which job are what make a thank-you note personal; without them Thanks cannot check the greeting or that the role is named.',
    advice: 'Add `interviewer:` (a name, or a list for a panel) and `role:` to the front matter.',
    messages: {
      noFrontMatter: 'This note has no front matter: start it with a `---` block that names the interviewer and the role.',
      missing: 'The front matter has no `{key}`.',
      empty: '`{key}` is empty.',
    },
    fixable: true,
    examples: { bad: ['---\ninterviewer: Sven Eriksson\ncompany: Ironwood Builders\n---'], good: ['---\ninterviewer: Sven Eriksson\nrole: Project Coordinator\n---'] },
  },
  check({ doc, report }) {
    const fm = doc.frontMatter;
    const text = doc.text;
    if (!fm.present) {
      const lineEndAt = text.indexOf('\n');
      report({
        messageId: 'noFrontMatter',
        start: fm.span.start,
        // the first line without its line break (CR included)
        end: lineEndAt < 0 ? text.length : lineEndAt - (text[lineEndAt - 1] === '\r' ? 1 : 0),
        fixes: [{ title: 'Add a front matter block', edits: [newFrontMatterEdit(doc, STARTER)], safe: false, preferred: true }],
      });
      return;
    }
    const raw = text.slice(fm.contentSpan.start, fm.contentSpan.end);
    for (const key of REQUIRED) {
      const entry = fm.entries.get(key);
      if (!entry) {
        // A YAML error on that key's line already says what is wrong with it, and a misspelt key
        // ("interveiwer") is frontmatter/unknown-key's finding.
        if (fm.errors.length && new RegExp(`^\\s*${key}\\s*:`, 'm').test(raw)) continue;
        if (fm.keys.some((e) => !KNOWN_KEYS.includes(e.key) && suggestKey(e.key) === key)) continue;
        report({
          messageId: 'missing',
          data: { key },
          start: fm.span.start,
          end: fm.span.start + 3,
          fixes: [{ title: `Add "${key}:"`, edits: [insertEntryEdit(doc, key)], safe: false }],
        });
      } else if (entry.value === null || (typeof entry.value === 'string' && !entry.value.trim()) || (Array.isArray(entry.items) && entry.items.length === 0 && !entry.wrongType)) {
        report({ messageId: 'empty', data: { key }, ...entry.keySpan });
      }
    }
  },
};
