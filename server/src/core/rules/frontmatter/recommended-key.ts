import type { Rule } from '../types';
import { eolOf } from '../../document/lines';

export const rule: Rule = {
  meta: {
    id: 'frontmatter/recommended-key',
    category: 'frontmatter',
    defaultSeverity: 'information',
    description: 'Suggests adding `company` to the front matter when it is missing.',
    why: 'With the company known, Thanks can check that the note names it and that no other employer slipped in from an earlier note.',
    advice: 'Add `company:` with the employer’s name as they write it.',
    messages: { missing: 'Add `company:` so the note can be checked for the right employer name.' },
    fixable: true,
  },
  check({ doc, report }) {
    const fm = doc.frontMatter;
    if (!fm.present || fm.company || fm.entries.has('company') || fm.errors.length) return;
    const at = fm.contentSpan.end;
    report({
      messageId: 'missing',
      start: fm.span.start,
      end: fm.span.start + 3,
      fixes: [{ title: 'Add "company:"', edits: [{ start: at, end: at, newText: `company: ${eolOf(doc.text)}` }], safe: false }],
    });
  },
};
