// Entry point of the language server: `node server/out/server.js --stdio` (or --node-ipc).
import { startServer } from './lsp/server';

process.on('uncaughtException', (e) => {
  // Keep serving: one bad request must not take the editor's diagnostics down with it.
  process.stderr.write(`thanks: uncaught exception: ${e?.stack ?? e}\n`);
});

startServer();
