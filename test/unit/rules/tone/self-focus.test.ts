import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const SELFISH = `Dear Dana,

I am writing because I want this role. I think I would be great at it, and my skills fit my goals. I have led my own projects and I know my strengths.

I hope I hear back soon, since I am ready for my next step.

Best regards,
Alex Rivera
`;

const I_OPENERS = `Dear Dana,

Thank you for the conversation. I enjoyed it. I learned a lot. I liked the streaming plan. I asked about on-call. I will follow up.

Best regards,
Alex Rivera
`;

ruleTester('tone/self-focus', {
  valid: [
    GOOD_BODY,
    { name: 'a few sentences opening with "I" are normal in a thank-you note', text: `Dear Dana,\n\nThank you for the conversation. I enjoyed it. I learned a lot. I liked the streaming plan. Your team was generous with its time.\n\nBest regards,\nAlex Rivera\n` },
    { name: 'balanced I and you', text: GOOD_BODY.replace('I remain very interested', 'Your team impressed me, and I remain very interested') },
  ],
  invalid: [
    { name: 'I far outweighs you', text: SELFISH, errors: [{ messageId: 'ratio', severity: 'hint', message: 'times and "you/your" 0 times' }] },
    { name: 'most sentences start with I', text: I_OPENERS, errors: [{ messageId: 'openers', message: '5 of 6 sentences' }] },
  ],
});
