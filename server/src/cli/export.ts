// `thanks export --format text|html|eml NOTE [-o FILE]`: the note as the email it becomes.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseNote } from '../core/document/parse';
import { clockFrom, now } from '../core/lint/engine';
import { emailOf } from '../core/compose/email/message';
import { composeEml } from '../core/compose/email/eml';
import type { Io } from './lint';
import { readNoteFile } from './files';

export const EXPORT_USAGE = `Usage: thanks export [options] <note.thanks>

Prints (or writes) a note as the email it becomes.

Options:
  --format text|html|eml   plain text body, sanitised HTML body, or an unsent .eml draft (default: text)
  -o, --output <file>      write to a file instead of standard output
  --from-name <name>       sender name when the note has no \`candidate\` (also THANKS_CANDIDATE_NAME)
  --from-email <address>   sender address for the .eml From: line (also THANKS_SENDER_EMAIL)
  --now <date-time>        the .eml Date:, e.g. 2026-11-25T09:00 (also THANKS_NOW)
  -h, --help               show this help

Exit status: 0 written, 2 bad usage or unreadable note.`;

export async function runExport(argv: string[], io: Io): Promise<number> {
  let format = 'text';
  let output: string | undefined;
  let nowArg: string | undefined;
  let fromName = io.env.THANKS_CANDIDATE_NAME;
  let fromEmail = io.env.THANKS_SENDER_EMAIL;
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i];
    if (a === '--format' || a === '-f') format = value() ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '-o' || a === '--output') output = value();
    else if (a.startsWith('--output=')) output = a.slice(9);
    else if (a === '--now') nowArg = value();
    else if (a.startsWith('--now=')) nowArg = a.slice(6);
    else if (a === '--from-name') fromName = value();
    else if (a === '--from-email') fromEmail = value();
    else if (a === '-h' || a === '--help') {
      io.out(EXPORT_USAGE + '\n');
      return 0;
    } else if (a.startsWith('-') && a !== '-') {
      io.err(`thanks export: unknown option ${a}\n${EXPORT_USAGE}\n`);
      return 2;
    } else operands.push(a);
  }
  if (!['text', 'html', 'eml'].includes(format)) {
    io.err(`thanks export: --format must be text, html or eml, not "${format}"\n`);
    return 2;
  }
  if (output === '' || (output === undefined && argv.some((a) => a === '-o' || a === '--output'))) {
    io.err('thanks export: -o needs a file name\n');
    return 2;
  }
  if (operands.length !== 1) {
    io.err(`thanks export: give exactly one note${operands.length ? ` (got ${operands.length})` : ''}\n${EXPORT_USAGE}\n`);
    return 2;
  }
  const clockText = nowArg ?? io.env.THANKS_NOW;
  const clock = clockText ? clockFrom(clockText) : now();
  if (!clock) {
    io.err(`thanks export: the clock must be an ISO date-time such as 2026-11-25T09:00, not "${clockText}"\n`);
    return 2;
  }
  const file = operands[0];
  let text: string;
  try {
    text = readNoteFile(resolve(io.cwd, file));
  } catch (e) {
    io.err(`thanks export: ${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return 2;
  }
  const email = emailOf(parseNote(text), { candidateName: fromName, senderEmail: fromEmail });
  let content: string;
  if (format === 'text') content = email.text;
  else if (format === 'html') content = email.html + '\n';
  else content = (await composeEml(email, { date: clock })).toString('utf8');
  if (output) {
    try {
      writeFileSync(resolve(io.cwd, output), content);
    } catch (e) {
      io.err(`thanks export: cannot write ${output} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      return 2;
    }
  } else io.out(content);
  return 0;
}
