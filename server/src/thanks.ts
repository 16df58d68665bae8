// thanks: `thanks lint …` (the same as thanks-lint), `thanks export …` and `thanks status …` (server/out/thanks.js).
import type { Io } from './cli/lint';
import { runLintCommand, serveLintLane } from './cli/lint-workers';
import { runExport } from './cli/export';
import { runStatus } from './cli/status';
import { runAsProcess } from './cli/process';

export const USAGE = `Usage: thanks <command> [options]

Commands:
  lint     lint notes (the same as thanks-lint; see thanks lint --help)
  export   print or write a note as text, HTML or an .eml draft (see thanks export --help)
  status   every note of a folder by interview: state, time left, follow-up due (see thanks status --help)`;

/** `script`: the running bundle, which `thanks lint` may start again as worker threads for many notes. */
export async function runThanks(argv: string[], io: Io, script?: string): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'lint') return runLintCommand(rest, io, script);
  if (command === 'export') return runExport(rest, io);
  if (command === 'status') return runStatus(rest, io);
  if (command === '-h' || command === '--help') {
    io.out(USAGE + '\n');
    return 0;
  }
  io.err((command ? `thanks: unknown command "${command}"\n` : '') + USAGE + '\n');
  return 2;
}

// Started again as a worker thread, the bundle lints its share of a large `thanks lint` (cli/lint-workers).
if (!serveLintLane() && require.main === module) runAsProcess('thanks', runThanks, __filename);
