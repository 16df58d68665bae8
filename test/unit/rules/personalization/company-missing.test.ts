import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

const noCompany = GOOD_BODY.replace(' at Northwind Health', '');

ruleTester('personalization/company-missing', {
  valid: [
    GOOD_BODY,
    { name: 'a shorter form', text: note({ company: 'Harbor Point Distribution' }, noCompany.replace('the role and', 'Harbor Point and')) },
    { name: 'a possessive', text: note({ company: 'Harbor Point Distribution' }, noCompany.replace('your team', 'Harbor Point’s team')) },
    { name: 'accents dropped', text: note({ company: 'Boulangerie Lumière' }, noCompany.replace('your team', 'the team at Boulangerie Lumiere')) },
    { name: 'a Markdown link', text: noCompany.replace('your team supports', 'the [Northwind](https://northwind.example) team supports') },
    { name: 'split across a hard line break', text: noCompany.replace('bring that experience to your team', 'bring that experience to Northwind\nHealth') },
    { name: 'a company of only generic words', text: note({ company: 'City Hospital' }, noCompany.replace('your team', 'the City Hospital team')) },
    { name: 'no company in the front matter', text: note({ company: null }, noCompany) },
  ],
  invalid: [
    {
      name: 'never named; "your team" is not offered as the company',
      text: noCompany,
      errors: [{ messageId: 'missing', text: 'Thank you for taking the time to talk with me yesterday about the Senior Data Engineer role.', message: 'Northwind Health' }],
    },
    {
      name: '"your organization" is replaced by the fix',
      text: noCompany.replace('to your team', 'to your organization'),
      errors: [{ messageId: 'missing' }],
      output: noCompany.replace('to your team', 'to Northwind Health'),
    },
    {
      name: 'named only in a code span or a comment',
      text: noCompany.replace('your team supports', '`Northwind` supports') + '<!-- Northwind Health -->\n',
      errors: [{ messageId: 'missing' }],
    },
  ],
});
