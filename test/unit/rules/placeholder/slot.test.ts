import { ruleTester, FRONT_MATTER, GOOD_BODY } from '../../../helpers/rule-tester';

ruleTester('placeholder/slot', {
  valid: [
    GOOD_BODY,
    { name: 'a Markdown link is not a slot', text: GOOD_BODY.replace('Northwind Health.', 'Northwind Health ([website](https://northwind.example)).') },
    { name: 'HTML tags are not slots', text: GOOD_BODY.replace('timely data', '<em>timely</em> data<br>') },
    { name: 'a slot inside an HTML comment is invisible', text: GOOD_BODY + '<!-- [Company Name] -->\n' },
    { name: 'a slot in a code span is quoted, not left over', text: GOOD_BODY.replace('timely data', 'timely data (`{{role}}` templates)') },
    { name: '[sic] and a footnote number are not slots', text: GOOD_BODY.replace('timely data.', 'timely data [sic] [1].') },
    { name: 'a Markdown reference link', text: GOOD_BODY.replace('timely data.', 'timely data ([the report][r]).') + '\n[r]: https://northwind.example/report\n' },
    { name: 'a YAML flow list of interviewers', text: FRONT_MATTER.replace('interviewer: Dana Whitfield', 'interviewer: [Dana Whitfield, Tomás Herrera]') + GOOD_BODY.replace('Dear Dana,', 'Dear Dana and Tomás,') },
  ],
  invalid: [
    {
      name: '[Company Name] filled from the front matter',
      text: GOOD_BODY.replace('at Northwind Health', 'at [Company Name]'),
      errors: [{ messageId: 'slotFill', text: '[Company Name]' }],
      output: GOOD_BODY,
    },
    {
      name: 'a byte-order mark does not shift the range',
      text: '\uFEFF' + FRONT_MATTER + GOOD_BODY.replace('at Northwind Health', 'at [Company Name]'),
      errors: [{ messageId: 'slotFill', text: '[Company Name]' }],
      output: '\uFEFF' + FRONT_MATTER + GOOD_BODY,
    },
    { name: '<Interviewer> in the greeting', text: GOOD_BODY.replace('Dear Dana,', 'Dear <Interviewer>,'), errors: [{ messageId: 'slotFill', text: '<Interviewer>' }], output: GOOD_BODY.replace('Dear Dana,', 'Dear Dana Whitfield,') },
    { name: '{{role}}', text: GOOD_BODY.replace('the Senior Data Engineer role', 'the {{role}} role'), errors: [{ messageId: 'slotFill', text: '{{role}}' }], output: GOOD_BODY },
    { name: '(insert …)', text: GOOD_BODY.replace('stayed with me.', 'stayed with me. (insert a detail here)'), errors: [{ messageId: 'slotFill', text: '(insert a detail here)' }] },
    { name: 'a slot left in the front matter', text: FRONT_MATTER.replace('company: Northwind Health', 'company: "[Company Name]"') + GOOD_BODY, errors: [{ messageId: 'slot', text: '[Company Name]' }] },
    { name: 'a weekday slot filled from the interview date', text: GOOD_BODY.replace('yesterday', 'on [day]'), errors: [{ messageId: 'slotFill', text: '[day]', message: 'Tuesday' }], output: GOOD_BODY.replace('yesterday', 'on Tuesday') },
    { name: 'unknown slot has no fill', text: GOOD_BODY.replace('timely data', '[Project X]'), errors: [{ messageId: 'slot', text: '[Project X]' }] },
  ],
});
