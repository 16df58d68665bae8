import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { runThanks } from '../../../server/src/thanks';
import { GOOD_NOTE } from '../../helpers/rule-tester';

async function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const code = await runThanks(argv, { out: (s) => (out += s), err: (s) => (err += s), cwd, env: { THANKS_NOW: '2026-11-25T09:00', ...env }, isTTY: false });
  return { code, out, err };
}

describe('cli: thanks export / thanks lint', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-export-'));
    writeFileSync(join(dir, 'dana.thanks'), GOOD_NOTE.replace('about moving nightly', 'about **moving nightly').replace('streaming stayed', 'streaming** stayed'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the plain text body by default, with emphasis dropped and no front matter', async () => {
    const r = await run(['export', 'dana.thanks'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Dear Dana,\n\nThank you for taking the time/);
    assert.match(r.out, /Our conversation about moving nightly batch jobs to streaming stayed/);
    assert.doesNotMatch(r.out, /---|interviewer:|\*\*/);
    assert.match(r.out, /Best regards,\nAlex Rivera\n$/);
  });

  it('prints sanitised HTML with --format html', async () => {
    const r = await run(['export', '--format', 'html', 'dana.thanks'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^<p>Dear Dana,<\/p>/);
    assert.match(r.out, /<strong>moving nightly batch jobs to streaming<\/strong>/);
  });

  it('writes an .eml draft with -o, dated by the pinned clock', async () => {
    const r = await run(['export', '--format=eml', 'dana.thanks', '-o', 'dana.eml'], dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
    const mail = await simpleParser(readFileSync(join(dir, 'dana.eml')));
    assert.equal(mail.headers.get('x-unsent'), '1');
    assert.equal(mail.subject, 'Thank you for the Senior Data Engineer interview');
    assert.equal(mail.date?.getTime(), new Date(2026, 10, 25, 9, 0).getTime());
    assert.match(mail.text ?? '', /Dear Dana,/);
    assert.match(String(mail.html), /<p>Dear Dana,<\/p>/);
  });

  it('exits 2 on a bad format, a missing note, an unreadable note or an unknown command', async () => {
    assert.equal((await run(['export', '--format', 'pdf', 'dana.thanks'], dir)).code, 2);
    assert.equal((await run(['export'], dir)).code, 2);
    const missing = await run(['export', 'nope.thanks'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.thanks: cannot read: no such file/);
    assert.equal((await run(['export', 'dana.thanks', '-o'], dir)).code, 2);
    assert.equal((await run(['frobnicate'], dir)).code, 2);
    assert.equal((await run([], dir)).code, 2);
  });

  it('refuses a note with errors: exit 1, each error on stderr, nothing written; --force exports it', async () => {
    const wrong = GOOD_NOTE.replace('Dear Dana,', 'Dear Jessica,').replace('role at Northwind Health. I enjoyed', 'role at [Company]. I enjoyed');
    writeFileSync(join(dir, 'wrong.thanks'), wrong);
    const refused = await run(['export', '--format', 'eml', 'wrong.thanks', '-o', 'wrong.eml'], dir);
    assert.equal(refused.code, 1);
    assert.equal(refused.out, '');
    assert.match(refused.err, /^thanks export: wrong\.thanks has \d+ errors; nothing was exported\. .*--force/);
    assert.match(refused.err, /wrong\.thanks:\d+:\d+: .*"Jessica".* personalization\/salutation-name/);
    assert.throws(() => readFileSync(join(dir, 'wrong.eml')), /ENOENT/);
    const forced = await run(['export', '--force', 'wrong.thanks'], dir);
    assert.equal(forced.code, 0, forced.err);
    assert.equal(forced.err, '');
    assert.match(forced.out, /^Dear Jessica,/);
    // warnings alone do not block: the writer decides about those
    writeFileSync(join(dir, 'warned.thanks'), GOOD_NOTE.replace('Best regards,', 'Cheers,'));
    const warned = await run(['export', 'warned.thanks'], dir);
    assert.equal(warned.code, 0, warned.err);
  });

  it('a rule switched off in .thanksrc.json does not block the export', async () => {
    const sub = mkdtempSync(join(dir, 'rc-'));
    writeFileSync(join(sub, 'n.thanks'), GOOD_NOTE.replace('Dear Dana,', 'Dear Jessica,'));
    assert.equal((await run(['export', 'n.thanks'], sub)).code, 1);
    writeFileSync(join(sub, '.thanksrc.json'), JSON.stringify({ rules: { 'personalization/salutation-name': 'off' } }));
    const r = await run(['export', 'n.thanks'], sub);
    assert.equal(r.code, 0, r.err);
  });

  it('the .eml From: carries --from-email; without it there is no From: and never an empty group', async () => {
    const none = await run(['export', '--format', 'eml', 'dana.thanks'], dir);
    assert.equal(none.code, 0, none.err);
    assert.doesNotMatch(none.out, /^From:/m);
    assert.doesNotMatch(none.out, /:;/);
    const withAddress = await run(['export', '--format', 'eml', '--from-email', 'alex.rivera@example.com', 'dana.thanks'], dir);
    assert.match(withAddress.out, /^From: Alex Rivera <alex\.rivera@example\.com>\r$/m);
  });

  it('runs the linter as `thanks lint` with its exit codes', async () => {
    const clean = await run(['lint', 'dana.thanks'], dir);
    assert.equal(clean.code, 0, clean.out);
    writeFileSync(join(dir, 'bad.thanks'), GOOD_NOTE.replace('Dear Dana,', 'Dear [Interviewer Name],'));
    const bad = await run(['lint', '--format', 'json', 'bad.thanks'], dir);
    assert.equal(bad.code, 1);
    assert.ok(JSON.parse(bad.out)[0].diagnostics.some((d: { code: string }) => d.code.startsWith('placeholder/')));
    assert.equal((await run(['lint', '--format', 'xml', 'dana.thanks'], dir)).code, 2);
  });
});
