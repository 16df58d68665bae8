// Runs `fn` after `ms` milliseconds, or on the next turn of the event loop when there is nothing to
// wait for (a zero timeout is a millisecond in Node: a lone keystroke's analysis should not pay it).
// Returns what cancels it.
export function later(fn: () => void, ms: number): () => void {
  if (ms > 0) {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  }
  const immediate = setImmediate(fn);
  return () => clearImmediate(immediate);
}
