import { ruleTester, GOOD_NOTE } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

ruleTester('frontmatter/value-type', {
  valid: [
    { name: 'a follow-up with its decision date and concerns', text: note({ type: 'follow-up', decision_date: '2026-12-04', concerns: ['the gap in my CV'] }) },
    { name: 'the type in capitals', text: note({ type: 'Follow-Up' }) },
    GOOD_NOTE,
    { name: 'a panel as a block list', text: note({ interviewer: ['Dr. Ingrid Lindqvist', "Ciarán O'Connell", 'Mei-Ling Zhou'] }) },
    { name: 'a panel as a flow list', text: note({ interviewer: '[Dr. Ingrid Lindqvist, Tomás Herrera]' }) },
    { name: 'a single topic as text', text: note({ topics: 'the on-call rotation' }) },
    { name: 'several e-mail addresses', text: note({ email: ['dana.whitfield@northwind.example', 'tomas.herrera@northwind.example'] }) },
    { name: 'a role that YAML reads as a number is its text', text: note({ role: '911' }) },
    { name: 'a quoted bracketed value is text', text: note({ role: '"[Senior] Data Engineer"' }) },
    { name: 'a value with a YAML error is yaml-syntax’s business', text: note({ role: 'Lab Scientist: Microbiology' }) },
  ],
  invalid: [
    { name: 'a note type that is not one of the choices', text: note({ type: 'reminder' }), errors: [{ messageId: 'wrongType', text: 'reminder', message: '`thank-you` or `follow-up`' }] },
    { name: 'concerns as a mapping', text: note({ concerns: { raw: '\n  gap: two years' } }), errors: [{ messageId: 'wrongType', message: 'a list of short phrases' }] },
    {
      name: 'square brackets make a list of a role',
      text: note({ role: '[Job Title]' }),
      errors: [{ messageId: 'bracketed', text: '[Job Title]', message: 'Job Title' }],
      output: note({ role: '"[Job Title]"' }),
    },
    { name: 'a list where one role belongs', text: note({ role: ['Data Engineer', 'Analytics Engineer'] }), errors: [{ messageId: 'wrongType', message: 'not a list' }] },
    { name: 'true/false as a company', text: note({ company: 'true' }), errors: [{ messageId: 'wrongType', text: 'true', message: 'true/false' }] },
    { name: 'a mapping as the interviewer', text: note({ interviewer: { raw: '\n  name: Dana Whitfield\n  title: Director' } }), errors: [{ messageId: 'wrongType', text: 'name: Dana Whitfield\n  title: Director', message: 'a mapping' }] },
    { name: 'a number inside the topics list is fine, a mapping is not', text: note({ topics: ['the on-call rotation', '2026', 'cost: 12'] }), errors: [{ messageId: 'wrongType', text: 'cost: 12', message: 'a mapping' }] },
  ],
});
