import type { Rule } from '../types';
import { followUpsInOrder, MAX_FOLLOW_UPS } from '../../workspace/follow-up';
import { recordOf } from '../../workspace/record';
import { shortDay } from '../../workspace/calendar';
import { isFollowUp } from '../support/sending';

export const rule: Rule = {
  meta: {
    id: 'timing/follow-up-count',
    category: 'timing',
    defaultSeverity: 'warning',
    description: 'More than two follow-ups for one interview (same company and interview day).',
    why: 'About two follow-ups, a week apart, is the usual ceiling; more read as pushy and rarely change the answer.',
    advice: 'Stop here: put the energy into other applications. If they reply, answer that instead.',
    messages: { tooMany: 'This would be follow-up {n} for the {company} interview of {day}; after two, stop and move on.' },
    fixable: false,
    crossNote: true,
    examples: { bad: ['A third `type: follow-up` note for the same company and interview date'], good: ['Two follow-ups, a week apart'] },
  },
  check({ doc, peers, report }) {
    if (!isFollowUp(doc) || peers.length === 0) return;
    const self = recordOf('', doc);
    if (!self.interviewKey) return;
    const n = followUpsInOrder(self, peers).indexOf(self) + 1;
    if (n <= MAX_FOLLOW_UPS) return;
    const entry = doc.frontMatter.entries.get('type')!;
    report({ messageId: 'tooMany', data: { n, company: doc.frontMatter.company ?? '', day: shortDay(self.interviewDate!) }, ...entry.valueSpan });
  },
};
