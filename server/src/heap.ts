// The language server's heap, set before anything else is loaded: it runs all day next to the editor,
// so it trades a little speed for memory. V8 grows the young generation to 2 × 16 MB as soon as a
// burst of analyses keeps objects alive for a moment (opening a workspace of notes), and sizes the old
// generation for throughput; both show as resident memory long after the burst. Set here, from inside
// the process, because the command that starts the server (`node server/out/server.js --stdio`) is a
// contract that carries no Node flags. Both flags are read by V8 at each collection.
import { setFlagsFromString } from 'node:v8';
import { HEAP_FLAGS } from './heap-flags';

export { HEAP_FLAGS };

for (const flag of HEAP_FLAGS) setFlagsFromString(flag);
