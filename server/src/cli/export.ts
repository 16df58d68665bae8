// `thanks export --format text|html|eml NOTE [-o FILE]`: the note as the email it becomes.
import { resolve } from 'node:path';
import { parseNote } from '../core/document/parse';
import { emailOf } from '../core/compose/email/message';
import { composeEml } from '../core/compose/email/eml';
import { checkNote } from '../core/lint/check';
import { WorkspaceConfigCache } from '../core/lint/workspace';
import { buildLineIndex } from '../core/document/lines';
import { plural } from '../core/document/text';
import { clockOf, parse, type Io } from './args';
import { readNoteFile } from './files';
import { describeFileError, sameFile, writeTextFile } from '../core/files/note-file';

export const EXPORT_USAGE = `Usage: thanks export [options] <note.thanks>

Prints (or writes) a note as the email it becomes.

Options:
  --format text|html|eml   plain text body, sanitised HTML body, or an unsent .eml draft (default: text)
  -o, --output <file>      write to a file instead of standard output
  --from-name <name>       sender name when the note has no \`candidate\` (also THANKS_CANDIDATE_NAME)
  --from-email <address>   sender address for the .eml From: line (also THANKS_SENDER_EMAIL);
                           without one the draft has no From: and your mail program fills it in
  --force                  export even when the note has errors
  --now <date-time>        the .eml Date:, e.g. 2026-11-25T09:00 (also THANKS_NOW)
  -h, --help               show this help

Exit status: 0 written, 1 the note has errors (nothing written; see stderr), 2 bad usage or unreadable note.`;

export async function runExport(argv: string[], io: Io): Promise<number> {
  const args = parse(argv, {
    format: { type: 'string', short: 'f', default: 'text' },
    output: { type: 'string', short: 'o' },
    now: { type: 'string' },
    'from-name': { type: 'string' },
    'from-email': { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if ('error' in args) {
    io.err(`thanks export: ${args.error}\n${EXPORT_USAGE}\n`);
    return 2;
  }
  const { values, operands } = args;
  if (values.help) {
    io.out(EXPORT_USAGE + '\n');
    return 0;
  }
  const format = values.format as string;
  const output = values.output as string | undefined;
  const fromName = (values['from-name'] as string | undefined) ?? io.env.THANKS_CANDIDATE_NAME;
  const fromEmail = (values['from-email'] as string | undefined) ?? io.env.THANKS_SENDER_EMAIL;
  if (!['text', 'html', 'eml'].includes(format)) {
    io.err(`thanks export: --format must be text, html or eml, not "${format}"\n`);
    return 2;
  }
  if (output === '') {
    io.err('thanks export: -o needs a file name\n');
    return 2;
  }
  if (operands.length !== 1) {
    io.err(`thanks export: give exactly one note${operands.length ? ` (got ${operands.length})` : ''}\n${EXPORT_USAGE}\n`);
    return 2;
  }
  const clock = clockOf(values.now as string | undefined, io.env);
  if ('error' in clock) {
    io.err(`thanks export: ${clock.error}\n`);
    return 2;
  }
  const file = operands[0];
  if (output && sameFile(resolve(io.cwd, output), resolve(io.cwd, file))) {
    io.err(`thanks export: -o ${output} is the note being exported; choose another file (the note was left unchanged)\n`);
    return 2;
  }
  let text: string;
  try {
    text = readNoteFile(resolve(io.cwd, file)).text;
  } catch (e) {
    io.err(`thanks export: ${file}: cannot read: ${describeFileError(e)}\n`);
    return 2;
  }
  // A note with errors (the wrong name, a [Company] slot) is not handed off unless asked to.
  if (!values.force) {
    const errors = checkNote(text, { now: clock, folder: new WorkspaceConfigCache().forNote(resolve(io.cwd, file)) }).diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) {
      const index = buildLineIndex(text);
      const where = (o: number) => {
        const line = index.lineOf(o);
        return `${line + 1}:${o - index.lineStarts[line] + 1}`;
      };
      io.err(`thanks export: ${file} has ${plural(errors.length, 'error')}; nothing was exported. Fix ${errors.length === 1 ? 'it' : 'them'} (thanks lint ${file}), or pass --force to export anyway.
`);
      for (const d of errors) io.err(`  ${file}:${where(d.start)}: ${d.message} ${d.ruleId}
`);
      return 1;
    }
  }
  const email = emailOf(parseNote(text), { candidateName: fromName, senderEmail: fromEmail });
  let content: string;
  if (format === 'text') content = email.text;
  else if (format === 'html') content = email.html + '\n';
  else content = (await composeEml(email, { date: clock })).toString('utf8');
  if (output) {
    try {
      writeTextFile(resolve(io.cwd, output), content);
    } catch (e) {
      io.err(`thanks export: cannot write ${output}: ${describeFileError(e)}\n`);
      return 2;
    }
  } else io.out(content);
  return 0;
}
