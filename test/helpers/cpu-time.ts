// Hang guards measure this process's CPU time, not the wall clock: on a shared, loaded machine the
// wall clock says how busy the neighbours are, while CPU time says how much work the code did.
// (Speed itself is measured by `npm run bench`, never asserted.)

/** Milliseconds of CPU (user + system) this process has used so far. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
