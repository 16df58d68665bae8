import type { Rule } from '../types';
import list from '../../lexicon/qualification.json';
import { sentenceHas, type MarkerList } from '../support/phrase-lists';

const QUALIFICATION: MarkerList = list;

export const rule: Rule = {
  meta: {
    id: 'structure/qualification',
    category: 'structure',
    defaultSeverity: 'hint',
    description: 'The note should tie your experience to something the role needs.',
    why: 'The note is your last word before the decision: one concrete line of what you bring makes you easy to recommend.',
    advice: 'Add a sentence that links one skill or result of yours to a need they described.',
    messages: { none: 'Nothing in the note connects your experience to the role.' },
    fixable: false,
    examples: { bad: ['I enjoyed our talk about automating the regression suite. I am still very interested.'], good: ['I automated a 400-case regression suite in Playwright at my last job.'] },
  },
  check({ doc, report }) {
    const body = doc.body;
    if (body.sentences.length === 0) return;
    if (body.sentences.some((s) => sentenceHas(QUALIFICATION, s))) return;
    const first = body.paragraphs[0];
    report({ messageId: 'none', start: first.start, end: Math.min(first.end, doc.body.sentences[0].end) });
  },
};
