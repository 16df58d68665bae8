import { ruleTester, GOOD_BODY, GOOD_NOTE } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

ruleTester('frontmatter/recommended-key', {
  valid: [
    GOOD_NOTE,
    { name: 'a company with an apostrophe and ampersand', text: note({ company: '"Harbor Point\'s Marine & Freight"' }) },
    { name: 'an empty company key is a deliberate choice', text: note({ company: '' }) },
    { name: 'no front matter is missing-key’s business', text: note().replace(/^---[\s\S]*?---\n/, '') + '' },
    { name: 'a YAML error hides the hint', text: note({ company: null, role: 'Lab Scientist: Microbiology' }) },
    { name: 'the company key misspelt is unknown-key’s business… but the hint is still shown', text: note({ company: null }).replace('candidate:', 'company: Northwind Health\ncandidate:') },
  ],
  invalid: [
    {
      name: 'no company',
      text: note({ company: null }),
      errors: [{ messageId: 'missing', text: '---', severity: 'information' }],
      output: note({ company: null }).replace('candidate: Alex Rivera\n', 'candidate: Alex Rivera\ncompany: \n'),
    },
    {
      name: 'CRLF note gets a CRLF line',
      text: note({ company: null }).replace(/\n/g, '\r\n'),
      errors: [{ messageId: 'missing', text: '---' }],
      output: note({ company: null }).replace('candidate: Alex Rivera\n', 'candidate: Alex Rivera\ncompany: \n').replace(/\n/g, '\r\n'),
    },
    { name: 'only the required keys', text: '---\ninterviewer: Dana Whitfield\nrole: Senior Data Engineer\n---\n' + GOOD_BODY, errors: [{ messageId: 'missing' }] },
  ],
});
