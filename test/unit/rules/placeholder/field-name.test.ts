import { ruleTester, FRONT_MATTER, GOOD_BODY } from '../../../helpers/rule-tester';

ruleTester('placeholder/field-name', {
  valid: [
    GOOD_BODY,
    { name: '"your name" in lower case is prose', text: GOOD_BODY.replace('stayed with me.', 'stayed with me, as did your name for the pipeline.') },
    { name: 'a bracketed field is placeholder/slot’s finding', text: GOOD_BODY.replace('Alex Rivera\n', '[Your Name]\n') },
    { name: 'a field name inside an HTML comment', text: GOOD_BODY + '<!-- Your Name -->\n' },
    { name: 'a field name inside a code span', text: GOOD_BODY.replace('to Kafka', 'to Kafka (the `Company Name` column)') },
    { name: '"the company name" with a determiner is prose', text: GOOD_BODY.replace('stayed with me.', 'stayed with me, as did the company name on every dashboard.') },
    { name: 'a label with its value', text: GOOD_BODY.replace('Alex Rivera\n', 'Alex Rivera\nPhone Number: (555) 010-2030\n') },
    { name: '"my phone number" is prose', text: GOOD_BODY.replace('to your team.', 'to your team. My phone number is below.') },
  ],
  invalid: [
    {
      name: '"Your Name" as the signature is filled with the candidate',
      text: GOOD_BODY.replace('Alex Rivera\n', 'Your Name\n'),
      errors: [{ messageId: 'field', text: 'Your Name' }],
      output: GOOD_BODY,
    },
    {
      name: '"Company Name" in a sentence',
      text: GOOD_BODY.replace('role at Northwind Health', 'role at Company Name'),
      errors: [{ messageId: 'field', text: 'Company Name' }],
      output: GOOD_BODY,
    },
    {
      name: '"Job Title"',
      text: GOOD_BODY.replace('the Senior Data Engineer role', 'the Job Title role'),
      errors: [{ messageId: 'field', text: 'Job Title' }],
      output: GOOD_BODY,
    },
    {
      name: 'curly apostrophe in "Interviewer’s Name"',
      text: GOOD_BODY.replace('Dear Dana,', 'Dear Interviewer’s Name,'),
      errors: [{ messageId: 'field', text: 'Interviewer’s Name' }],
      output: GOOD_BODY.replace('Dear Dana,', 'Dear Dana Whitfield,'),
    },
    { name: 'a field name as the front-matter value is not filled with itself', text: FRONT_MATTER.replace('company: Northwind Health', 'company: Company Name') + GOOD_BODY, errors: [{ messageId: 'field', text: 'Company Name' }] },
    { name: 'a phone line left as a field', text: GOOD_BODY + 'Phone Number\n', errors: [{ messageId: 'field', text: 'Phone Number' }] },
    { name: '"COMPANY NAME" in capitals', text: GOOD_BODY.replace('role at Northwind Health', 'role at COMPANY NAME'), errors: [{ messageId: 'field', text: 'COMPANY NAME' }], output: GOOD_BODY },
    { name: '"company name" in lower case where a name belongs', text: GOOD_BODY.replace('to your team', 'to company name'), errors: [{ messageId: 'field', text: 'company name' }] },
    { name: '"your name" on the signature line, in lower case', text: GOOD_BODY.replace('Alex Rivera\n', 'your name\n'), errors: [{ messageId: 'field', text: 'your name' }], output: GOOD_BODY },
    { name: '"phone number" as a signature line', text: GOOD_BODY + 'phone number\n', errors: [{ messageId: 'field', text: 'phone number' }] },
  ],
});
