// Preloaded into a bench server (`node --expose-gc -r bench/heap-hook.cjs server.js --stdio`): on
// SIGUSR2 it collects garbage twice and writes process.memoryUsage() as JSON to BENCH_HEAP_OUT, so
// the bench reads the heap after GC without any request of its own in the server.
const { writeFileSync } = require('node:fs');

process.on('SIGUSR2', () => {
  globalThis.gc?.();
  globalThis.gc?.();
  writeFileSync(process.env.BENCH_HEAP_OUT, JSON.stringify(process.memoryUsage()));
});
