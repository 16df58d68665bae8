import type { Rule } from '../types';
import { KEY_SPECS } from '../../document/frontmatter/schema';
import { insertEntryEdit } from '../../document/frontmatter/writer';

/** The keys the schema recommends (today: company). */
const RECOMMENDED = KEY_SPECS.filter((k) => k.presence === 'recommended');

export const rule: Rule = {
  meta: {
    id: 'frontmatter/recommended-key',
    category: 'frontmatter',
    defaultSeverity: 'information',
    description: 'Suggests adding `company` to the front matter when it is missing.',
    why: 'With the company known, Thanks can check that the note names it and that no other employer slipped in from an earlier note.',
    advice: 'Add `company:` with the employer’s name as they write it.',
    messages: { missing: 'Add `{key}:` so the note can be checked for {enables}.' },
    fixable: true,
  },
  check({ doc, report }) {
    const fm = doc.frontMatter;
    if (!fm.present || fm.errors.length) return;
    for (const spec of RECOMMENDED) {
      if (fm.entries.has(spec.key)) continue;
      report({
        messageId: 'missing',
        data: { key: spec.key, enables: spec.enables ?? 'what it is for' },
        start: fm.span.start,
        end: fm.span.start + 3,
        fixes: [{ title: `Add "${spec.key}:"`, edits: [insertEntryEdit(doc, spec.key)], safe: false }],
      });
    }
  },
};
