import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

const PANEL = ['Dr. Ingrid Lindqvist', 'Tomás Herrera', 'Mei-Ling Zhou'];
const greet = (greeting: string, interviewer: string | string[] = PANEL, body = GOOD_BODY) => note({ interviewer }, body.replace('Dear Dana,', greeting));

ruleTester('personalization/panel-greeting', {
  valid: [
    { name: 'one interviewer', text: GOOD_BODY },
    { name: 'everyone by name', text: greet('Dear Dr. Lindqvist, Tomás, and Mei-Ling,') },
    { name: 'everyone, accents typed without accents', text: greet('Dear Dr. Lindqvist, Tomas and Mei-Ling,') },
    { name: 'everyone by surname', text: greet('Dear Dr. Lindqvist, Mr. Herrera, and Ms. Zhou,') },
    { name: 'an impersonal greeting is impersonal-salutation’s finding', text: greet('Dear Hiring Team,') },
    { name: 'a wrong name is salutation-name’s finding', text: greet('Dear Brian,') },
    { name: 'two interviewers joined by "and"', text: greet('Dear Zofia and Ciarán,', ['Zofia Wiśniewski', "Ciarán O'Connell"]) },
  ],
  invalid: [
    {
      name: 'only the lead is greeted',
      text: greet('Dear Dr. Lindqvist,'),
      errors: [{ messageId: 'partial', text: 'Dr. Lindqvist', severity: 'warning', message: 'Tomás Herrera and Mei-Ling Zhou are left out' }],
      output: greet('Dear Dr. Lindqvist, Tomás and Mei-Ling,'),
    },
    {
      name: 'one of three left out',
      text: greet('Dear Ingrid and Tomás,'),
      errors: [{ messageId: 'partial', text: 'Ingrid and Tomás', message: 'Mei-Ling Zhou is left out' }],
      output: greet('Dear Ingrid, Tomás and Mei-Ling,'),
    },
    {
      name: 'the others thanked by name in the body: a softer hint',
      text: greet('Dear Dr. Lindqvist,', PANEL, GOOD_BODY.replace('timely data.', 'timely data, and please thank Tomás and Mei-Ling for their questions.')),
      errors: [{ messageId: 'partial', severity: 'information' }],
    },
  ],
});
