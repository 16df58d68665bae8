import assert from 'node:assert/strict';
import { ruleTester, run, GOOD_BODY, GOOD_NOTE } from '../../../helpers/rule-tester';
import { applyEdits } from '../../../../server/src/core/document/span';
import { note } from '../../../helpers/note';

ruleTester('frontmatter/missing-key', {
  valid: [
    GOOD_NOTE,
    { name: 'a panel of interviewers', text: note({ interviewer: ['Dr. Ingrid Lindqvist', 'Tomás Herrera'] }) },
    { name: 'only the two required keys', text: '---\ninterviewer: Dana Whitfield\nrole: Senior Data Engineer\n---\n' + GOOD_BODY },
    { name: 'a role with punctuation', text: note({ role: '"Registered Nurse (Night Shift), Step-Down Unit"' }) },
    { name: 'a YAML error on the key line is yaml-syntax’s finding', text: note({ role: 'Clinical Laboratory Scientist: Microbiology' }) },
  ],
  invalid: [
    {
      name: 'no role',
      text: note({ role: null }),
      errors: [{ messageId: 'missing', text: '---', message: '`role`' }],
      output: note({ role: null }).replace('candidate: Alex Rivera\n', 'candidate: Alex Rivera\nrole: \n'),
    },
    {
      name: 'neither interviewer nor role',
      text: note({ interviewer: null, role: null }),
      errors: [
        { messageId: 'missing', text: '---', message: '`interviewer`' },
        { messageId: 'missing', text: '---', message: '`role`' },
      ],
    },
    { name: 'an empty interviewer', text: note({ interviewer: '' }), errors: [{ messageId: 'empty', text: 'interviewer' }] },
    { name: 'a role of only quotes', text: note({ role: '""' }), errors: [{ messageId: 'empty', text: 'role' }] },
    { name: 'an empty list of interviewers', text: note({ interviewer: '[]' }), errors: [{ messageId: 'empty', text: 'interviewer' }] },
  ],
});

// The rule tester puts a front matter before any text that lacks one, so a note without it is tested here.
describe('frontmatter/missing-key without a front matter', () => {
  it('reports the first line and offers a front matter skeleton', () => {
    const found = run('frontmatter/missing-key', GOOD_BODY);
    assert.deepEqual(found.map((d) => [d.messageId, GOOD_BODY.slice(d.start, d.end)]), [['noFrontMatter', 'Dear Dana,']]);
    const fixed = applyEdits(GOOD_BODY, found[0].fixes![0].edits);
    assert.equal(fixed, '---\ninterviewer: \nrole: \ncompany: \n---\n' + GOOD_BODY);
  });
  it('keeps CRLF line endings in the skeleton', () => {
    const crlf = GOOD_BODY.replace(/\n/g, '\r\n');
    const found = run('frontmatter/missing-key', crlf);
    assert.equal(crlf.slice(found[0].start, found[0].end), 'Dear Dana,');
    assert.ok(applyEdits(crlf, found[0].fixes![0].edits).startsWith('---\r\ninterviewer: \r\n'));
  });
});
