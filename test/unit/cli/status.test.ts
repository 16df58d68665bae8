import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runThanks } from '../../../server/src/thanks';
import { GOOD_NOTE } from '../../helpers/rule-tester';
import { note } from '../../helpers/note';
import { PANELS } from '../../fixtures/job-search/panels';

async function run(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await runThanks(argv, { out: (s) => (out += s), err: (s) => (err += s), cwd, env: { THANKS_NOW: '2026-11-25T09:00' }, isTTY: false });
  return { code, out, err };
}

const KOFI_BODY = `Dear Kofi,

Thank you for the time you gave me on Tuesday to discuss the Senior Data Engineer role at Northwind Health.

Your account of the on-call rotation was refreshingly honest. In my current team I wrote the runbooks for our three noisiest alerts, and pages outside working hours dropped by a third within a month.

I would be glad to help your team make nights on call quieter.

Best regards,
Alex Rivera
`;

describe('cli: thanks status', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-status-'));
    mkdirSync(join(dir, 'northwind'));
    mkdirSync(join(dir, 'harbourview'));
    // Northwind Health, Tuesday 15:30: a ready note, one sent with a decision date, and a follow-up drafted too early.
    writeFileSync(join(dir, 'northwind/dana.thanks'), GOOD_NOTE);
    writeFileSync(join(dir, 'northwind/kofi.thanks'), note({ interviewer: 'Kofi Osei', email: null, sent: '2026-11-24 19:10', decision_date: '2026-12-04' }, KOFI_BODY));
    writeFileSync(join(dir, 'northwind/follow-up.thanks'), note({ type: 'follow-up', subject: 'Following up on the Senior Data Engineer role' }));
    // Harbourview Hospital, Tuesday 10:00: a panel copy on both notes.
    const hospital = PANELS.find((p) => p.name.startsWith('Harbourview'))!;
    writeFileSync(join(dir, 'harbourview/priya.thanks'), hospital.notes['priya.thanks']);
    writeFileSync(join(dir, 'harbourview/tom.thanks'), hospital.notes['tom.thanks']);
    // A note of last week, never sent.
    writeFileSync(join(dir, 'old.thanks'), note({ interviewer: 'Ruth Mensah', company: 'Contoso', interview_date: '2026-11-18 10:00' }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one row per note, grouped by interview, with state, time left and follow-up due', async () => {
    const r = await run(['status', dir], '/');
    assert.equal(r.code, 0, r.err);
    const lines = r.out.split('\n');
    const row = (file: string) => lines.find((l) => l.includes(file)) ?? assert.fail(`no row for ${file}:\n${r.out}`);
    assert.match(row('northwind/dana.thanks'), /Dana Whitfield\s+ready\s+6 h left/);
    assert.match(row('northwind/kofi.thanks'), /Kofi Osei\s+sent Tue 24 Nov 19:10\s+follow up from Tue 8 Dec/);
    assert.match(row('northwind/follow-up.thanks'), /follow-up: Dana Whitfield\s+needs work \(1 warning\)/);
    assert.match(row('harbourview/priya.thanks'), /Priya Raman\s+needs work \(1 warning\)\s+1 h left/);
    assert.match(row('old.thanks'), /overdue .*window passed 5 days ago/);
    assert.ok(lines.some((l) => l.startsWith('Contoso · Wed, 18 Nov 2026')), r.out);
  });

  it('prints the same overview as JSON with --format json', async () => {
    const r = await run(['status', '--format', 'json', '.'], dir);
    assert.equal(r.code, 0, r.err);
    const groups = JSON.parse(r.out) as { title: string; company?: string; day?: string; notes: { uri: string; state: string; hoursLeft?: number; followUpDue?: string; sent?: string; warnings: number; type: string }[] }[];
    const notes = new Map(groups.flatMap((g) => g.notes.map((n) => [n.uri, { ...n, group: g }] as const)));
    assert.equal(notes.size, 6);
    assert.equal(notes.get('northwind/dana.thanks')?.state, 'ready');
    assert.equal(notes.get('northwind/dana.thanks')?.hoursLeft, 6.5);
    assert.equal(notes.get('northwind/dana.thanks')?.group.day, '2026-11-24');
    const kofi = notes.get('northwind/kofi.thanks')!;
    assert.equal(kofi.state, 'sent');
    assert.equal(kofi.hoursLeft, undefined);
    assert.equal(new Date(kofi.followUpDue!).toDateString(), new Date(2026, 11, 8).toDateString());
    assert.equal(notes.get('northwind/follow-up.thanks')?.type, 'follow-up');
    // The copied panel notes each carry the warning (the status runs the cross-note rules).
    assert.equal(notes.get('harbourview/priya.thanks')?.state, 'needs-work');
    assert.equal(notes.get('harbourview/tom.thanks')?.state, 'needs-work');
    assert.equal(notes.get('old.thanks')?.state, 'overdue');
  });

  it('says so for a folder without notes, and rejects bad usage', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'thanks-status-empty-'));
    try {
      const r = await run(['status'], empty);
      assert.equal(r.code, 0);
      assert.match(r.out, /No \.thanks notes here/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    assert.equal((await run(['status', '--format', 'xml', dir], '/')).code, 2);
    assert.equal((await run(['status', dir, dir], '/')).code, 2);
    const missing = await run(['status', join(dir, 'nowhere')], '/');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no such folder/);
  });
});

describe('cli: thanks-lint with a folder compares the notes of one interview', () => {
  it('flags a panel copy on both notes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thanks-panel-'));
    try {
      const hospital = PANELS.find((p) => p.name.startsWith('Harbourview'))!;
      for (const [name, text] of Object.entries(hospital.notes)) writeFileSync(join(dir, name), text);
      const r = await run(['lint', '--format', 'json', '--now', '2026-11-24T12:00', '.'], dir);
      const results = JSON.parse(r.out) as { file: string; diagnostics: { code: string }[] }[];
      const copies = (f: string) => results.find((x) => x.file === f)!.diagnostics.filter((d) => d.code === 'personalization/panel-copy').length;
      assert.ok(copies('priya.thanks') > 0 && copies('tom.thanks') > 0);
      assert.equal(copies('grace.thanks'), 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
