// thanks-lint: the command-line linter (server/out/cli.js, the package's `thanks-lint` bin).
import { runLint } from './cli/lint';

const code = runLint(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
});
process.exitCode = code;

// `thanks-lint … | head` closes the pipe early: stop quietly instead of crashing.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
