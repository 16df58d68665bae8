import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

ruleTester('placeholder/alternative', {
  valid: [
    GOOD_BODY,
    { name: '"and/or" is a phrase, not a choice left open', text: GOOD_BODY.replace('timely data', 'timely and/or accurate data') },
    { name: 'a slash between unrelated words', text: GOOD_BODY.replace('timely data', 'timely data for inpatient/outpatient care') },
    { name: 'a date with slashes', text: GOOD_BODY.replace('yesterday', 'on 11/24') },
  ],
  invalid: [
    {
      name: '"him/her"',
      text: GOOD_BODY.replace('to your team.', 'to your team. I would be glad to speak with him/her again.'),
      errors: [{ messageId: 'alternative', text: 'him/her' }],
    },
    { name: '"his or her" is the same choice in words', text: GOOD_BODY.replace('to your team.', 'to your team and hear his or her thoughts.'), errors: [{ messageId: 'alternative', text: 'his or her' }] },
    {
      name: '"your organization/company" becomes the company’s name',
      text: GOOD_BODY.replace('to your team', 'to your organization/company'),
      errors: [{ messageId: 'alternative', text: 'organization/company' }],
      output: GOOD_BODY.replace('to your team', 'to Northwind Health'),
    },
    { name: '"position/role"', text: GOOD_BODY.replace('the Senior Data Engineer role', 'the Senior Data Engineer position/role'), errors: [{ messageId: 'alternative', text: 'position/role' }] },
  ],
});
