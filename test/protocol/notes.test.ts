// The workspace's notes over the wire: panel copies between a note on disk and an open one, the
// peers' diagnostics re-published when a note changes, the notes overview, and Mark as Sent.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { applyTextEdits, LspClient, uriOf, type Published } from '../helpers/lsp-client';
import { MarkSentRequest, NotesChangedNotification, NotesRequest, type NotesResult } from '../../server/src/protocol';
import { PANELS } from '../fixtures/job-search/panels';
import { parseNote } from '../../server/src/core/document/parse';

const hospital = PANELS.find((p) => p.name.startsWith('Harbourview'))!;
const copies = (p: Published) => p.diagnostics.filter((d) => d.code === 'personalization/panel-copy' && d.severity === 2).map((d) => ({ message: String(d.message) }));

const TOM_OWN = `Dear Tom,

Thank you for showing me around the cardiac step-down unit on Tuesday after the panel at Harbourview Hospital.

You said the hardest shifts are the ones where three patients come up from the cath lab within an hour. On my current ward I set up a simple admission checklist on the whiteboard, so whoever was free could take the next patient without waiting for me.

I would be glad to bring that habit to the Charge Nurse role on your unit.

Kind regards,
Amara Eze
`;

describe('protocol: the workspace of notes', function () {
  this.timeout(30000);
  let client: LspClient;
  let dir: string;
  const uri = (name: string) => uriOf(join(dir, name));

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-notes-'));
    writeFileSync(join(dir, 'priya.thanks'), hospital.notes['priya.thanks']);
    writeFileSync(join(dir, 'grace.thanks'), hospital.notes['grace.thanks']);
    // THANKS_NOW: Tuesday 2026-11-24 12:00, two hours after the panel interview.
    client = await LspClient.start({ rootPath: dir, now: '2026-11-24T12:00' });
  });
  after(async () => {
    await client?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  async function notes(): Promise<NotesResult> {
    for (;;) {
      const changed = new Promise<void>((resolve) => {
        const d = client.connection.onNotification(NotesChangedNotification, () => {
          d.dispose();
          resolve();
        });
      });
      const r = await client.connection.sendRequest(NotesRequest, {});
      if (r.complete) return r;
      await changed; // the folder is still being read: ask again when the server says it changed
    }
  }

  it('lists the notes on disk by interview before any is opened', async () => {
    const r = await notes();
    assert.equal(r.groups.length, 1);
    assert.equal(r.groups[0].company, 'Harbourview Hospital');
    assert.deepEqual(r.groups[0].notes.map((n) => [n.label, n.state, n.hoursLeft]), [
      ['grace.thanks', 'ready', 22],
      ['priya.thanks', 'ready', 22],
    ]);
  });

  it('flags an open copy of a note on disk, naming it, and re-publishes the open peer when the copy is rewritten', async () => {
    const tom = uri('tom.thanks');
    const first = await client.open(tom, hospital.notes['tom.thanks']);
    // The first publish may come before the folder is read; the next one compares with the notes on disk.
    const withCopy = copies(first).length ? first : await client.nextDiagnostics(tom, { where: (p) => copies(p).length > 0 });
    assert.match(copies(withCopy)[0].message, /Priya Raman \(priya\.thanks\)/);

    const priya = uri('priya.thanks');
    const priyaFirst = await client.open(priya, hospital.notes['priya.thanks']);
    assert.match(copies(priyaFirst)[0].message, /Tom Okafor \(tom\.thanks\)/);

    // Tom's note is rewritten: Priya's note, unchanged, loses its warning without being edited.
    const rewritten = client.nextDiagnostics(priya, { where: (p) => copies(p).length === 0 });
    await client.replaceAll(tom, hospital.notes['tom.thanks'].slice(0, hospital.notes['tom.thanks'].indexOf('Dear Tom')) + TOM_OWN);
    const after = await rewritten;
    assert.equal(after.version, 1, 'the peer was re-published for its own unchanged version');

    const r = await notes();
    const states = Object.fromEntries(r.groups[0].notes.map((n) => [n.label, n.state]));
    assert.deepEqual(states, { 'grace.thanks': 'ready', 'priya.thanks': 'ready', 'tom.thanks': 'ready' });
  });

  it('picks up a note created on disk through the file watcher', async () => {
    const path = join(dir, 'follow-up.thanks');
    writeFileSync(path, hospital.notes['priya.thanks'].replace('interviewer: Priya Raman', 'interviewer: Priya Raman\ntype: follow-up'));
    // A refresh still pending from earlier analyses may come first: ask again on each refresh (and
    // every 200 ms, should the one that has the note have been folded into an earlier one).
    let changes = 0;
    const d = client.connection.onNotification(NotesChangedNotification, () => void changes++);
    await client.filesChanged([{ uri: uriOf(path), type: FileChangeType.Created }]);
    let row;
    const deadline = Date.now() + 10_000;
    for (let seen = 0; !row && Date.now() < deadline; ) {
      for (const until = Date.now() + 200; changes === seen && Date.now() < until; ) await new Promise((r) => setTimeout(r, 10));
      seen = changes;
      row = (await notes()).groups.flatMap((g) => g.notes).find((n) => n.label === 'follow-up.thanks');
    }
    d.dispose();
    assert.equal(row?.type, 'follow-up');
    assert.equal(row?.hoursLeft, undefined, 'a follow-up has no 24-hour window');
  });

  describe('thanks/markSent', () => {
    const mark = (name: string, at?: string) => client.connection.sendRequest(MarkSentRequest, { textDocument: { uri: uri(name) }, ...(at ? { at } : {}) });

    it('returns the edit that adds sent: at the end of the front matter, for a closed note too', async () => {
      const r = await mark('grace.thanks');
      assert.ok(r.edit, r.problem);
      assert.equal(r.value, '2026-11-24 12:00');
      assert.equal(r.errors, 0);
      const text = applyTextEdits(hospital.notes['grace.thanks'], [r.edit]);
      assert.match(text, /\ncandidate: Amara Eze\nsent: 2026-11-24 12:00\n---\n/);
      assert.equal(text.replace('sent: 2026-11-24 12:00\n', ''), hospital.notes['grace.thanks']);
      assert.equal(parseNote(text).frontMatter.sent?.date?.getTime(), new Date(2026, 10, 24, 12, 0).getTime());
    });

    it('rewrites an existing sent: line, keeps CRLF line breaks, and counts the errors left', async () => {
      const name = 'crlf.thanks';
      const original = hospital.notes['grace.thanks'].replace('interviewer: Grace Liu', 'interviewer: Grace Liu\nsent: 2026-11-01 08:00').replace('Kind regards', '[Your sign-off]').replace(/\n/g, '\r\n');
      await client.open(uri(name), original);
      const r = await mark(name, new Date(2026, 10, 24, 18, 5).toISOString());
      assert.ok(r.edit, r.problem);
      const text = applyTextEdits(original, [r.edit]);
      assert.ok(text.includes('sent: 2026-11-24 18:05\r\n'));
      assert.ok(!text.includes('2026-11-01 08:00'));
      assert.equal(text.replace(/\r\n/g, '').length, text.replace(/\r?\n/g, '').length, 'no bare LF');
      assert.ok(r.errors > 0, 'the slot left in the note is an error the client asks about');
    });

    it('refuses a note without front matter or with a YAML error, saying why', async () => {
      await client.open(uri('bare.thanks'), 'Dear Grace,\n\nThank you.\n');
      const bare = await mark('bare.thanks');
      assert.equal(bare.edit, undefined);
      assert.match(bare.problem ?? '', /no front matter/);
      await client.open(uri('broken.thanks'), '---\ninterviewer: [Grace Liu\nrole: Charge Nurse\n---\nDear Grace,\n');
      const broken = await mark('broken.thanks');
      assert.equal(broken.edit, undefined);
      assert.match(broken.problem ?? '', /YAML error/);
      assert.match((await mark('nowhere.thanks')).problem ?? '', /does not know/);
    });
  });
});
