import type { Rule } from '../types';
import { KNOWN_KEYS, suggestKey } from '../../document/frontmatter/schema';
import { renameKeyEdit } from '../../document/frontmatter/writer';

export const rule: Rule = {
  meta: {
    id: 'frontmatter/unknown-key',
    category: 'frontmatter',
    defaultSeverity: 'warning',
    description: 'Front-matter keys must be ones Thanks knows; a misspelt key leaves its value unused.',
    why: 'A misspelt key such as `compnay` is silently ignored, so the checks that rely on it (company named, no other company) never run.',
    advice: `Use one of: ${KNOWN_KEYS.join(', ')}.`,
    messages: {
      didYouMean: 'Unknown front-matter key "{key}". Did you mean "{suggestion}"?',
      unknown: 'Unknown front-matter key "{key}". Known keys: {known}.',
    },
    fixable: true,
    examples: { bad: ['compnay: Harbor Point Distribution'], good: ['company: Harbor Point Distribution'] },
  },
  check({ doc, report }) {
    const fm = doc.frontMatter;
    for (const entry of fm.keys) {
      if (KNOWN_KEYS.includes(entry.key)) continue;
      const suggestion = suggestKey(entry.key);
      if (suggestion) {
        const taken = fm.entries.has(suggestion);
        report({
          messageId: 'didYouMean',
          data: { key: entry.key, suggestion },
          ...entry.keySpan,
          fixes: [{ title: `Rename to "${suggestion}"`, edits: [renameKeyEdit(entry, suggestion)], safe: !taken, preferred: true }],
        });
      } else {
        report({ messageId: 'unknown', data: { key: entry.key, known: KNOWN_KEYS.join(', ') }, ...entry.keySpan });
      }
    }
  },
};
