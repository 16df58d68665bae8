// The writing workflow's custom requests over the wire: render, .eml export, split, and the
// split quick fix offered on personalization/panel-greeting.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { CodeAction, Command } from 'vscode-languageserver-protocol/node';
import { LspClient, uriOf } from '../helpers/lsp-client';
import { CLEAN_NOTE, FIXABLE_NOTE } from '../helpers/protocol-notes';
import { ExportEmlRequest, ReadinessRequest, RenderRequest, SPLIT_COMMAND, SplitRequest } from '../../server/src/protocol';

const PANEL = CLEAN_NOTE.replace('interviewer: Priya Raman', 'interviewer:\n  - Priya Raman\n  - Tomás Herrera').replace('email: priya.raman@lakeside.example', 'email: [priya.raman@lakeside.example, tomas.herrera@lakeside.example]');

describe('protocol: workflow requests', () => {
  let client: LspClient;
  let dir: string;
  let n = 0;
  const fresh = () => uriOf(join(dir, `wf-${++n}.thanks`));

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-workflow-'));
    client = await LspClient.start();
  });
  after(async () => {
    await client?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('thanks/render: headers, sanitised body, mail link and readiness of a clean note', async () => {
    const uri = fresh();
    await client.open(uri, CLEAN_NOTE);
    const r = await client.connection.sendRequest(RenderRequest, { textDocument: { uri }, sender: { senderEmail: 'morgan@ellis.example' } });
    assert.ok(r);
    assert.equal(r.subject, 'Thank you for the Product Designer interview');
    assert.deepEqual(r.to, [{ name: 'Priya Raman', address: 'priya.raman@lakeside.example' }]);
    assert.deepEqual(r.from, { name: 'Morgan Ellis', address: 'morgan@ellis.example' });
    assert.match(r.html, /^<p>Dear Priya,<\/p>/);
    assert.match(r.text, /^Dear Priya,\n\nThank you for meeting with me/);
    assert.match(r.mailto.url, /^mailto:priya\.raman@lakeside\.example\?subject=Thank%20you%20for%20the%20Product%20Designer%20interview&body=Dear%20Priya%2C%0D%0A/);
    assert.equal(r.mailto.tooLong, false);
    assert.equal(r.readiness.ready, true, JSON.stringify(r.readiness));
    assert.equal(r.readiness.errors + r.readiness.warnings, 0);
    assert.ok(r.readiness.words > 60 && r.readiness.words < 120, String(r.readiness.words));
    assert.equal(r.readiness.readingMinutes, 1);
    // interview 2026-11-24 14:00, now 2026-11-25 09:00: 5 hours left
    assert.equal(r.readiness.hoursLeft, 5);
    assert.equal(r.window, '5 h left in the 24-hour window');
  });

  it('thanks/readiness: the readiness thanks/render gives, of the version edited last', async () => {
    const uri = fresh();
    await client.open(uri, CLEAN_NOTE);
    for (const text of [CLEAN_NOTE, FIXABLE_NOTE, CLEAN_NOTE.replace('Thank you for meeting with me', 'Thank you so much for meeting with me')]) {
      if (text !== CLEAN_NOTE || client.version(uri) > 1) await client.replaceAll(uri, text);
      const ready = await client.connection.sendRequest(ReadinessRequest, { textDocument: { uri } });
      const render = await client.connection.sendRequest(RenderRequest, { textDocument: { uri } });
      assert.ok(ready && render);
      assert.equal(ready.version, client.version(uri));
      assert.deepEqual(ready, { uri: render.uri, version: render.version, readiness: render.readiness });
    }
    const unknown = await client.connection.sendRequest(ReadinessRequest, { textDocument: { uri: fresh() } });
    assert.equal(unknown, null);
  });

  it('thanks/render follows edits and counts the problems', async () => {
    const uri = fresh();
    await client.open(uri, CLEAN_NOTE);
    await client.replaceAll(uri, FIXABLE_NOTE);
    const r = await client.connection.sendRequest(RenderRequest, { textDocument: { uri } });
    assert.ok(r);
    assert.equal(r.version, client.version(uri));
    assert.equal(r.readiness.ready, false);
    assert.ok(r.readiness.errors >= 1, JSON.stringify(r.readiness));
    assert.match(r.text, /\[Interviewer Name\]/);
  });

  it('thanks/render answers null for a note the server does not have', async () => {
    assert.equal(await client.connection.sendRequest(RenderRequest, { textDocument: { uri: fresh() } }), null);
  });

  it('thanks/exportEml: an unsent multipart draft', async () => {
    const uri = fresh();
    await client.open(uri, CLEAN_NOTE);
    const r = await client.connection.sendRequest(ExportEmlRequest, { textDocument: { uri } });
    assert.ok(r);
    const mail = await simpleParser(r.eml);
    assert.equal(mail.headers.get('x-unsent'), '1');
    assert.equal(mail.subject, 'Thank you for the Product Designer interview');
    assert.equal(mail.date?.getTime(), new Date(2026, 10, 25, 9, 0).getTime());
    assert.match(mail.text ?? '', /Best regards,\nMorgan Ellis/);
    assert.match(String(mail.html), /<p>Best regards,<br>\s*Morgan Ellis<\/p>/);
  });

  it('thanks/splitPerInterviewer: one note per panel member, each addressed and with a TODO', async () => {
    const uri = fresh();
    await client.open(uri, PANEL);
    const r = await client.connection.sendRequest(SplitRequest, { textDocument: { uri } });
    assert.ok(r);
    assert.deepEqual(r.notes.map((x) => x.interviewer), ['Priya Raman', 'Tomás Herrera']);
    const [priya, tomas] = r.notes.map((x) => x.text);
    assert.match(priya, /^---\ninterviewer: Priya Raman\nrole: Product Designer\ncompany: Lakeside Mobility\nemail: priya\.raman@lakeside\.example\n/);
    assert.match(tomas, /^---\ninterviewer: Tomás Herrera\n[\s\S]*email: tomas\.herrera@lakeside\.example\n/);
    assert.match(tomas, /\nDear Tomás,\n/);
    assert.match(tomas, /TODO: add one detail from your conversation with Tomás\./);
    const single = fresh();
    await client.open(single, CLEAN_NOTE);
    assert.deepEqual(await client.connection.sendRequest(SplitRequest, { textDocument: { uri: single } }), { notes: [] });
  });

  it('offers the split as a quick fix on personalization/panel-greeting', async () => {
    const uri = fresh();
    const p = await client.open(uri, PANEL);
    const d = p.diagnostics.find((x) => x.code === 'personalization/panel-greeting');
    assert.ok(d, JSON.stringify(p.diagnostics.map((x) => x.code)));
    const actions = (await client.codeActions(uri, d.range, { diagnostics: [d], only: ['quickfix'] })) as (CodeAction | Command)[];
    const split = actions.find((a) => a.title === 'Split into one note per interviewer') as CodeAction | undefined;
    assert.ok(split, JSON.stringify(actions.map((a) => a.title)));
    assert.deepEqual(split.command, { title: 'Split into one note per interviewer', command: SPLIT_COMMAND, arguments: [uri] });
  });
});
