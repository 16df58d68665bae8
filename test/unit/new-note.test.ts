// The front matter New Thank-You Note writes (through the one front-matter writer).
import assert from 'node:assert/strict';
import { newNoteFrontMatter } from '../../server/src/core/compose/new-note';
import { parseNote } from '../../server/src/core/document/parse';

describe('new note front matter', () => {
  it('writes one interviewer and one address as plain values, topics as a list, and the subject for the situation', () => {
    const fm = newNoteFrontMatter(
      { interviewers: ['Kofi Osei'], role: 'Senior Data Engineer', company: 'Northwind Health', email: ['kofi.osei@northwind.example'], interviewDate: '2026-11-25 08:00', topics: ['moving nightly batch jobs to streaming'], situation: 'thanks-first-interview' },
      'Alex Rivera',
    );
    assert.equal(
      fm,
      '---\ninterviewer: Kofi Osei\nrole: Senior Data Engineer\ncompany: Northwind Health\nemail: kofi.osei@northwind.example\ninterview_date: 2026-11-25 08:00\ntopics:\n  - moving nightly batch jobs to streaming\nsubject: Thank you for the Senior Data Engineer interview\ncandidate: Alex Rivera\n---\n',
    );
  });

  it('writes a panel as a list, quotes values YAML would misread, and reads back the same values', () => {
    const fm = newNoteFrontMatter({ interviewers: ['Hélène Dubois', 'Dr. Kwame Mensah'], role: 'Engineer: Backend\\tools', company: 'Yes', situation: 'thanks-follow-up', interviewDate: '2026-11-24 10:00', topics: [] });
    const doc = parseNote(fm + 'Dear Hélène and Dr. Mensah,\n');
    assert.deepEqual(doc.frontMatter.errors, []);
    assert.deepEqual(doc.frontMatter.interviewers, ['Hélène Dubois', 'Dr. Kwame Mensah']);
    assert.equal(doc.frontMatter.role, 'Engineer: Backend\\tools');
    assert.equal(doc.frontMatter.company, 'Yes');
    assert.equal(doc.frontMatter.interviewDate?.text, '2026-11-24 10:00', 'a follow-up keeps the interview it follows up on');
    assert.equal(doc.frontMatter.noteType, 'follow-up', 'and says it is a follow-up: no 24-hour window');
    assert.equal(doc.frontMatter.subject, 'Following up on the Engineer: Backend\\tools role');
    assert.ok(!fm.includes('topics'), 'no empty topics list');
  });
});
