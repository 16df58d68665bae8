// The process around a command-line entry point (thanks-lint, thanks): the command gets stdout and
// stderr as its io and its exit code becomes the process's; `… | head` closing the pipe early ends it
// quietly; an unexpected exception is exit 2 with its stack, never a hang. The process exits once the
// command's output is written.
import type { Io } from './args';

export function runAsProcess(name: string, run: (argv: string[], io: Io, script: string) => Promise<number>, script: string): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const io: Io = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  };
  run(process.argv.slice(2), io, script).then(
    (code) => exitWhenWritten(code),
    (e) => {
      process.stderr.write(`${name}: ${(e as Error)?.stack ?? e}\n`);
      exitWhenWritten(2);
    },
  );
}

/**
 * Exits as soon as everything written to stdout and stderr has been handed to the system (a write's
 * callback comes after every write before it). Left to end by itself, the process lived on for V8's
 * own garbage-collection tasks, 10–40 ms after the output of one note had been written.
 */
function exitWhenWritten(code: number): void {
  process.exitCode = code;
  let open = 2;
  const written = () => {
    if (--open === 0) process.exit(code);
  };
  process.stdout.write('', written);
  process.stderr.write('', written);
}
