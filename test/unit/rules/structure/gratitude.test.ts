import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

const FIRST = 'Thank you for taking the time to talk with me yesterday about the Senior Data Engineer role at Northwind Health.';
const opening = (s: string) => GOOD_BODY.replace(FIRST, s);

ruleTester('structure/gratitude', {
  valid: [
    GOOD_BODY,
    { name: '"I appreciated"', text: opening('I appreciated our talk yesterday about the Senior Data Engineer role.') },
    { name: '"Many thanks"', text: opening('Many thanks for the tour of the analytics floor.') },
    { name: 'grateful', text: opening('I am grateful for the time you and Dr. Lindqvist gave me yesterday.') },
    { name: 'thanks in the second sentence, after a title abbreviation', text: opening('It was good to meet Dr. Lindqvist and you yesterday. Thank you both for your time.') },
    { name: 'thanks in emphasis', text: opening('*Thank you* for the conversation yesterday.') },
    { name: 'an empty body has nothing to check', text: '' },
  ],
  invalid: [
    {
      name: 'never says thank you: the fix opens with thanks, the weekday and the role',
      text: GOOD_BODY.replace(FIRST + ' ', ''),
      errors: [{ messageId: 'none', text: 'I enjoyed hearing how your team supports clinicians with timely data.' }],
      output: GOOD_BODY.replace(FIRST, 'Thank you for meeting with me on Tuesday about the Senior Data Engineer position.'),
    },
    {
      name: 'without a date or role the sentence is shorter',
      text: note({ interview_date: null, role: null }, GOOD_BODY.replace(FIRST + ' ', '')),
      errors: [{ messageId: 'none' }],
      output: note({ interview_date: null, role: null }, GOOD_BODY.replace(FIRST, 'Thank you for meeting with me.')),
    },
    {
      name: 'thanks only in the third sentence',
      text: opening('I enjoyed yesterday. The questions were sharp. Thank you for them.'),
      errors: [{ messageId: 'late', text: 'Thank you for them.', severity: 'information', message: 'sentence 3' }],
    },
    {
      name: 'thanks only in a comment',
      text: GOOD_BODY.replace(FIRST + ' ', '<!-- Thank you -->'),
      errors: [{ messageId: 'none' }],
    },
  ],
});
