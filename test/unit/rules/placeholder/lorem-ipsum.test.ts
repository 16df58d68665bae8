import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

ruleTester('placeholder/lorem-ipsum', {
  valid: [
    GOOD_BODY,
    { name: 'filler inside an HTML comment', text: GOOD_BODY + '<!-- Lorem ipsum dolor sit amet. -->\n' },
    { name: 'filler inside a code span', text: GOOD_BODY.replace('to Kafka', 'to Kafka (`lorem ipsum` test rows)') },
    { name: 'the word "lorem" alone', text: GOOD_BODY.replace('timely data.', 'timely data, lorem and all.') },
  ],
  invalid: [
    {
      name: 'a sentence of filler',
      text: GOOD_BODY.replace('stayed with me.', 'stayed with me. Lorem ipsum dolor sit amet, consectetur adipiscing elit. I also'),
      errors: [{ messageId: 'lorem', text: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.' }],
    },
    { name: 'a whole paragraph without a period', text: GOOD_BODY.replace('Best regards,', 'lorem ipsum dolor\n\nBest regards,'), errors: [{ messageId: 'lorem', text: 'lorem ipsum' }] },
    { name: 'upper case', text: GOOD_BODY.replace('timely data.', 'LOREM IPSUM.'), errors: [{ messageId: 'lorem', text: 'LOREM IPSUM.' }] },
  ],
});
