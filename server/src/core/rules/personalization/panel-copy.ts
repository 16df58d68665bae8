import type { Rule } from '../types';
import { panelCopies } from '../../workspace/compare';
import { printOf } from '../../workspace/fingerprint';
import { describeNote, interviewKeyOf, noteTypeOf } from '../../workspace/record';

export const rule: Rule = {
  meta: {
    id: 'personalization/panel-copy',
    category: 'personalization',
    defaultSeverity: 'warning',
    description: 'Notes to different interviewers of one interview (same company and day) share most of their content.',
    why: 'Panel members compare notes, and notes are forwarded to HR and filed together: near-identical notes to each member are noticed and read as a form letter. A personalised greeting alone does not make notes different.',
    advice: 'Keep the thanks and the closing if you like, but give each person their own middle: the question they asked, the point they made, and your experience that answers it.',
    messages: {
      copy: '{percent} % of this note is also in your note to {other}; panel members compare notes. Write the middle for this person: what they asked, and your answer.',
      shared: 'This sentence is also in your note to {other}.',
    },
    fixable: false,
    crossNote: true,
    examples: {
      bad: ['Two notes for the same panel whose paragraphs are the same apart from "Dear Kofi," and "Dear Dana,"'],
      good: ['The same opening thanks, then a paragraph on the scheduling question Kofi asked in one note and on Dana’s budget point in the other'],
    },
  },
  check({ doc, peers, report }) {
    if (peers.length === 0 || noteTypeOf(doc) !== 'thank-you') return;
    const self = { print: printOf(doc), interviewers: doc.frontMatter.interviewers, interviewKey: interviewKeyOf(doc) };
    const marked = new Set<number>();
    for (const copy of panelCopies(self, peers)) {
      const other = describeNote(copy.peer);
      const [first, ...rest] = copy.shared;
      report({ messageId: 'copy', data: { percent: Math.round(copy.share * 100), other }, start: first.start, end: first.end });
      marked.add(first.start);
      for (const s of rest) {
        if (marked.has(s.start)) continue;
        marked.add(s.start);
        report({ messageId: 'shared', severity: 'information', data: { other }, start: s.start, end: s.end });
      }
    }
  },
};
