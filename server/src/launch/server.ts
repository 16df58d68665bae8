// server/out/server.js (`node server/out/server.js --stdio`): starts server/out/server.main.js from its
// code cache (./run). The heap flags are set first: V8 accepts a code cache only under the flags it was
// made with, and the server sets them for itself anyway (../heap).
import '../heap';
import { join } from 'node:path';
import { runBundle } from './run';

runBundle(join(__dirname, 'server.main.js'), module, require);
