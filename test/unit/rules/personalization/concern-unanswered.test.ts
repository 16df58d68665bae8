import assert from 'node:assert/strict';
import { ruleTester, run } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';
import { report } from '../../../helpers/report';

// Each case: a concern raised in an interview, and a body that answers it in other words, or not.
const letter = (middle: string) => `Dear Dana,

Thank you for meeting with me on Tuesday about the role. I enjoyed our conversation.

${middle}

I remain very interested and hope to hear from you.

Best regards,
Alex Rivera
`;

export const ANSWERED: { role: string; concern: string; middle: string }[] = [
  { role: 'Bookkeeper', concern: 'a two-year gap in my employment history', middle: 'You asked about 2022 and 2023. I stepped away from work to look after my father, and during that break I finished a bookkeeping certificate in the evenings.' },
  { role: 'Operations Lead', concern: 'no people management experience', middle: 'I have not held the title of manager, but I mentored three new hires through their first year and ran our weekly planning meeting.' },
  { role: 'Platform Engineer', concern: 'limited experience with Kubernetes', middle: 'Since we spoke I have deployed two of my side projects on a small k8s cluster, and I am working through the CKAD course.' },
  { role: 'Legal Secretary', concern: 'whether I could handle the commute from Leeds', middle: 'On the journey home I timed it: the 7:40 train gets me to your office by 8:35, and I have made that trip daily before.' },
  { role: 'Maintenance Supervisor', concern: 'weak answer on conflict with colleagues', middle: 'I would like to add to my answer about disagreements. Last spring two of our technicians clashed over the rota, and I sat them down together and agreed a swap system that both still use.' },
  { role: 'Line Cook', concern: 'never worked in a fast-paced restaurant kitchen', middle: 'My catering work means I have cooked for 300 covers on a wedding Saturday, so the pace of a busy service does not frighten me.' },
  { role: 'Staff Nurse', concern: 'not yet a registered nurse in this state', middle: 'My registration transfer was submitted on Monday, and the board confirmed that the licence should be issued within three weeks.' },
  { role: 'Quality Analyst', concern: 'may be overqualified and leave quickly', middle: 'I know my last title was more senior. I am looking for a long-term place where I can stay close to the work itself, and I would commit to at least three years.' },
  { role: 'Payroll Administrator', concern: 'job hopping on my CV', middle: 'You noticed that I moved three times in four years. Each move was a fixed-term contract ending, and I am now looking for a permanent role to grow in.' },
  { role: 'Logistics Coordinator', concern: 'no background in the logistics industry', middle: 'Although I come from hospitality, I scheduled deliveries for twelve sites and managed the stock for all of them, which is much of the supply chain work you described.' },
  { role: 'Research Analyst', concern: 'written English for client reports', middle: 'To show my writing, I have attached a two-page client summary I wrote last month; my manager used it unchanged with the customer.' },
  { role: 'Healthcare Assistant', concern: 'unsure I can lift patients safely', middle: 'I completed manual handling training in September and use hoists and slide sheets every shift, so lifting is part of my routine.' },
  { role: 'Accounts Assistant', concern: 'the month-end close on my own', middle: 'For the last year I closed the books at month end without supervision, including accruals and the bank reconciliations.' },
];

// Answered by contrast ("corporate orders" for "outside retail"): beyond stems and related terms. Counted, not asserted.
export const HARD: { role: string; concern: string; middle: string }[] = [
  { role: 'Inside Sales Representative', concern: 'little sales experience outside retail', middle: 'In the shop I was measured on monthly targets, and I closed the two largest corporate gift orders of the year by following up with the buyers myself.' },
];

export const UNANSWERED: { role: string; concern: string; middle: string }[] = [
  { role: 'Bookkeeper', concern: 'a two-year gap in my employment history', middle: 'I enjoyed hearing about your plans to open a second clinic, and I would love to help with the patient intake process.' },
  { role: 'Operations Lead', concern: 'no people management experience', middle: 'Your team clearly cares about its customers, and I am excited to join a team that values careful work.' },
  { role: 'Platform Engineer', concern: 'limited experience with Kubernetes', middle: 'Our talk about the quarterly release calendar was useful, and I liked how the team plans its testing.' },
  { role: 'Legal Secretary', concern: 'whether I could handle the commute from Leeds', middle: 'It was good to see the new design studio and to meet the two illustrators who started last month.' },
  { role: 'Data Analyst', concern: 'weak answer on SQL window functions', middle: 'I really appreciated the chance to meet the whole marketing team and hear about the spring campaign.' },
  { role: 'Staff Nurse', concern: 'not yet a registered nurse in this state', middle: 'I loved hearing how your ward celebrates each new nurse and how patients give feedback at discharge.' },
  { role: 'Inside Sales Representative', concern: 'little sales experience outside retail', middle: 'The warehouse tour was a highlight, and your forklift safety record is impressive.' },
  { role: 'Year 4 Teacher', concern: 'no teaching qualification', middle: 'Your library is wonderful, and I can see why the pupils love reading there at lunchtime.' },
];

const withConcern = (c: { role: string; concern: string; middle: string }) => note({ role: c.role, concerns: [c.concern] }, letter(c.middle));

ruleTester('personalization/concern-unanswered', {
  valid: [
    { name: 'no concerns listed', text: note({}, letter('I built a streaming pipeline at my last job.')) },
    ...ANSWERED.map((c) => ({ name: `answered in other words: ${c.concern}`, text: withConcern(c) })),
  ],
  invalid: [
    ...UNANSWERED.map((c) => ({ name: `left unanswered: ${c.concern}`, text: withConcern(c), errors: [{ messageId: 'unanswered', text: c.concern }] })),
    {
      name: 'two concerns, one answered: the other is named',
      text: note({ concerns: ['no people management experience', 'limited experience with Kubernetes'] }, letter(ANSWERED[1].middle)),
      errors: [{ messageId: 'unanswered', text: 'limited experience with Kubernetes', message: '"limited experience with Kubernetes"' }],
    },
  ],
});

describe('personalization/concern-unanswered figures', () => {
  it('answers every paired case one way or the other', () => {
    const flagged = (c: { role: string; concern: string; middle: string }) => run('personalization/concern-unanswered', withConcern(c)).length > 0;
    const recall = UNANSWERED.filter(flagged).length;
    const falseAlarms = ANSWERED.filter(flagged).length;
    const hard = HARD.filter(flagged).length;
    report(`concern-unanswered: ${recall}/${UNANSWERED.length} unanswered flagged, ${falseAlarms}/${ANSWERED.length} answered flagged, ${hard}/${HARD.length} hard answered cases flagged`);
    assert.equal(recall, UNANSWERED.length);
    assert.equal(falseAlarms, 0);
  });
});
