import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

const greet = (greeting: string, interviewer: string | string[] = 'Dana Whitfield') => note({ interviewer }, GOOD_BODY.replace('Dear Dana,', greeting));

ruleTester('personalization/salutation-name', {
  valid: [
    GOOD_BODY,
    { name: 'title and surname, title in the front matter', text: greet('Dear Dr. Lindqvist,', 'Dr. Ingrid Lindqvist') },
    { name: 'title and surname, no title in the front matter', text: greet('Dear Dr. Lindqvist,', 'Ingrid Lindqvist') },
    { name: 'Mr. and the surname', text: greet('Dear Mr. Halvorsen,', 'Erik Halvorsen') },
    { name: 'an accented surname', text: greet('Dear Ms. Wiśniewski,', 'Zofia Wiśniewski') },
    { name: 'an accented surname typed without the accent', text: greet('Dear Ms. Wisniewski,', 'Zofia Wiśniewski') },
    { name: 'an apostrophe in the surname, curly in the greeting', text: greet('Dear Mr. O’Connell,', "Ciarán O'Connell") },
    { name: 'an accented first name', text: greet('Dear Ciarán,', "Ciarán O'Connell") },
    { name: 'a hyphenated first name', text: greet('Hello Mei-Ling,', 'Mei-Ling Zhou') },
    { name: 'a panel greeting that names everyone', text: greet('Dear Hélène, Kwame, and Yuki,', ['Hélène Dubois', 'Kwame Mensah', 'Yuki Tanaka']) },
    { name: 'a panel greeting with "&"', text: greet('Dear Ingrid & Tomás,', ['Ingrid Lindqvist', 'Tomás Herrera']) },
    { name: 'the name alone on the first line', text: greet('Dana,') },
    { name: 'Good morning and the full name', text: greet('Good morning Dana Whitfield,') },
    { name: 'an impersonal greeting is impersonal-salutation’s finding', text: greet('Dear Hiring Manager,') },
    { name: 'a slot is placeholder/slot’s finding', text: greet('Dear [Interviewer Name],') },
    { name: 'a title on its own is not a wrong name', text: greet('Dear Professor,') },
    { name: 'no interviewer in the front matter: nothing to compare', text: note({ interviewer: null }, GOOD_BODY.replace('Dear Dana,', 'Dear Brian,')) },
  ],
  invalid: [
    {
      name: 'somebody else’s name, left over from another note',
      text: greet('Dear Brian,'),
      errors: [{ messageId: 'wrongPerson', text: 'Brian', message: 'Dana Whitfield' }],
      output: greet('Dear Dana,'),
    },
    {
      name: 'a wrong surname keeps the title',
      text: greet('Dear Mr. Halvorsen,'),
      errors: [{ messageId: 'wrongPerson', text: 'Mr. Halvorsen' }],
      output: greet('Dear Mr. Whitfield,'),
    },
    {
      name: 'transposed letters in the first name',
      text: greet('Dear Dnaa,'),
      errors: [{ messageId: 'misspelt', text: 'Dnaa', message: '"Dana"' }],
      output: greet('Dear Dana,'),
    },
    {
      name: 'a misspelt surname after a title',
      text: greet('Dear Ms. Whitfeild,'),
      errors: [{ messageId: 'misspelt', text: 'Whitfeild' }],
      output: greet('Dear Ms. Whitfield,'),
    },
    {
      name: 'a misspelt accented surname',
      text: greet('Dear Dr. Lindqvst,', 'Dr. Ingrid Lindqvist'),
      errors: [{ messageId: 'misspelt', text: 'Lindqvst' }],
      output: greet('Dear Dr. Lindqvist,', 'Dr. Ingrid Lindqvist'),
    },
    {
      name: 'one of a panel is somebody else',
      text: greet('Dear Ingrid and Brian,', ['Ingrid Lindqvist', 'Tomás Herrera']),
      errors: [{ messageId: 'wrongPerson', text: 'Brian', message: 'Ingrid Lindqvist or Tomás Herrera' }],
    },
  ],
});
