import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
const withSentence = (s: string) => GOOD_BODY.replace(P, s);

ruleTester('readability/dense-paragraph', {
  valid: [
    GOOD_BODY,
    { name: 'five short sentences', text: withSentence('One. Two. Three. Four.') },
  ],
  invalid: [
    {
      name: 'six sentences',
      text: withSentence('It was good. We met the team. We saw the lab. We ate lunch. We left.'),
      errors: [{ messageId: 'dense', severity: 'information', message: '6 sentences' }],
    },
    {
      name: 'more than 110 words, reported on the first line',
      text: withSentence(`${'More words here. '.repeat(2)}${'word '.repeat(110)}end.\nSecond line.`),
      errors: [{ messageId: 'dense', message: 'words', text: `Thank you for taking the time to talk with me yesterday about the Senior Data Engineer role at Northwind Health. More words here. More words here. ${'word '.repeat(110)}end.` }],
    },
  ],
});
