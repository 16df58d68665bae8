import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

ruleTester('personalization/generic-phrase', {
  valid: [
    GOOD_BODY,
    { name: '"your team" is fine', text: GOOD_BODY },
    { name: 'the named role and company', text: GOOD_BODY.replace('the role and', 'the Senior Data Engineer position at Northwind Health and') },
    { name: '"your organization" in a note that names the company elsewhere', text: GOOD_BODY.replace('to your team', 'to your organization') },
    { name: 'a phrase in an HTML comment', text: GOOD_BODY + '<!-- the position at your organization -->\n' },
    { name: '"your organization’s" in a code span', text: GOOD_BODY.replace('to Kafka', 'to Kafka (`your company` table)') },
  ],
  invalid: [
    {
      name: '"the position at your organization"',
      text: GOOD_BODY.replace('the Senior Data Engineer role at Northwind Health', 'the position at your organization'),
      errors: [{ messageId: 'generic', text: 'the position at your organization', message: 'the role and the company' }],
      output: GOOD_BODY.replace('the Senior Data Engineer role at Northwind Health', 'the Senior Data Engineer position at Northwind Health'),
    },
    {
      name: '"your esteemed company"',
      text: GOOD_BODY.replace('to your team', 'to your esteemed company'),
      errors: [{ messageId: 'generic', text: 'your esteemed company', message: 'name the company' }],
      output: GOOD_BODY.replace('to your team', 'to Northwind Health'),
    },
    {
      name: 'without a company in the front matter there is no fix',
      text: note({ company: null }, GOOD_BODY.replace('to your team', 'to your organisation')),
      errors: [{ messageId: 'generic', text: 'your organisation' }],
    },
    {
      name: 'split across a line break (the company named nowhere else)',
      text: GOOD_BODY.replace(' at Northwind Health', '').replace('to your team', 'to your\norganization'),
      errors: [{ messageId: 'generic', text: 'your\norganization' }],
    },
  ],
});
