import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
const withSentence = (s: string) => GOOD_BODY.replace(P, s);

ruleTester('tone/positivity', {
  valid: [
    GOOD_BODY,
    { name: 'two warm words are fine', text: withSentence('It was a wonderful conversation with an outstanding team.') },
  ],
  invalid: [
    {
      name: 'a third superlative',
      text: withSentence('It was an amazing conversation with an incredible team about a fantastic product.'),
      errors: [{ messageId: 'superlative', text: 'fantastic', severity: 'information', message: 'number 3' }],
    },
  ],
});
