import type { Rule } from '../types';
import { factsOf } from '../../document/facts';
import { greetingFormOf } from '../../document/names';
import { eolOf } from '../../document/lines';
import { listJoin } from '../../document/text';
import { greetingAdvice } from '../support/greeting';

export const rule: Rule = {
  meta: {
    id: 'structure/salutation-missing',
    category: 'structure',
    defaultSeverity: 'warning',
    description: 'The note starts without a greeting.',
    why: 'An email that opens straight into the text reads abrupt; in reply-rate studies, messages with any greeting did better than those with none.',
    advice: 'Open with the interviewer’s name: "Dear Ms. Iyer," or "Hello Priyanka,".',
    messages: { missing: 'The note has no greeting: open with "Dear {name},".' },
    fixable: true,
    examples: { bad: ['Thank you for the phone interview yesterday…'], good: ['Dear Ms. Iyer,\n\nThank you for the phone interview yesterday…'] },
  },
  check({ doc, report }) {
    const body = doc.body;
    if (body.salutation || body.paragraphs.length === 0) return;
    const first = body.paragraphs[0];
    const facts = factsOf(doc);
    const name = facts.interviewers.length ? listJoin(facts.interviewers.map((p) => greetingFormOf(p, true))) : '…';
    const eol = eolOf(doc.text);
    const lineStart = doc.lines.lineStarts[doc.lines.lineOf(first.start)];
    const lineEndAt = doc.text.indexOf('\n', first.start);
    report({
      messageId: 'missing',
      data: { name: facts.interviewers.length ? name : 'the interviewer’s name' },
      start: first.start,
      end: lineEndAt < 0 ? first.end : Math.min(lineEndAt, first.end),
      ...(facts.interviewers.length ? { advice: `Open with the interviewer’s name: ${greetingAdvice(facts.interviewers)}.` } : {}),
      fixes: facts.interviewers.length
        ? [{ title: `Add "Dear ${name},"`, edits: [{ start: lineStart, end: lineStart, newText: `Dear ${name},${eol}${eol}` }], safe: facts.interviewers.length === 1, preferred: true }]
        : [],
    });
  },
};
