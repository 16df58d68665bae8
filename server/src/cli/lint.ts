// `thanks-lint` / `thanks lint`: the core alone, on files, folders and globs.
import { resolve } from 'node:path';
import { checkNote, lintOptionsFor } from '../core/lint/check';
import { fixAll } from '../core/lint/fixes';
import { WorkspaceConfigCache } from '../core/lint/workspace';
import { buildLineIndex } from '../core/document/lines';
import { dropCaches } from '../core/document/caches';
import type { Diagnostic } from '../core/rules/types';
import { expandOperands, readNoteFile } from './files';
import { readNotes, type ReadNote } from './notes';
import type { NoteRecord } from '../core/workspace/record';
import { describeFileError, writeTextFile, type TextFile } from '../core/files/note-file';
import { clockOf, parse, type Io } from './args';

export type { Io };

export const LINT_USAGE = `Usage: thanks-lint [options] <file|folder|glob>...

Lints post-interview thank-you notes (.thanks files).

Options:
  --format text|json   output format (default: text)
  --now <date-time>    pin the clock, e.g. 2026-11-25T09:00 (also THANKS_NOW)
  --fix                write safe fixes back to the files, then report what is left
  --quiet              report errors and warnings only
  --no-color           plain text output (also NO_COLOR)
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 no errors or warnings, 1 errors or warnings found, 2 bad usage or unreadable file.`;

interface Position {
  line: number;
  character: number;
}

/** UTF-16 offset -> LSP position (the same units the server publishes). */
function positionOf(lineStarts: number[], lineOf: (o: number) => number, offset: number): Position {
  const line = lineOf(offset);
  return { line, character: offset - lineStarts[line] };
}

/** What a run of thanks-lint was asked to do, once its arguments are read. */
export interface LintPlan {
  files: string[];
  rootOf: Map<string, string>;
  format: 'text' | 'json';
  fix: boolean;
  quiet: boolean;
  color: boolean;
  clock: Date;
  /** 2 when an operand matched nothing. */
  status: number;
}

/** Reads the arguments: the plan, or the exit status when there is nothing to lint (help, bad usage). */
export function planLint(argv: string[], io: Io): LintPlan | number {
  const args = parse(argv, {
    format: { type: 'string', short: 'f', default: 'text' },
    now: { type: 'string' },
    fix: { type: 'boolean' },
    quiet: { type: 'boolean' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
  if ('error' in args) {
    io.err(`thanks-lint: ${args.error}\n${LINT_USAGE}\n`);
    return 2;
  }
  const { values, operands } = args;
  if (values.help) {
    io.out(LINT_USAGE + '\n');
    return 0;
  }
  if (values.version) {
    io.out('0.1.0\n');
    return 0;
  }
  const format = values.format as string;
  const fix = Boolean(values.fix);
  const quiet = Boolean(values.quiet);
  const color = values['no-color'] ? false : values.color ? true : io.isTTY && !io.env.NO_COLOR;
  if (format !== 'text' && format !== 'json') {
    io.err(`thanks-lint: --format must be text or json, not "${format}"\n`);
    return 2;
  }
  const clock = clockOf(values.now as string | undefined, io.env);
  if ('error' in clock) {
    io.err(`thanks-lint: ${clock.error}\n`);
    return 2;
  }
  if (operands.length === 0) {
    io.err(`thanks-lint: no files given\n${LINT_USAGE}\n`);
    return 2;
  }
  const { files, missing, rootOf } = expandOperands(operands, io.cwd);
  let status = 0;
  for (const m of missing) {
    io.err(`thanks-lint: ${m}: no such file, folder or matching note\n`);
    status = 2;
  }
  return { files, rootOf, format, fix, quiet, color, clock, status };
}

/** What linting one note gives: its output (both streams, in order), its JSON entry and its counts. */
export interface NoteOutcome {
  writes: ['out' | 'err', string][];
  /** With --format json: the note's entry of the output array, as JSON.stringify(entries, null, 2) writes it
   *  (made in the lane that linted the note, so the threads share the work and pass a string). */
  json?: string;
  errors: number;
  warnings: number;
  infos: number;
  /** The note could not be read, or its fixes not written (exit status 2). */
  failed: boolean;
}

export interface NoteInput {
  file: string;
  /** The note as read and parsed when its interview's notes were filed, if it could be read then. */
  note?: ReadNote;
  peers: readonly NoteRecord[];
}

/** Lints one note of the plan (fixing it first with --fix). */
export function lintNote(plan: LintPlan, input: NoteInput, cwd: string, cache: WorkspaceConfigCache): NoteOutcome {
  const { file, note } = input;
  const outcome: NoteOutcome = { writes: [], errors: 0, warnings: 0, infos: 0, failed: false };
  const err = (s: string) => outcome.writes.push(['err', s]);
  const out = (s: string) => outcome.writes.push(['out', s]);
  const abs = resolve(cwd, file);
  let read: TextFile;
  try {
    read = note?.read ?? readNoteFile(abs);
  } catch (e) {
    err(`thanks-lint: ${file}: cannot read: ${describeFileError(e)}\n`);
    outcome.failed = true;
    return outcome;
  }
  let text = read.text;
  const folder = cache.forNote(abs);
  for (const p of folder.rc?.problems ?? []) err(`${p.file}:${p.line + 1}:${p.column + 1}: error config .thanksrc.json ${p.message} (defaults used)\n`);
  const onRuleError = (id: string, e: unknown) => err(`thanks-lint: rule ${id} failed on ${file}: ${(e as Error).message}\n`);
  if (plan.fix) {
    const fixed = fixAll(text, lintOptionsFor({ now: plan.clock, folder }));
    if (fixed.text !== text) {
      try {
        writeTextFile(abs, fixed.text, read.encoding, { expect: read.stamp, root: plan.rootOf.get(file) });
        text = fixed.text;
      } catch (e) {
        err(`thanks-lint: ${file}: fixes not written: ${describeFileError(e)}\n`);
        outcome.failed = true;
      }
    }
  }
  const checked = checkNote(text, { now: plan.clock, folder, onRuleError, peers: input.peers, parsed: note?.doc });
  // The parse stays filed by interview for the notes after this one; what the rules derived from it need not.
  dropCaches(checked.doc);
  let diagnostics: Diagnostic[] = checked.diagnostics;
  if (plan.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
  const index = buildLineIndex(text);
  const pos = (o: number) => positionOf(index.lineStarts, index.lineOf, o);
  for (const d of diagnostics) {
    if (d.severity === 'error') outcome.errors++;
    else if (d.severity === 'warning') outcome.warnings++;
    else outcome.infos++;
  }
  if (plan.format === 'json') {
    const entry = {
      file,
      diagnostics: diagnostics.map((d) => ({
        range: { start: pos(d.start), end: pos(d.end) },
        severity: d.severity,
        code: d.ruleId,
        category: d.category,
        message: d.message,
      })),
    };
    outcome.json = JSON.stringify(entry, null, 2).replace(/\n/g, '\n  ');
  }
  if (plan.format === 'text' && diagnostics.length) {
    const paint = (code: string, s: string) => (plan.color ? `\u001b[${code}m${s}\u001b[0m` : s);
    out(paint('4', file) + '\n');
    for (const d of diagnostics) {
      const p = pos(d.start);
      const sev = d.severity === 'error' ? paint('31', 'error') : d.severity === 'warning' ? paint('33', 'warning') : paint('36', d.severity === 'hint' ? 'hint' : 'info');
      out(`${file}:${p.line + 1}:${p.character + 1}: ${sev} ${d.message} ${paint('2', d.ruleId)}\n`);
    }
    out('\n');
  }
  return outcome;
}

/** Writes the notes' outcomes in the order of the plan's files, then the JSON or the summary; the exit status. */
export function finishLint(plan: LintPlan, outcomes: Iterable<NoteOutcome>, io: Io): number {
  const entries: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let status = plan.status;
  for (const o of outcomes) {
    for (const [stream, s] of o.writes) io[stream](s);
    if (o.json !== undefined) entries.push(o.json);
    errors += o.errors;
    warnings += o.warnings;
    infos += o.infos;
    if (o.failed) status = 2;
  }
  const { files, quiet, color } = plan;
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  // what JSON.stringify(results, null, 2) writes, from the entries as the lanes wrote them
  if (plan.format === 'json') io.out((entries.length ? `[\n  ${entries.join(',\n  ')}\n]` : '[]') + '\n');
  else {
    const summary = `${files.length} ${files.length === 1 ? 'note' : 'notes'}: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}${quiet ? '' : `, ${infos} ${infos === 1 ? 'suggestion' : 'suggestions'}`}`;
    // A run that could not read a note (or write its fixes) is not a clean one.
    io.out((errors + warnings === 0 && status !== 2 && files.length > 0 ? paint('32', '✓ ') : '') + summary + '\n');
  }
  if (status === 2) return 2;
  return errors + warnings > 0 ? 1 : 0;
}

export function runLint(argv: string[], io: Io): number {
  const plan = planLint(argv, io);
  return typeof plan === 'number' ? plan : lintOnOneLane(plan, io);
}

/** The notes linted one after the other; each note's output is written as soon as it is linted. */
export function lintOnOneLane(plan: LintPlan, io: Io): number {
  return finishLint(plan, lintInOrder(plan, io), io);
}

function* lintInOrder(plan: LintPlan, io: Io): Generator<NoteOutcome> {
  const cache = new WorkspaceConfigCache();
  // The notes given, by interview: the cross-note rules compare each note with the others of its interview.
  // Each note is read and parsed once: the lint reuses the text, the parse and the file's stamp.
  const { notes, index } = readNotes(plan.files, io.cwd, () => undefined);
  const noteOf = new Map(notes.map((n) => [n.file, n]));
  for (const file of plan.files) {
    const note = noteOf.get(file);
    noteOf.delete(file);
    yield lintNote(plan, { file, note, peers: index.peersOf(resolve(io.cwd, file)) }, io.cwd, cache);
  }
}
