import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

const without = GOOD_BODY.replace('about the Senior Data Engineer role at Northwind Health', 'about the position at Northwind Health').replace('interested in the role', 'interested');

ruleTester('personalization/role-missing', {
  valid: [
    GOOD_BODY,
    { name: 'the role in lower case', text: GOOD_BODY.replace('the Senior Data Engineer role', 'the senior data engineer role') },
    { name: 'the role split across a hard line break', text: GOOD_BODY.replace('the Senior Data Engineer role', 'the Senior Data\nEngineer role') },
    { name: 'the role without its level', text: GOOD_BODY.replace('the Senior Data Engineer role', 'the Data Engineer role') },
    { name: 'the role in emphasis', text: GOOD_BODY.replace('the Senior Data Engineer role', 'the *Senior Data Engineer* role') },
    { name: 'a role with a parenthetical, named without it', text: note({ role: 'Registered Nurse (Night Shift)' }, GOOD_BODY.replace('the Senior Data Engineer role', 'the Registered Nurse position')) },
    { name: 'a role with a specialty after a colon', text: note({ role: '"Clinical Laboratory Scientist: Microbiology"' }, GOOD_BODY.replace('the Senior Data Engineer role', 'the Clinical Laboratory Scientist role')) },
    { name: 'another role named is role-mismatch’s finding', text: GOOD_BODY.replace('the Senior Data Engineer role', 'the Product Marketing Manager role') },
    { name: 'no role in the front matter', text: note({ role: null }, without) },
  ],
  invalid: [
    {
      name: 'the role never named: the fix names it where the note says "the position"',
      text: without,
      errors: [{ messageId: 'missing', text: 'Thank you for taking the time to talk with me yesterday about the position at Northwind Health.' }],
      output: GOOD_BODY.replace('the Senior Data Engineer role at', 'the Senior Data Engineer position at').replace('interested in the role', 'interested'),
    },
    {
      name: 'no "the position" to name: no fix',
      text: GOOD_BODY.replace(' about the Senior Data Engineer role at Northwind Health', '').replace('interested in the role', 'interested'),
      errors: [{ messageId: 'missing', text: 'Thank you for taking the time to talk with me yesterday.' }],
    },
  ],
});
