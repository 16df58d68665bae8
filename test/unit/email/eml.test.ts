import assert from 'node:assert/strict';
import { simpleParser, type AddressObject } from 'mailparser';
import { composeEml } from '../../../server/src/core/compose/email/eml';
import { emailOf } from '../../../server/src/core/compose/email/message';
import { parseNote } from '../../../server/src/core/document/parse';

const NOTE = `---
interviewer: Hélène Marchetti
role: Product Designer
company: Atelier Lumière
email: helene.marchetti@lumiere.example
interview_date: 2026-11-24 15:30
subject: Merci, Hélène — Product Designer interview
candidate: Zoë Ødegaard
---
Dear Hélène,

Thank you for walking me through the *design system* at [Atelier Lumière](https://lumiere.example).

- the token pipeline
- accessibility reviews

Best regards,
Zoë Ødegaard
`;

const DATE = new Date(Date.UTC(2026, 10, 25, 9, 0));

function addresses(a: AddressObject | AddressObject[] | undefined) {
  return (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value);
}

describe('email/eml: drafts composed with MailComposer', () => {
  it('round-trips through mailparser with headers, both parts and non-ASCII names', async () => {
    const raw = await composeEml(emailOf(parseNote(NOTE)), { date: DATE });
    const source = raw.toString('utf8');
    assert.match(source, /^X-Unsent: 1\r$/m);
    assert.match(source, /^Content-Type: multipart\/alternative;/m);
    assert.doesNotMatch(source, /[^\x00-\x7f]/, 'headers and bodies are 7-bit encoded');
    const mail = await simpleParser(raw);
    assert.equal(mail.headers.get('x-unsent'), '1');
    assert.equal(mail.subject, 'Merci, Hélène — Product Designer interview');
    assert.deepEqual(addresses(mail.to), [{ name: 'Hélène Marchetti', address: 'helene.marchetti@lumiere.example' }]);
    // No sender address: no From at all (the mail program fills in the account), never an empty group.
    assert.equal(mail.from, undefined);
    assert.doesNotMatch(source, /^From:/im);
    assert.doesNotMatch(source, /:;/);
    assert.equal(mail.date?.toISOString(), DATE.toISOString());
    assert.equal(mail.text?.trim(), 'Dear Hélène,\n\nThank you for walking me through the design system at Atelier Lumière (https://lumiere.example).\n\n- the token pipeline\n- accessibility reviews\n\nBest regards,\nZoë Ødegaard');
    assert.ok(typeof mail.html === 'string');
    assert.match(mail.html as string, /<em>design system<\/em>/);
    assert.match(mail.html as string, /<li>the token pipeline<\/li>/);
    assert.match(mail.html as string, /<meta charset="utf-8">/);
  });

  it('uses the configured sender address and the settings name when the note has no candidate', async () => {
    const doc = parseNote(NOTE.replace('candidate: Zoë Ødegaard\n', ''));
    const raw = await composeEml(emailOf(doc, { candidateName: 'Zoë Ødegaard', senderEmail: 'zoe@odegaard.example' }), { date: DATE });
    const mail = await simpleParser(raw);
    assert.deepEqual(addresses(mail.from), [{ name: 'Zoë Ødegaard', address: 'zoe@odegaard.example' }]);
  });

  it('pairs several interviewers with their addresses, and leaves names without addresses out', async () => {
    const panel = NOTE.replace('interviewer: Hélène Marchetti', 'interviewer: [Hélène Marchetti, Dr. Kofi Osei]').replace('email: helene.marchetti@lumiere.example', 'email: [h@lumiere.example, k@lumiere.example]');
    let mail = await simpleParser(await composeEml(emailOf(parseNote(panel)), { date: DATE }));
    assert.deepEqual(addresses(mail.to), [{ name: 'Hélène Marchetti', address: 'h@lumiere.example' }, { name: 'Dr. Kofi Osei', address: 'k@lumiere.example' }]);
    const noEmail = panel.replace(/^email: .*\n/m, '');
    mail = await simpleParser(await composeEml(emailOf(parseNote(noEmail)), { date: DATE }));
    // Names without addresses: no To (the mail program asks), never an empty group.
    assert.equal(mail.to, undefined);
    assert.doesNotMatch((await composeEml(emailOf(parseNote(noEmail)), { date: DATE })).toString('utf8'), /:;/);
  });
});
