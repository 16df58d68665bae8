import { note } from '../../../helpers/note';
import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

ruleTester('tone/exclamation', {
  valid: [
    GOOD_BODY,
    { name: 'one exclamation mark is fine', text: GOOD_BODY.replace('timely data.', 'timely data!') },
    { name: 'exclamation marks in code are not prose', text: GOOD_BODY.replace('timely data.', 'timely data (`!!` means "not not" in our scripts).') },
  ],
  invalid: [
    { name: 'an exclamation mark in the subject line', text: note({ subject: 'Thanks so much for the interview!!' }), errors: [{ messageId: 'subject', text: '!!' }], output: note({ subject: 'Thanks so much for the interview' }) },
    { name: 'stacked', text: GOOD_BODY.replace('timely data.', 'timely data!!'), errors: [{ messageId: 'stacked', text: '!!', severity: 'warning' }], output: GOOD_BODY },
    { name: '?!', text: GOOD_BODY.replace('timely data.', 'timely data?!'), errors: [{ messageId: 'stacked', text: '?!' }], output: GOOD_BODY.replace('timely data.', 'timely data?') },
    {
      name: 'more than one in the body',
      text: GOOD_BODY.replace('timely data.', 'timely data!').replace('without losing a record.', 'without losing a record!'),
      errors: [{ messageId: 'many', text: '!', severity: 'information' }],
      output: GOOD_BODY.replace('timely data.', 'timely data!'),
    },
    { name: 'in the salutation too', text: GOOD_BODY.replace('Dear Dana,', 'Dear Dana!!!'), errors: [{ messageId: 'stacked', text: '!!!' }] },
  ],
});
