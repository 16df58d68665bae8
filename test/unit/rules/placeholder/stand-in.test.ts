import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

ruleTester('placeholder/stand-in', {
  valid: [
    GOOD_BODY,
    { name: 'a real company that happens to be called Acme', text: note({ company: 'Acme Tool Company' }, GOOD_BODY.replace('Northwind Health', 'Acme Tool Company')) },
    { name: 'ABC alone may be a real name (a broadcaster)', text: GOOD_BODY.replace('timely data', 'timely data, much as ABC News does for viewers') },
    { name: 'Mr. Smith is a name', text: GOOD_BODY.replace('Dear Dana,', 'Dear Mr. Whitfield,') },
    { name: 'a stand-in quoted in a code span', text: GOOD_BODY.replace('timely data', 'timely data (the `XYZ Company` demo tenant)') },
  ],
  invalid: [
    {
      name: '"XYZ Company" for the company, filled from the front matter',
      text: GOOD_BODY.replace('role at Northwind Health', 'role at XYZ Company'),
      errors: [{ messageId: 'company', text: 'XYZ Company' }],
      output: GOOD_BODY,
    },
    { name: '"ABC Corp." with a period', text: GOOD_BODY.replace('to your team', 'to the team at ABC Corp.'), errors: [{ messageId: 'company', text: 'ABC Corp' }] },
    {
      name: '"Dear Mr. Manager,"',
      text: GOOD_BODY.replace('Dear Dana,', 'Dear Mr. Manager,'),
      errors: [{ messageId: 'interviewer', text: 'Mr. Manager' }],
      output: GOOD_BODY.replace('Dear Dana,', 'Dear Dana Whitfield,'),
    },
    { name: '"Ms. Recruiter" in the text', text: GOOD_BODY.replace('to your team.', 'to your team. Please thank Ms. Recruiter for me.'), errors: [{ messageId: 'interviewer', text: 'Ms. Recruiter' }] },
    { name: '"John Doe" as the signature', text: GOOD_BODY.replace('Alex Rivera\n', 'John Doe\n'), errors: [{ messageId: 'candidate', text: 'John Doe' }], output: GOOD_BODY },
  ],
});
