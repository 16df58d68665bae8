import { ruleTester, FRONT_MATTER, GOOD_BODY, GOOD_NOTE } from '../../../helpers/rule-tester';

const closing = (lines: string) => GOOD_BODY.replace('Best regards,\nAlex Rivera\n', lines);

ruleTester('structure/sign-off', {
  valid: [
    GOOD_BODY,
    { name: 'Respectfully,', text: closing('Respectfully,\nAlex Rivera\n') },
    { name: 'With appreciation,', text: closing('With appreciation,\nAlex Rivera\n') },
    { name: 'Warmly, with a curly-quote free dash', text: closing('Warmly,\nAlex Rivera\n') },
    { name: 'a short closing of one’s own', text: closing('All my best,\nAlex Rivera\n') },
    { name: 'a longer thank-you closing', text: closing('Thank you again for your time,\nAlex Rivera\n') },
    { name: 'thanks and regards together', text: closing('Many thanks and best regards,\nAlex Rivera\n') },
    { name: 'contact lines after the name', text: closing('Kind regards,\nAlex Rivera\n(555) 010-2030\nalex.rivera@example.com\n') },
    { name: 'no blank line before the closing', text: closing('').replace('to your team.\n\n', 'to your team.\nSincerely,\nAlex Rivera\n') },
    { name: 'the closing in emphasis', text: closing('*Best regards,*\nAlex Rivera\n') },
    { name: 'a closing in bold, with underscores', text: closing('__With gratitude,__\nAlex Rivera\n') },
    { name: 'an inline closing with the name at the end of the last paragraph', text: closing('').replace('to your team.\n', 'to your team. Thanks again for your time, Alex\n') },
    { name: 'an inline closing wrapped over two lines', text: closing('').replace('to your team.\n', 'to your team. Thank\nyou again for your time and consideration, Alex Rivera\n') },
    { name: 'a directive comment between the closing and the name is invisible', text: closing('Best regards,\n<!-- thanks-disable-next-line structure/signature -->\nAlex\n') },
  ],
  invalid: [
    {
      name: 'Cheers is too casual',
      text: closing('Cheers,\nAlex Rivera\n'),
      errors: [{ messageId: 'poor', text: 'Cheers,' }],
      output: GOOD_BODY,
    },
    {
      name: 'a casual closing in emphasis is still casual',
      text: closing('_Cheers!_\nAlex Rivera\n'),
      errors: [{ messageId: 'poor', text: '_Cheers!_' }],
      output: GOOD_BODY,
    },
    {
      name: 'no closing line before the name',
      text: closing('Alex Rivera\n'),
      errors: [{ messageId: 'missing', text: 'Alex Rivera' }],
      output: GOOD_BODY,
    },
    {
      name: 'neither closing nor name: both are added from the front matter',
      text: closing(''),
      errors: [{ messageId: 'missing', text: 'I remain very interested in the role and would welcome the chance to bring that experience to your team.' }],
      output: closing('').replace('your team.\n\n', 'your team.\n\nBest regards,\nAlex Rivera\n\n'),
    },
    {
      name: 'CRLF note: the inserted line keeps CRLF',
      text: (FRONT_MATTER + closing('Alex Rivera\n')).replace(/\n/g, '\r\n'),
      errors: [{ messageId: 'missing', text: 'Alex Rivera' }],
      output: GOOD_NOTE.replace(/\n/g, '\r\n'),
    },
  ],
});
