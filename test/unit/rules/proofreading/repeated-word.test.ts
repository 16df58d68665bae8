import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
const withSentence = (s: string) => GOOD_BODY.replace(P, s);

ruleTester('proofreading/repeated-word', {
  valid: [
    GOOD_BODY,
    { name: 'had had', text: withSentence('I had had two interviews that week.') },
    { name: 'that that', text: withSentence('I know that that approach works.') },
    { name: 'separated by a comma', text: withSentence('We tested it again, again and again.') },
    { name: 'across sentences', text: withSentence('I liked the plan. Plan reviews matter.') },
    { name: 'a place name', text: withSentence('I grew up near Walla Walla in Washington.') },
    { name: 'numbers', text: withSentence('We moved from version 2 2 weeks ago.') },
  ],
  invalid: [
    { name: 'the the', text: withSentence('I enjoyed the the tour.'), errors: [{ messageId: 'repeated', text: 'the the', severity: 'warning' }], output: withSentence('I enjoyed the tour.') },
    { name: 'across a line break', text: withSentence('I enjoyed the\nthe tour.'), errors: [{ messageId: 'repeated', text: 'the\nthe' }], output: withSentence('I enjoyed the tour.') },
    { name: 'different case at a sentence start', text: withSentence('The the tour was great.'), errors: [{ messageId: 'repeated', text: 'The the' }], output: withSentence('The tour was great.') },
    { name: 'to to', text: withSentence('I look forward to to hearing from you.'), errors: [{ messageId: 'repeated', text: 'to to' }] },
  ],
});
