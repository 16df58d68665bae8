import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

const signed = (lines: string, candidate = 'Alex Rivera') => note({ candidate }, GOOD_BODY.replace('Best regards,\nAlex Rivera\n', lines));

ruleTester('structure/signature', {
  valid: [
    GOOD_BODY,
    { name: 'a middle initial', text: signed('Best regards,\nAlex J. Rivera\n') },
    { name: 'a degree after the name', text: signed('Respectfully,\nAlex Rivera, PhD\n') },
    { name: 'contact lines after the name', text: signed('With appreciation,\nAlex Rivera\n(555) 010-2030\nlinkedin.com/in/alexrivera\n') },
    { name: 'an accented, hyphenated name typed without the accent', text: signed('Best regards,\nZoe Nakamura-Brandt\n', 'Zoë Nakamura-Brandt') },
    { name: 'an apostrophe in the surname', text: signed('Best regards,\nSiobhán O’Connell\n', "Siobhán O'Connell") },
    { name: 'the name in bold', text: signed('Best regards,\n**Alex Rivera**\n') },
    { name: 'no candidate in the front matter: any name will do', text: note({ candidate: null }, GOOD_BODY.replace('Alex Rivera\n', 'Jordan Ellis\n')) },
    { name: 'a name without a closing line', text: signed('Alex Rivera\n') },
    { name: 'the name after an inline closing wrapped over two lines', text: note({}, GOOD_BODY.replace('to your team.\n\nBest regards,\nAlex Rivera\n', 'to your team. Thank you\nagain for your time, Alex Rivera\n')) },
  ],
  invalid: [
    {
      name: 'somebody else’s name',
      text: signed('Kind regards,\nJordan Ellis\n'),
      errors: [{ messageId: 'mismatch', text: 'Jordan Ellis', severity: 'error' }],
      output: signed('Kind regards,\nAlex Rivera\n'),
    },
    {
      name: 'the first name only',
      text: signed('Best regards,\nAlex\n'),
      errors: [{ messageId: 'firstOnly', text: 'Alex', severity: 'information' }],
      output: GOOD_BODY,
    },
    {
      name: 'a closing line and no name',
      text: signed('Best regards,\n'),
      errors: [{ messageId: 'missing', text: 'Best regards,', message: '(Alex Rivera)' }],
      output: GOOD_BODY,
    },
    {
      name: 'no closing and no name',
      text: signed(''),
      errors: [{ messageId: 'missing', text: 'I remain very interested in the role and would welcome the chance to bring that experience to your team.' }],
    },
  ],
});
