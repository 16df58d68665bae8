// The process around a command-line entry point (thanks-lint, thanks): the command gets stdout and
// stderr as its io and its exit code becomes the process's; `… | head` closing the pipe early ends it
// quietly; an unexpected exception is exit 2 with its stack, never a hang.
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
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`${name}: ${(e as Error)?.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
