import type { Rule } from '../types';
import { SIGN_OFFS_POOR } from '../../lexicon/signoffs';
import { eolOf } from '../../document/lines';
import { classifySignOff, normaliseSignOff } from '../../document/body/letter';

export const rule: Rule = {
  meta: {
    id: 'structure/sign-off',
    category: 'structure',
    defaultSeverity: 'warning',
    description: 'The note needs a professional closing line before your name.',
    why: 'The closing is the last tone signal the interviewer reads; a missing or casual one ends a careful note on a careless note.',
    advice: 'Close with "Best regards,", "Kind regards,", "Sincerely," or "Thank you," followed by your full name.',
    messages: {
      missing: 'The note has no closing line before the signature; add "Best regards,".',
      poor: '"{text}" is {reason}; use "{replacement}".',
    },
    fixable: true,
    examples: { bad: ['Cheers,\nDarnell', '…as soon as you need me.\n\nDarnell Price'], good: ['Best regards,\nDarnell Price'] },
  },
  check({ doc, report }) {
    const { signOff, signature, paragraphs } = doc.body;
    if (paragraphs.length === 0) return;
    const eol = eolOf(doc.text);
    if (signOff) {
      const poor = classifySignOff(signOff.text) === 'poor' ? SIGN_OFFS_POOR.get(normaliseSignOff(signOff.text)) : undefined;
      if (poor) {
        report({
          messageId: 'poor',
          severity: poor.severity,
          data: { text: signOff.text, reason: poor.reason, replacement: poor.replacement },
          ...signOff,
          fixes: [{ title: `Replace with "${poor.replacement}"`, edits: [{ start: signOff.start, end: signOff.end, newText: poor.replacement }], safe: true, preferred: true }],
        });
      }
      return;
    }
    const anchor = signature ? signature.nameSpan : paragraphs[paragraphs.length - 1];
    const lineStart = doc.lines.lineStarts[doc.lines.lineOf(anchor.start)];
    report({
      messageId: 'missing',
      start: anchor.start,
      end: anchor.end,
      fixes: [
        signature
          ? { title: 'Add "Best regards," before the signature', edits: [{ start: lineStart, end: lineStart, newText: `Best regards,${eol}` }], safe: true, preferred: true }
          : { title: 'Add "Best regards," and your name', edits: [{ start: anchor.end, end: anchor.end, newText: `${eol}${eol}Best regards,${eol}${doc.frontMatter.candidate ?? ''}` }], safe: Boolean(doc.frontMatter.candidate), preferred: true },
      ],
    });
  },
};
