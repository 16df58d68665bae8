import { ruleTester, GOOD_NOTE } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

ruleTester('frontmatter/invalid-email', {
  valid: [
    GOOD_NOTE,
    { name: 'a display name with the address', text: note({ email: '"Dana Whitfield <dana.whitfield@northwind.example>"' }) },
    { name: 'plus addressing and a sub-domain', text: note({ email: 'recruiting+data@mail.northwind.example' }) },
    { name: 'an apostrophe in the local part', text: note({ email: "ciaran.o'connell@harborpoint.example" }) },
    { name: 'a list of addresses', text: note({ email: ['dana.whitfield@northwind.example', 'mei-ling.zhou@northwind.example'] }) },
    { name: 'no e-mail', text: note({ email: null }) },
  ],
  invalid: [
    {
      name: 'a doubled @ is repaired',
      text: note({ email: 'dana.whitfield@@northwind.example' }),
      errors: [{ messageId: 'invalidFix', text: 'dana.whitfield@@northwind.example', message: 'dana.whitfield@northwind.example' }],
      output: note(),
    },
    {
      name: 'a comma for the last dot',
      text: note({ email: 'dana.whitfield@northwind,example' }),
      errors: [{ messageId: 'invalidFix', text: 'dana.whitfield@northwind,example' }],
      output: note(),
    },
    {
      name: 'a bad address inside a display name is repaired in place',
      text: note({ email: '"Dana Whitfield <dana.whitfield@northwind.example.>"' }),
      errors: [{ messageId: 'invalidFix' }],
      output: note({ email: '"Dana Whitfield <dana.whitfield@northwind.example>"' }),
    },
    { name: 'no domain ending', text: note({ email: 'dana.whitfield@northwind' }), errors: [{ messageId: 'invalid', text: 'dana.whitfield@northwind' }] },
    { name: 'a name instead of an address', text: note({ email: 'Dana Whitfield' }), errors: [{ messageId: 'invalid', text: 'Dana Whitfield' }] },
    {
      name: 'the second of two addresses',
      text: note({ email: ['dana.whitfield@northwind.example', 'tomas.herrera.northwind.example'] }),
      errors: [{ messageId: 'invalid', text: 'tomas.herrera.northwind.example' }],
    },
  ],
});
