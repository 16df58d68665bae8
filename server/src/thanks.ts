// thanks: `thanks lint …` (the same as thanks-lint), `thanks export …` and `thanks status …` (server/out/thanks.js).
import { runLint, type Io } from './cli/lint';
import { runExport } from './cli/export';
import { runStatus } from './cli/status';

export const USAGE = `Usage: thanks <command> [options]

Commands:
  lint     lint notes (the same as thanks-lint; see thanks lint --help)
  export   print or write a note as text, HTML or an .eml draft (see thanks export --help)
  status   every note of a folder by interview: state, time left, follow-up due (see thanks status --help)`;

export async function runThanks(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'lint') return runLint(rest, io);
  if (command === 'export') return runExport(rest, io);
  if (command === 'status') return runStatus(rest, io);
  if (command === '-h' || command === '--help') {
    io.out(USAGE + '\n');
    return 0;
  }
  io.err((command ? `thanks: unknown command "${command}"\n` : '') + USAGE + '\n');
  return 2;
}

if (require.main === module) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  runThanks(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  }).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`thanks: ${(e as Error)?.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
