import { ruleTester, FRONT_MATTER, GOOD_BODY } from '../../../helpers/rule-tester';

const withHead = (head: string) => head + GOOD_BODY;

ruleTester('structure/letter-format', {
  valid: [
    GOOD_BODY,
    { name: 'a signature block with title and phone under the name', text: GOOD_BODY.replace('Alex Rivera\n', 'Alex Rivera\nData Engineer\n(555) 010-2030\nlinkedin.com/in/alexrivera\n') },
    { name: 'a first sentence that names a date is the letter itself', text: GOOD_BODY.replace('Dear Dana,\n\n', 'Dear Dana,\n\nNovember 24 was a good day for me.\n\n') },
    { name: 'no greeting and no header: nothing to report here', text: GOOD_BODY.replace('Dear Dana,\n\n', '') },
  ],
  invalid: [
    {
      name: 'a sender block, a date line and a recipient block pasted from a letter',
      text: withHead('Alex Rivera\n4117 Birchwood Ave\nDuluth, MN 55804\n\nNovember 25, 2026\n\nDana Whitfield\nDirector of Data Platforms\nNorthwind Health\n820 Garfield Ave\nDuluth, MN 55802\n\n'),
      errors: [
        {
          messageId: 'letterhead',
          message: 'A letter head (two address blocks and a date line) above the greeting belongs on paper; the email starts with the greeting.',
          text: 'Alex Rivera\n4117 Birchwood Ave\nDuluth, MN 55804\n\nNovember 25, 2026\n\nDana Whitfield\nDirector of Data Platforms\nNorthwind Health\n820 Garfield Ave\nDuluth, MN 55802',
        },
      ],
      output: GOOD_BODY,
    },
    {
      name: 'a memo block and a date line are two mistakes',
      text: withHead('To: Dana Whitfield\nFrom: Alex Rivera\n\nNovember 25, 2026\n\n'),
      errors: [{ messageId: 'memo' }, { messageId: 'date', text: 'November 25, 2026' }],
    },
    {
      name: 'memo lines: removed by the fix',
      text: withHead('To: Dana Whitfield\nFrom: Alex Rivera\nDate: 11/25/2026\nRe: Senior Data Engineer interview\n\n'),
      errors: [{ messageId: 'memo', message: 'To, From, Date, Re' }],
      output: GOOD_BODY,
    },
    {
      name: 'a subject line in the body moves to the front matter',
      text: FRONT_MATTER.replace('subject: Thank you for the Senior Data Engineer interview\n', '') + 'Subject: Thank you for Tuesday\n\n' + GOOD_BODY,
      errors: [{ messageId: 'subject', text: 'Subject: Thank you for Tuesday' }],
      output: FRONT_MATTER.replace('subject: Thank you for the Senior Data Engineer interview\n', '').replace('candidate: Alex Rivera\n', 'candidate: Alex Rivera\nsubject: Thank you for Tuesday\n') + GOOD_BODY,
    },
    {
      name: 'a British date line and a postcode',
      text: withHead('25 November 2026\n\nNorthwind Health\n12 Harbour Road\nBristol BS1 5TR\n\n'),
      errors: [{ messageId: 'letterhead', text: '25 November 2026\n\nNorthwind Health\n12 Harbour Road\nBristol BS1 5TR', message: 'A letter head (a date line and an address block) above the greeting belongs on paper; the email starts with the greeting.' }],
      output: GOOD_BODY,
    },
    {
      name: 'contact lines above the greeting',
      text: withHead('alex.rivera@example.com | (555) 010-2030\n\n'),
      errors: [{ messageId: 'contact', text: 'alex.rivera@example.com | (555) 010-2030' }],
      output: GOOD_BODY,
    },
  ],
});
