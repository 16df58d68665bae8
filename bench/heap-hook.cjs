// Preloaded into a server (`node --expose-gc -r bench/heap-hook.cjs server.js --stdio`, by the bench
// and test/protocol/memory.test.ts): on SIGUSR2 it collects garbage twice and writes
// process.memoryUsage() as JSON to BENCH_HEAP_OUT (whole: written beside it, then renamed), so the
// heap is read after GC without any request of its own in the server.
const { renameSync, writeFileSync } = require('node:fs');

process.on('SIGUSR2', () => {
  globalThis.gc?.();
  globalThis.gc?.();
  const out = process.env.BENCH_HEAP_OUT;
  writeFileSync(`${out}.tmp`, JSON.stringify(process.memoryUsage()));
  renameSync(`${out}.tmp`, out);
});
