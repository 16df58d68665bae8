import { ruleTester, GOOD_BODY, GOOD_NOTE } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

ruleTester('frontmatter/yaml-syntax', {
  valid: [
    GOOD_NOTE,
    { name: 'a quoted value may contain ": "', text: note({ role: '"Clinical Laboratory Scientist: Microbiology"' }) },
    { name: 'a single-quoted value with an apostrophe', text: note({ company: "'O''Connell & Sons'" }) },
    { name: 'names with accents, apostrophes and hyphens', text: note({ interviewer: ['Zofia Wiśniewski', "Ciarán O'Connell", 'Mei-Ling Zhou'] }) },
    { name: 'a flow list of interviewers', text: note({ interviewer: '[Hélène Dubois, Kwame Mensah]' }) },
    { name: 'a directive comment in the front matter', text: note({ role: 'Senior Data Engineer  # thanks-disable personalization/role-missing' }) },
    { name: 'closed with "..."', text: note().replace('candidate: Alex Rivera\n---\n', 'candidate: Alex Rivera\n...\n') },
    { name: 'CRLF line endings', text: note().replace(/\n/g, '\r\n') },
    { name: 'a byte-order mark before the fence', text: '\uFEFF' + note() },
    { name: 'no front matter at all is missing-key’s business', text: GOOD_BODY },
    { name: 'an empty front matter block', text: '---\n---\n' + GOOD_BODY },
  ],
  invalid: [
    {
      name: 'an unquoted value containing ": " is quoted by the fix',
      text: note({ role: 'Clinical Laboratory Scientist: Microbiology' }),
      errors: [{ messageId: 'syntax', text: 'role: Clinical Laboratory Scientist: Microbiology' }],
      output: note({ role: '"Clinical Laboratory Scientist: Microbiology"' }),
    },
    {
      name: 'a front matter never closed is closed by the fix',
      text: note().replace('candidate: Alex Rivera\n---\n', 'candidate: Alex Rivera\n\n'),
      errors: [{ messageId: 'unclosed', text: '---' }],
      output: note().replace('candidate: Alex Rivera\n---\n', 'candidate: Alex Rivera\n---\n\n'),
    },
    {
      name: 'a duplicate key',
      text: note({ company: 'Northwind Health\ncompany: Globex' }),
      errors: [{ messageId: 'syntax', message: 'each key may appear only once' }],
    },
    {
      name: 'an unclosed quote',
      text: note({ subject: '"Thank you for the interview' }),
      errors: [{ messageId: 'syntax', message: 'not closed' }],
    },
    {
      name: 'a front matter that is a list, not a mapping',
      text: '---\n- Dana Whitfield\n- Senior Data Engineer\n---\n' + GOOD_BODY,
      errors: [{ messageId: 'syntax', text: '- Dana Whitfield\n- Senior Data Engineer\n', message: 'key: value' }],
    },
  ],
});
