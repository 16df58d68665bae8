import type { Rule } from '../types';
import { followUpTiming } from '../../workspace/follow-up';
import { shortDay } from '../../workspace/calendar';
import { interviewKeyOf } from '../../workspace/record';
import { isFollowUp, isSent } from '../support/sending';

export const rule: Rule = {
  meta: {
    id: 'timing/follow-up-early',
    category: 'timing',
    defaultSeverity: 'warning',
    description: 'A follow-up (`type: follow-up`) drafted before two business days after `decision_date`, or without one, before five business days after the interview.',
    why: 'Interviewers give a decision date because they need the time; a message before it has passed reads as pushy. With no date given, five to seven business days is the usual wait.',
    advice: 'Keep the draft and send it on the day shown. If they gave no date, add `decision_date` when they do.',
    messages: {
      afterDecision: 'Too early for a follow-up: they said they would decide by {base}. Wait until {earliest}, two business days after.',
      afterInterview: 'Too early for a follow-up: with no decision date, wait five business days after the interview ({base}), until {earliest}.',
    },
    fixable: false,
    crossNote: true,
    examples: {
      bad: ['type: follow-up, decision_date: 2026-12-04 (now 2026-12-07)'],
      good: ['type: follow-up, decision_date: 2026-12-04 (now 2026-12-08)'],
    },
  },
  check({ doc, now, peers, report }) {
    if (!isFollowUp(doc) || isSent(doc)) return;
    const fm = doc.frontMatter;
    const key = interviewKeyOf(doc);
    // The decision date may be on the thank-you note of the same interview rather than on the follow-up.
    const timing = followUpTiming({ decisionDate: fm.decisionDate?.date, interviewDate: fm.interviewDate?.date }, key ? peers.filter((p) => p.interviewKey === key) : []);
    if (!timing || now >= timing.earliest) return;
    const entry = fm.entries.get('type')!;
    report({
      messageId: timing.from === 'decision' ? 'afterDecision' : 'afterInterview',
      data: { base: shortDay(timing.base), earliest: shortDay(timing.earliest) },
      ...entry.valueSpan,
    });
  },
};
