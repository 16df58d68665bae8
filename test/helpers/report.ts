// Figures a test measures on the way (timings, sizes, counts): printed only with THANKS_TEST_VERBOSE=1,
// so `npm test` shows mocha's summary alone. Timing is measured with `npm run bench`, never asserted.
export const verbose = Boolean(process.env.THANKS_TEST_VERBOSE);

export function report(line: string): void {
  if (verbose) console.log(`      ${line}`);
}
