// Entry point of the language server: `node server/out/server.js --stdio` (or --node-ipc).
import './heap';
import { format } from 'node:util';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';
import { FramingGuard } from './lsp/framing';

process.on('uncaughtException', (e) => {
  // Keep serving: one bad request must not take the editor's diagnostics down with it.
  process.stderr.write(`thanks: uncaught exception: ${e?.stack ?? e}\n`);
});

if (process.argv.includes('--stdio')) {
  // Over stdio the framing is checked first: a malformed header ends the server (status 1), so the
  // client restarts it, instead of leaving it alive and deaf.
  const guard = new FramingGuard((reason) => {
    process.stderr.write(`thanks: malformed LSP message framing (${reason}); exiting so the client can restart the server.\n`);
    process.exit(1);
  });
  process.stdin.pipe(guard);
  // stdout carries the protocol: anything printed goes to stderr (the editor's output channel).
  for (const k of ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const) console[k] = (...args: unknown[]) => void process.stderr.write(format(...args) + '\n');
  startServer(createConnection(ProposedFeatures.all, guard, process.stdout));
} else startServer();
