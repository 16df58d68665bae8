// thanks-lint: the command-line linter (server/out/cli.js, the package's `thanks-lint` bin).
import { runLintCommand, serveLintLane } from './cli/lint-workers';

// Started again as a worker thread, the bundle lints its share of a large run (cli/lint-workers).
if (!serveLintLane()) {
  // `thanks-lint … | head` closes the pipe early: stop quietly instead of crashing.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  runLintCommand(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  }, __filename).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`thanks-lint: ${(e as Error)?.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
