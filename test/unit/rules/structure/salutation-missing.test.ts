import { ruleTester, FRONT_MATTER, GOOD_BODY } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

const noGreeting = GOOD_BODY.replace('Dear Dana,\n\n', '');

ruleTester('structure/salutation-missing', {
  valid: [
    GOOD_BODY,
    { name: 'Dear Dr. and a surname', text: GOOD_BODY.replace('Dear Dana,', 'Dear Dr. Whitfield,') },
    { name: 'Hello and a hyphenated name', text: note({ interviewer: 'Mei-Ling Zhou' }, GOOD_BODY.replace('Dear Dana,', 'Hello Mei-Ling,')) },
    { name: 'Good afternoon with a comma', text: GOOD_BODY.replace('Dear Dana,', 'Good afternoon, Dana,') },
    { name: 'a name alone', text: GOOD_BODY.replace('Dear Dana,', 'Dana,') },
    { name: 'the greeting after a directive comment', text: GOOD_BODY.replace('Dear Dana,', '<!-- thanks-disable tone -->\nDear Dana,') },
    { name: 'an impersonal greeting is still a greeting', text: GOOD_BODY.replace('Dear Dana,', 'To whom it may concern,') },
    { name: 'an empty body', text: '' },
  ],
  invalid: [
    {
      name: 'no greeting: the fix adds one (safe with one interviewer)',
      text: noGreeting,
      errors: [{ messageId: 'missing', text: noGreeting.split('\n')[0], message: 'Dear Dana Whitfield,' }],
      output: GOOD_BODY.replace('Dear Dana,', 'Dear Dana Whitfield,'),
    },
    {
      name: 'a panel: the fix greets everyone',
      text: note({ interviewer: ['Dr. Ingrid Lindqvist', 'Tomás Herrera'] }, noGreeting),
      errors: [{ messageId: 'missing', message: 'Dear Dr. Lindqvist and Tomás Herrera,' }],
      output: note({ interviewer: ['Dr. Ingrid Lindqvist', 'Tomás Herrera'] }, GOOD_BODY.replace('Dear Dana,', 'Dear Dr. Lindqvist and Tomás Herrera,')),
    },
    {
      name: 'no interviewer known: no fix',
      text: note({ interviewer: null }, noGreeting),
      errors: [{ messageId: 'missing', message: 'the interviewer’s name' }],
    },
    {
      name: 'CRLF',
      text: (FRONT_MATTER + noGreeting).replace(/\n/g, '\r\n'),
      errors: [{ messageId: 'missing' }],
      output: (FRONT_MATTER + GOOD_BODY.replace('Dear Dana,', 'Dear Dana Whitfield,')).replace(/\n/g, '\r\n'),
    },
  ],
});
