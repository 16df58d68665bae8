import type { Rule } from '../types';

// A sentence that ties the writer's own experience or skill to the job.
const QUALIFICATION =
  /\b(?:I['’](?:ve|m)\b|I (?:have|had|led|lead|built|build|managed|manage|designed|developed|created|ran|run|trained|train|supported|worked|work|hold|held|earned|completed|introduced|reduced|increased|coordinated|coordinate|served|taught|teach|launched|implemented|reorganized|reorganised|owned|maintained|maintain|wrote|write|handled|handle|set up|cut|grew|helped|delivered|volunteered|passed|am (?:a |an )?(?:certified|licensed|fluent|trained|experienced|comfortable|skilled|familiar))|my (?:experience|background|work|skills?|training|certification|degree|current|previous|last|years)|years of experience|in my (?:current|previous|last|former) (?:role|job|position)|at my (?:current|previous|last|former))\b/i;

export const rule: Rule = {
  meta: {
    id: 'structure/qualification',
    category: 'structure',
    defaultSeverity: 'information',
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
    if (body.sentences.some((s) => QUALIFICATION.test(s.text))) return;
    const first = body.paragraphs[0];
    report({ messageId: 'none', start: first.start, end: Math.min(first.end, doc.body.sentences[0].end) });
  },
};
