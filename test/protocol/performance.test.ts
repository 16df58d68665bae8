// The server's start-up shortcuts, over the wire: the spelling dictionary loads off the hot path
// (notes are re-checked once it is ready, without an edit), and the writing workflow's requests
// are served although their module is loaded only on first use.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { LspClient, textIn, uriOf } from '../helpers/lsp-client';
import { CLEAN_NOTE } from '../helpers/protocol-notes';
import { RenderRequest } from '../../server/src/protocol';

describe('protocol: performance shortcuts', () => {
  let client: LspClient;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thanks-perf-'));
    client = await LspClient.start();
  });
  after(async () => {
    await client?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a misspelling opened right after start-up is reported without any edit', async () => {
    const uri = uriOf(join(dir, 'typo.thanks'));
    const text = CLEAN_NOTE.replace('I appreciated how openly', 'I apreciated how openly');
    assert.notEqual(text, CLEAN_NOTE);
    const spelled = client.nextDiagnostics(uri, { version: 1, where: (p) => p.diagnostics.some((d) => d.code === 'proofreading/spelling'), timeout: 15000 });
    await client.open(uri, text);
    const p = await spelled;
    const d = p.diagnostics.find((x) => x.code === 'proofreading/spelling')!;
    assert.equal(textIn(text, d.range), 'apreciated');
  });

  it('answers an unknown request with MethodNotFound, and the workflow requests still work after it', async () => {
    await assert.rejects(client.connection.sendRequest('thanks/noSuchRequest', {}), (e: unknown) => e instanceof ResponseError && e.code === -32601);
    const uri = uriOf(join(dir, 'clean.thanks'));
    await client.open(uri, CLEAN_NOTE);
    const r = await client.connection.sendRequest(RenderRequest, { textDocument: { uri } });
    assert.ok(r && r.subject.length > 0, 'render answers after the lazy load');
  });
});
