// The server's start-up shortcuts, over the wire: spelling is in the first publish of a note opened
// right after start-up (the packed dictionary loads in a few ms), one publish per version, and the
// writing workflow's requests are served although their module is loaded only on first use.
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

  it('a misspelling opened right after start-up is in the first publish, and each version is published once', async () => {
    const uri = uriOf(join(dir, 'typo.thanks'));
    const text = CLEAN_NOTE.replace('I appreciated how openly', 'I apreciated how openly');
    assert.notEqual(text, CLEAN_NOTE);
    const first = await client.open(uri, text);
    const d = first.diagnostics.find((x) => x.code === 'proofreading/spelling');
    assert.ok(d, `no spelling finding in the first publish: ${JSON.stringify(first.diagnostics.map((x) => x.code))}`);
    assert.equal(textIn(text, d.range), 'apreciated');
    // the workspace scan re-checks open notes when it ends: it must not publish the same version again
    await client.connection.sendRequest('thanks/notes', {});
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    const v1 = client.publishedFor(uri).filter((p) => p.version === 1);
    assert.equal(v1.length, 1, `version 1 published ${v1.length} times`);
  });

  it('answers an unknown request with MethodNotFound, and the workflow requests still work after it', async () => {
    await assert.rejects(client.connection.sendRequest('thanks/noSuchRequest', {}), (e: unknown) => e instanceof ResponseError && e.code === -32601);
    const uri = uriOf(join(dir, 'clean.thanks'));
    await client.open(uri, CLEAN_NOTE);
    const r = await client.connection.sendRequest(RenderRequest, { textDocument: { uri } });
    assert.ok(r && r.subject.length > 0, 'render answers after the lazy load');
  });
});
