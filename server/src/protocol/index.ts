// The protocol between the VS Code client and the server: custom requests, their types, the client
// commands the server's code actions run, and the texts both sides show. Declared once, imported by
// both; it imports nothing of either (checked by npm run check:architecture).
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

/** A sender or recipient: "Dana Whitfield <dana@x.example>". */
export interface Mailbox {
  name?: string;
  address?: string;
}

/** How ready a note is to send. */
export interface Readiness {
  errors: number;
  warnings: number;
  infos: number;
  words: number;
  /** Whole minutes at 200 words a minute, at least 1 for a non-empty note. */
  readingMinutes: number;
  /** Hours left in the 24-hour window after the interview; negative when past; undefined without a date. */
  hoursLeft?: number;
  /** No errors or warnings. */
  ready: boolean;
  /** The note's `sent:` value as written, once it went out. */
  sent?: string;
}

/** The writer's defaults that templates and new notes use (VS Code settings `thanks.*`). */
export interface TemplateSettings {
  candidateName?: string;
  signature?: string;
  defaultSignOff?: string;
}

export interface SenderSettings {
  /** setting thanks.candidateName: used when the note has no `candidate` key */
  candidateName?: string;
  /** setting thanks.fromEmail (formerly thanks.senderEmail) */
  senderEmail?: string;
}

export interface NoteParams {
  textDocument: { uri: string };
  sender?: SenderSettings;
}

export interface RenderResult {
  uri: string;
  version: number;
  subject: string;
  to: Mailbox[];
  from?: Mailbox;
  /** Sanitised HTML of the body. */
  html: string;
  /** Plain text of the body. */
  text: string;
  mailto: { url: string; length: number; tooLong: boolean };
  readiness: Readiness;
  /** "5 h left in the 24-hour window", when the note has an interview date. */
  window?: string;
}

/** The note rendered as the email the interviewer receives, with its readiness. Null for an unknown document. */
export const RenderRequest = new RequestType<NoteParams, RenderResult | null, void>('thanks/render');

export interface ReadinessResult {
  uri: string;
  version: number;
  readiness: Readiness;
}

/** The note's readiness alone, as thanks/render gives it, without rendering the email's HTML (the status
 *  bar asks after every pause in typing). Null for an unknown document. */
export const ReadinessRequest = new RequestType<NoteParams, ReadinessResult | null, void>('thanks/readiness');

export interface ExportEmlResult {
  /** The draft (RFC 5322, 7-bit clean). */
  eml: string;
}

export const ExportEmlRequest = new RequestType<NoteParams, ExportEmlResult | null, void>('thanks/exportEml');

export interface SplitResult {
  notes: { interviewer: string; text: string }[];
}

/** One note per interviewer for a panel note; empty when the note has fewer than two interviewers. */
export const SplitRequest = new RequestType<NoteParams, SplitResult | null, void>('thanks/splitPerInterviewer');

/** The client command the `personalization/panel-greeting` quick fix runs (arguments: [uri]). */
export const SPLIT_COMMAND = 'thanks.splitPerInterviewer';

export interface PrefillTemplateParams {
  /** The note the template goes into (its front matter fills the slots). */
  noteText: string;
  /** The snippet body. */
  body: string;
  settings: TemplateSettings;
}

export interface PrefillTemplateResult {
  body: string;
  /** The note has no body yet: the letter goes after the front matter. */
  bodyEmpty: boolean;
}

/** A letter template with what the front matter knows filled in. */
export const PrefillTemplateRequest = new RequestType<PrefillTemplateParams, PrefillTemplateResult, void>('thanks/prefillTemplate');

/** What New Thank-You Note asks; the server writes the front matter from it. */
export interface NewNoteAnswers {
  interviewers: string[];
  role: string;
  company?: string;
  email?: string[];
  /** "YYYY-MM-DD HH:MM". */
  interviewDate?: string;
  topics?: string[];
  /** A template prefix, e.g. "thanks-first-interview". */
  situation: string;
}

export interface NewNoteParams {
  answers: NewNoteAnswers;
  /** The candidate's name (setting thanks.candidateName), when known. */
  candidate?: string;
}

export interface NewNoteResult {
  /** The front-matter block, fences included, ending with a line break. */
  frontMatter: string;
}

/** The front matter of a new note, written by the server's one front-matter writer. */
export const NewNoteRequest = new RequestType<NewNoteParams, NewNoteResult, void>('thanks/newNote');

/** The server command of the spelling quick fix "Add to dictionary" (arguments: [uri, word]). */
export const ADD_WORD_COMMAND = 'thanks.addToDictionary';

/**
 * The server command that switches a rule off for the workspace (arguments: [uri, ruleId]): it writes
 * `"rules": { "<ruleId>": "off" }` into the .thanksrc.json that governs the note (the nearest one, or a
 * new one at the workspace root), which the CLI and every editor read too. Returns DisableInWorkspaceResult.
 */
export const DISABLE_IN_WORKSPACE_COMMAND = 'thanks.disableRuleInWorkspace';

export interface DisableInWorkspaceResult {
  /** The .thanksrc.json written. */
  file: string;
}

/** A plain LSP text edit (UTF-16 positions). */
export interface WireTextEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

/**
 * The client command of the one "Disable <rule>…" quick fix (arguments: [DisableRuleArgs]): it asks
 * where — this line, this note or this workspace — and applies that. The server offers it only to a
 * client that announces it (initializationOptions.clientCommands); other editors get the plain actions.
 */
export const DISABLE_RULE_COMMAND = 'thanks.disableRule';

export type DisableScope = 'line' | 'note' | 'workspace';

export interface DisableRuleArgs {
  uri: string;
  ruleId: string;
  /** The directive edits; `line` is absent where a comment cannot go (a fence line). */
  edits: { line?: WireTextEdit; note: WireTextEdit };
}

/** What the VS Code client sends as initializationOptions. */
export interface ThanksInitializationOptions {
  extensionPath?: string;
  workspaceTrusted?: boolean;
  /** Client commands the server's code actions may use (e.g. DISABLE_RULE_COMMAND). */
  clientCommands?: string[];
}

/** "1 error", "2 errors": a count with its noun (the client's texts; the core has its own for messages). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "23 h left in the 24-hour window", "24-hour window passed 5 h ago"; undefined without an interview date. */
export function describeWindow(hoursLeft: number | undefined): string | undefined {
  if (hoursLeft === undefined) return undefined;
  if (hoursLeft >= 1) return `${Math.floor(hoursLeft)} h left in the 24-hour window`;
  if (hoursLeft > 0) return `${Math.max(1, Math.round(hoursLeft * 60))} min left in the 24-hour window`;
  const past = -hoursLeft;
  return past < 48 ? `24-hour window passed ${Math.max(1, Math.floor(past))} h ago` : `24-hour window passed ${Math.floor(past / 24)} days ago`;
}

/** The short form of the window for the status bar: "6 h left", "15 min left", "window passed". */
export function shortWindow(hoursLeft: number | undefined): string | undefined {
  if (hoursLeft === undefined) return undefined;
  if (hoursLeft >= 1) return `${Math.floor(hoursLeft)} h left`;
  if (hoursLeft > 0) return `${Math.max(1, Math.round(hoursLeft * 60))} min left`;
  return 'window passed';
}

/** A note's place in the job search, as the notes view shows it. */
export type NoteState = 'needs-work' | 'ready' | 'sent' | 'overdue';

export interface NoteSummary {
  uri: string;
  /** The file name. */
  label: string;
  interviewers: string[];
  company?: string;
  role?: string;
  type: 'thank-you' | 'follow-up';
  state: NoteState;
  errors: number;
  warnings: number;
  /** Hours left in the 24-hour window (negative when past), for an unsent thank-you with an interview date. */
  hoursLeft?: number;
  /** ISO date-time the note was sent. */
  sent?: string;
  /** ISO date-time from which the next follow-up may go out. */
  followUpDue?: string;
}

/** The notes of one interview (company and day), or one note without either. */
export interface InterviewSummary {
  title: string;
  company?: string;
  /** YYYY-MM-DD */
  day?: string;
  notes: NoteSummary[];
}

export interface NotesResult {
  groups: InterviewSummary[];
  /** The workspace folders have been read (until then only open notes are known). */
  complete: boolean;
}

/** Every note of the workspace by interview, with its state, time left and follow-up due. */
export const NotesRequest = new RequestType<Record<string, never>, NotesResult, void>('thanks/notes');

/** The server's overview changed (a note was edited, saved, created or deleted): ask again. */
export const NotesChangedNotification = new NotificationType<Record<string, never>>('thanks/notesChanged');

export interface MarkSentParams {
  textDocument: { uri: string };
  /** When it was sent (ISO); default now. */
  at?: string;
}

export interface MarkSentResult {
  /** The edit that writes `sent:` into the front matter (LSP range), when it can be made safely. */
  edit?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
  /** The value written: "2026-11-25 09:30". */
  value?: string;
  /** Why the note cannot be marked (no front matter, a YAML error, an unknown note). */
  problem?: string;
  /** Errors the note still has (the client asks before marking such a note as sent). */
  errors: number;
}

/** The edit that marks a note as sent, written by the server's one front-matter writer. */
export const MarkSentRequest = new RequestType<MarkSentParams, MarkSentResult, void>('thanks/markSent');

/** A file-name slug is at most this long: with the folder's own name part and `-2.thanks`, a new
 *  note's file name stays under the 255-byte limit of common file systems. */
export const MAX_SLUG = 60;
const MAX_FILE_NAME_BYTES = 255;

/** "Dr. Zoë O'Brien" -> "dr-zoe-o-brien" (ASCII letters and digits, at most MAX_SLUG long). */
export function fileSlug(s: string, fallback: string): string {
  const slug = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return slug.slice(0, MAX_SLUG).replace(/-+$/, '') || fallback;
}

/** `name` cut (at a character boundary) so that it and `reserve` more bytes fit in a file name. */
export function fitFileName(name: string, reserve: number): string {
  const max = MAX_FILE_NAME_BYTES - reserve;
  if (Buffer.byteLength(name, 'utf8') <= max) return name;
  let out = '';
  for (const ch of name) {
    if (Buffer.byteLength(out + ch, 'utf8') > max) break;
    out += ch;
  }
  return out;
}
