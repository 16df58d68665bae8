import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const LAST = 'I remain very interested in the role and would welcome the chance to bring that experience to your team.';
const closingLine = (s: string) => GOOD_BODY.replace(LAST, s);

ruleTester('structure/interest', {
  valid: [
    GOOD_BODY,
    { name: '"I would welcome the opportunity to"', text: closingLine('I would welcome the opportunity to bring that experience to your team.') },
    { name: '"I look forward to"', text: closingLine('I look forward to hearing about the next steps.') },
    { name: '"excited" split across a line break', text: closingLine('I am even more\nexcited about the role now.') },
    { name: '"I’d love to"', text: closingLine('I’d love to help your team make that move.') },
    { name: 'a keen candidate', text: closingLine('I am keen to help with the migration.') },
  ],
  invalid: [
    {
      name: 'no renewed interest: the fix adds a sentence to the last paragraph',
      text: closingLine('Thank you again for your time.'),
      errors: [{ messageId: 'none', text: 'Thank you again for your time.' }],
      output: closingLine('Thank you again for your time. I remain very interested in the Senior Data Engineer role at Northwind Health and would welcome the chance to contribute.'),
    },
    {
      name: 'interest only in a code span is not said',
      text: closingLine('Thank you again for your time (`interested: true`).'),
      errors: [{ messageId: 'none' }],
    },
  ],
});
