import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

const PAYROLL = { role: 'Payroll Specialist', company: 'Cedar Ridge Credit Union' };
const payroll = (sentence: string, role = PAYROLL.role) =>
  note({ ...PAYROLL, role }, GOOD_BODY.replace('Thank you for taking the time to talk with me yesterday about the Senior Data Engineer role at Northwind Health.', sentence));

ruleTester('personalization/role-mismatch', {
  valid: [
    GOOD_BODY,
    { name: 'the role with its level trimmed', text: GOOD_BODY.replace('the Senior Data Engineer role', 'the Data Engineer role') },
    { name: 'the role split across a hard line break', text: GOOD_BODY.replace('the Senior Data Engineer role', 'the Senior Data\nEngineer role') },
    { name: '"the role of …"', text: GOOD_BODY.replace('about the Senior Data Engineer role', 'about the role of Senior Data Engineer') },
    { name: 'a level suffix', text: payroll('Thank you for meeting with me about the Payroll Specialist II position.') },
    { name: 'the company’s name before "role"', text: payroll('Thank you for meeting with me about the Cedar Ridge role.') },
    { name: 'a lower-case description is not a job title', text: payroll('Thank you for meeting with me about the payroll and benefits role.') },
    { name: 'a one-word capitalised team', text: payroll('Thank you for meeting with me about the Payroll Specialist role on the Finance team.') },
    { name: 'a role with an accent typed without it', text: payroll('Thank you for meeting with me about the Pastry Chef Tournant position.', 'Pâtissier Chef Tournant') },
  ],
  invalid: [
    {
      name: 'the role from another application',
      text: payroll('Thank you for meeting with me about the Accounts Payable Clerk position.'),
      errors: [{ messageId: 'mismatch', text: 'Accounts Payable Clerk', message: 'Payroll Specialist' }],
      output: payroll('Thank you for meeting with me about the Payroll Specialist position.'),
    },
    {
      name: '"the role of" another job',
      text: payroll('Thank you for considering me for the role of Benefits Administrator.'),
      errors: [{ messageId: 'mismatch', text: 'Benefits Administrator' }],
      output: payroll('Thank you for considering me for the role of Payroll Specialist.'),
    },
    {
      name: 'a wrong role split across a line break',
      text: payroll('Thank you for meeting with me about the Accounts\nPayable Clerk opening.'),
      errors: [{ messageId: 'mismatch', text: 'Accounts\nPayable Clerk' }],
    },
  ],
});
