import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

const greet = (greeting: string, interviewer: string | string[] = 'Dana Whitfield') => note({ interviewer }, GOOD_BODY.replace('Dear Dana,', greeting));

ruleTester('personalization/impersonal-salutation', {
  valid: [
    GOOD_BODY,
    { name: 'title and surname', text: greet('Dear Dr. Lindqvist,', 'Dr. Ingrid Lindqvist') },
    { name: 'the interviewer and the team', text: greet('Dear Dana and team,') },
    { name: 'a panel named in full', text: greet('Dear Ms. Wiśniewski, Mr. O’Connell, and Mei-Ling,', ['Zofia Wiśniewski', "Ciarán O'Connell", 'Mei-Ling Zhou']) },
    { name: 'no interviewer known: the anonymous greeting is all one can do', text: note({ interviewer: null }, GOOD_BODY.replace('Dear Dana,', 'Dear Hiring Manager,')) },
    { name: '"Hello" and a name', text: greet('Hello Dana,') },
  ],
  invalid: [
    {
      name: 'To whom it may concern',
      text: greet('To whom it may concern,'),
      errors: [{ messageId: 'formula', text: 'To whom it may concern', severity: 'error' }],
      output: greet('Dear Dana Whitfield,'),
    },
    {
      name: 'Dear Sir or Madam',
      text: greet('Dear Sir or Madam,', 'Dr. Ingrid Lindqvist'),
      errors: [{ messageId: 'formula', text: 'Dear Sir or Madam' }],
      output: greet('Dear Dr. Lindqvist,', 'Dr. Ingrid Lindqvist'),
    },
    {
      name: 'Dear Hiring Manager',
      text: greet('Dear Hiring Manager,'),
      errors: [{ messageId: 'generic', text: 'Dear Hiring Manager', severity: 'warning' }],
      output: greet('Dear Dana Whitfield,'),
    },
    {
      name: 'Hi there, to a panel',
      text: greet('Hi there,', ['Ingrid Lindqvist', 'Tomás Herrera']),
      errors: [{ messageId: 'generic', text: 'Hi there', message: 'Ingrid Lindqvist and Tomás Herrera' }],
      output: greet('Dear Ingrid Lindqvist and Tomás Herrera,', ['Ingrid Lindqvist', 'Tomás Herrera']),
    },
    { name: 'Dear Interview Panel', text: greet('Dear Interview Panel,', ['Ingrid Lindqvist', 'Tomás Herrera']), errors: [{ messageId: 'generic', text: 'Dear Interview Panel' }] },
  ],
});
