// The server's life over stdio: initialize capabilities, and shutdown/exit exit codes.
import assert from 'node:assert/strict';
import { TextDocumentSyncKind, type TextDocumentSyncOptions, type CodeActionOptions } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../helpers/lsp-client';

describe('protocol: lifecycle', function () {
  this.timeout(60000);
  const clients: LspClient[] = [];
  const start = async () => {
    const c = await LspClient.start();
    clients.push(c);
    return c;
  };
  after(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
  });

  it('announces incremental sync, hover, code actions with source.fixAll.thanks, and completion', async () => {
    const c = await start();
    const caps = c.initializeResult.capabilities;
    const sync = caps.textDocumentSync as TextDocumentSyncOptions;
    assert.equal(typeof sync, 'object');
    assert.equal(sync.openClose, true);
    assert.equal(sync.change, TextDocumentSyncKind.Incremental);
    assert.equal(caps.hoverProvider, true);
    const ca = caps.codeActionProvider as CodeActionOptions;
    assert.ok(ca && typeof ca === 'object', 'codeActionProvider should list its kinds');
    assert.ok(ca.codeActionKinds?.includes('quickfix'), JSON.stringify(ca));
    assert.ok(ca.codeActionKinds?.includes('source.fixAll.thanks'), JSON.stringify(ca));
    assert.ok(caps.completionProvider, 'completionProvider');
    assert.equal(c.initializeResult.serverInfo?.name, 'thanks');
  });

  it('shutdown then exit ends the process with code 0', async () => {
    const c = await start();
    const code = await c.shutdown();
    assert.equal(code, 0);
    assert.equal(c.exited?.signal, null);
  });

  it('exit without shutdown ends the process with code 1 (LSP 3.17)', async () => {
    const c = await start();
    const { ExitNotification } = await import('vscode-languageserver-protocol/node');
    await c.connection.sendNotification(ExitNotification.type);
    const e = await c.exit;
    assert.equal(e.code, 1);
  });
});
