import type { Rule } from '../types';
import list from '../../lexicon/gratitude.json';
import { sentenceHas, type MarkerList } from '../support/phrase-lists';
import { interviewWeekday } from '../../document/facts';

const THANKS: MarkerList = list;

export const rule: Rule = {
  meta: {
    id: 'structure/gratitude',
    category: 'structure',
    defaultSeverity: 'error',
    description: 'A thank-you note must say thank you, early.',
    why: 'The note exists to thank the interviewer for their time; said in the first sentence, it makes the purpose clear at a glance.',
    advice: 'Open with a thank-you sentence that names the day and the role: "Thank you for meeting with me on Tuesday about the Transportation Planner position."',
    messages: {
      none: 'The note never says thank you.',
      late: 'The thanks comes only in sentence {n}; say it in the first sentence or two.',
    },
    fixable: true,
    examples: { bad: ['I am following up on yesterday’s conversation about the Transportation Planner position.'], good: ['Thank you for meeting with me yesterday about the Transportation Planner position.'] },
  },
  check({ doc, report }) {
    const sentences = doc.body.sentences;
    if (sentences.length === 0) return;
    const index = sentences.findIndex((s) => sentenceHas(THANKS, s));
    if (index >= 0 && index <= 1) return;
    const first = sentences[0];
    if (index < 0) {
      const role = doc.frontMatter.role;
      const day = interviewWeekday(doc);
      const sentence = `Thank you for meeting with me${day ? ` on ${day}` : ''}${role ? ` about the ${role} position` : ''}. `;
      report({ messageId: 'none', start: first.start, end: first.end, fixes: [{ title: `Open with "${sentence.trim()}"`, edits: [{ start: first.start, end: first.start, newText: sentence }], safe: false, preferred: true }] });
    } else {
      report({ messageId: 'late', severity: 'information', data: { n: index + 1 }, start: sentences[index].start, end: sentences[index].end });
    }
  },
};
