import assert from 'node:assert/strict';
import { parseNote } from '../../../server/src/core/document/parse';
import { lint } from '../../../server/src/core/lint/engine';
import { emailOf, recipientsOf } from '../../../server/src/core/compose/email/message';
import { readinessOf } from '../../../server/src/core/lint/readiness';
import { countWords } from '../../../server/src/core/document/text';
import { describeWindow } from '../../../server/src/protocol';
import { GOOD_NOTE, NOW } from '../../helpers/rule-tester';

describe('email/message: a note as the email, and its readiness', () => {
  it('takes subject, recipients and sender from the front matter, the body without it', () => {
    const m = emailOf(parseNote(GOOD_NOTE));
    assert.equal(m.subject, 'Thank you for the Senior Data Engineer interview');
    assert.deepEqual(m.to, [{ name: 'Dana Whitfield', address: 'dana.whitfield@northwind.example' }]);
    assert.deepEqual(m.from, { name: 'Alex Rivera', address: undefined });
    assert.match(m.markdown, /^Dear Dana,/);
    assert.match(m.text, /^Dear Dana,\n\nThank you/);
  });

  it('pairs interviewers with addresses only when the counts match', () => {
    const panel = GOOD_NOTE.replace('interviewer: Dana Whitfield', 'interviewer: [Dana Whitfield, Kofi Osei]');
    assert.deepEqual(recipientsOf(parseNote(panel)), [{ address: 'dana.whitfield@northwind.example' }]);
    assert.deepEqual(recipientsOf(parseNote(panel.replace(/^email: .*\n/m, ''))), [{ name: 'Dana Whitfield' }, { name: 'Kofi Osei' }]);
  });

  it('counts problems, words, reading time and the hours left in the 24-hour window', () => {
    const doc = parseNote(GOOD_NOTE);
    const r = readinessOf(doc, lint(doc, { now: NOW }), NOW, emailOf(doc).text);
    assert.equal(r.ready, true);
    assert.equal(r.words, countWords(emailOf(doc).text));
    assert.ok(r.words > 60 && r.words < 100, String(r.words));
    assert.equal(r.readingMinutes, 1);
    assert.equal(r.hoursLeft, 6.5); // 2026-11-24 15:30 + 24 h - 2026-11-25 09:00
    const bad = parseNote(GOOD_NOTE.replace('Dear Dana,', 'Dear [First Name],'));
    const rb = readinessOf(bad, lint(bad, { now: NOW }), NOW, emailOf(bad).text);
    assert.equal(rb.ready, false);
    assert.ok(rb.errors >= 1);
    assert.equal(readinessOf(parseNote(GOOD_NOTE.replace(/^interview_date: .*\n/m, '')), [], NOW, '').hoursLeft, undefined);
  });

  it('describes the window in words', () => {
    assert.equal(describeWindow(6.5), '6 h left in the 24-hour window');
    assert.equal(describeWindow(0.25), '15 min left in the 24-hour window');
    assert.equal(describeWindow(-3.2), '24-hour window passed 3 h ago');
    assert.equal(describeWindow(-80), '24-hour window passed 3 days ago');
    assert.equal(describeWindow(undefined), undefined);
  });

  it('counts words the way a reader would', () => {
    assert.equal(countWords("Thank you, Dana — it's been a pleasure. 15 minutes, e-mail."), 10);
  });
});
