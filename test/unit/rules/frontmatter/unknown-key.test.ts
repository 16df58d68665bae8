import { ruleTester, GOOD_NOTE } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

ruleTester('frontmatter/unknown-key', {
  valid: [
    GOOD_NOTE,
    { name: 'every known key, in another order', text: note({ topics: null, subject: null }).replace('interviewer:', 'subject: Thank you\ntopics: [hiring plans]\ninterviewer:') },
    { name: 'a YAML comment is not a key', text: note().replace('role:', '# the role as posted\nrole:') },
    { name: 'a colon inside a quoted value', text: note({ subject: '"Thank you: Senior Data Engineer interview"' }) },
  ],
  invalid: [
    {
      name: 'a misspelt key is renamed',
      text: note({ company: null }).replace('candidate:', 'compnay: Northwind Health\ncandidate:'),
      errors: [{ messageId: 'didYouMean', text: 'compnay', message: '"company"' }],
      output: note({ company: null }).replace('candidate:', 'company: Northwind Health\ncandidate:'),
    },
    {
      name: 'interveiwer (transposed letters)',
      text: note({ interviewer: null }).replace('role:', 'interveiwer: Dana Whitfield\nrole:'),
      errors: [{ messageId: 'didYouMean', text: 'interveiwer', message: '"interviewer"' }],
      output: note({ interviewer: null }).replace('role:', 'interviewer: Dana Whitfield\nrole:'),
    },
    {
      name: 'an alias people reach for: position -> role',
      text: note({ role: null }).replace('company:', 'position: Senior Data Engineer\ncompany:'),
      errors: [{ messageId: 'didYouMean', text: 'position', message: '"role"' }],
      output: note({ role: null }).replace('company:', 'role: Senior Data Engineer\ncompany:'),
    },
    { name: 'a key that resembles nothing', text: note({ salary_range: '90-110k' }), errors: [{ messageId: 'unknown', text: 'salary_range' }] },
    { name: 'Capitalised keys are not the lower-case ones', text: note({ role: null }).replace('company:', 'Role: Senior Data Engineer\ncompany:'), errors: [{ messageId: 'didYouMean', text: 'Role', message: '"role"' }] },
  ],
});
