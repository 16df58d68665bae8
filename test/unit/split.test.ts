import assert from 'node:assert/strict';
import { parseNote } from '../../server/src/core/document/parse';
import { lint } from '../../server/src/core/lint/engine';
import { splitPerInterviewer } from '../../server/src/core/compose/split';
import { GOOD_NOTE, NOW } from '../helpers/rule-tester';

const PANEL = GOOD_NOTE.replace('interviewer: Dana Whitfield', 'interviewer:\n  - Dana Whitfield\n  - Dr. Kofi Osei\n  - "Hélène: Marchetti"').replace(
  'email: dana.whitfield@northwind.example',
  'email: [dana.whitfield@northwind.example, kofi.osei@northwind.example, helene@northwind.example]',
);

describe('split: one note per interviewer', () => {
  it('gives each interviewer the front matter with their name and address, their greeting and a TODO', () => {
    const notes = splitPerInterviewer(parseNote(PANEL));
    assert.deepEqual(notes.map((n) => n.interviewer), ['Dana Whitfield', 'Dr. Kofi Osei', 'Hélène: Marchetti']);
    const kofi = notes[1].text;
    assert.ok(kofi.startsWith('---\ninterviewer: Dr. Kofi Osei\nrole: Senior Data Engineer\ncompany: Northwind Health\nemail: kofi.osei@northwind.example\ninterview_date: 2026-11-24 15:30\n'), kofi);
    assert.match(kofi, /\nDear Dr\. Osei,\n/);
    assert.match(kofi, /Northwind Health\. I enjoyed hearing how your team supports clinicians with timely data\.\n\nTODO: add one detail from your conversation with Kofi\.\n\nOur conversation/);
    assert.match(notes[2].text, /^---\ninterviewer: "Hélène: Marchetti"\n/, 'YAML-quoted when needed');
    // Each note is to one person: the panel finding is gone, the TODO is flagged until written.
    const ids = lint(parseNote(kofi), { now: NOW }).map((d) => d.ruleId);
    assert.ok(!ids.includes('personalization/panel-greeting'));
    assert.ok(ids.includes('placeholder/drafting-note'), ids.join(', '));
  });

  it('drops the addresses when they do not pair up, and keeps CRLF line ends', () => {
    const crlf = PANEL.replace('kofi.osei@northwind.example, helene@northwind.example', 'kofi.osei@northwind.example').replace(/\n/g, '\r\n');
    const [dana] = splitPerInterviewer(parseNote(crlf));
    assert.ok(!/^email:/m.test(dana.text), dana.text);
    assert.doesNotMatch(dana.text.replace(/\r\n/g, ''), /\n/);
    assert.match(dana.text, /\r\n\r\nTODO: add one detail from your conversation with Dana\.\r\n/);
  });

  it('has nothing to split for a single interviewer', () => {
    assert.deepEqual(splitPerInterviewer(parseNote(GOOD_NOTE)), []);
  });
});
