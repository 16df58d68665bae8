// The one front-matter schema: every key a note may carry, its type, whether it is required, its
// documentation and its aliases. The parser types values by it; the frontmatter rules, hover,
// completion, the generated docs and the front-matter writer all read it. Adding a key is one entry
// here (and, for a new kind of value, one line in KindValue and the parser's `typed`).
import type { Span } from '../span';
import type { InterviewDate } from './dates';
import { editDistance } from '../text';

/** What a key's value is, once read. */
export type ValueKind =
  /** one name, or a list of names */
  | 'names'
  /** one line of text */
  | 'text'
  /** one address, or a list */
  | 'addresses'
  /** one short phrase, or a list */
  | 'phrases'
  /** YYYY-MM-DD, optionally HH:MM and a zone */
  | 'datetime'
  /** YYYY-MM-DD (a time, if written, is read but only the day counts) */
  | 'date'
  /** one of the words the key's `choices` name */
  | 'choice';

export type Presence = 'required' | 'recommended' | 'optional';

export interface KeySpec {
  /** As written in the note: lower case, snake_case. */
  readonly key: string;
  /** The typed field of FrontMatter that holds the value. */
  readonly field: string;
  readonly kind: ValueKind;
  readonly presence: Presence;
  /** The type in a few words, for hover and docs: "a name, or a list of names for a panel". */
  readonly type: string;
  /** What the value must be, for the value-type message: "`role` should be text, not a list". */
  readonly expected: string;
  /** What it is for, for hover, completion and docs. */
  readonly doc: string;
  /** Completion snippet (VS Code snippet syntax). */
  readonly snippet: string;
  /** Other names people write for this key ("position" for role); unknown-key suggests the key. */
  readonly aliases: readonly string[];
  /** For a recommended key: what Thanks can check once it is there ("the right employer name"). */
  readonly enables?: string;
  /** For a `choice` key: the words it accepts, the first being what a missing key means. */
  readonly choices?: readonly string[];
}

export const FRONT_MATTER_KEYS = [
  {
    key: 'interviewer',
    field: 'interviewers',
    kind: 'names',
    presence: 'required',
    type: 'a name, or a list of names for a panel',
    expected: 'a name or a list of names',
    doc: 'Who interviewed you, spelled exactly as they spell it. The greeting is checked against it; with several names, the note should greet everyone (or be split into one note each).',
    snippet: 'interviewer: ${1:Dana Whitfield}',
    aliases: ['interviewers', 'to', 'recipient', 'recipients', 'manager', 'hiring_manager'],
  },
  {
    key: 'role',
    field: 'role',
    kind: 'text',
    presence: 'required',
    type: 'text',
    expected: 'text',
    doc: 'The job title you interviewed for, as in the posting. The note should name it, and no other role.',
    snippet: 'role: ${1:Senior Data Engineer}',
    aliases: ['position', 'job', 'title', 'job_title', 'jobtitle'],
  },
  {
    key: 'company',
    field: 'company',
    kind: 'text',
    presence: 'recommended',
    type: 'text',
    expected: 'text',
    doc: 'The employer, as they write their name. The note should name it, and no other company.',
    snippet: 'company: ${1:Northwind Health}',
    aliases: ['employer', 'organization', 'organisation', 'org', 'firm'],
    enables: 'the right employer name',
  },
  {
    key: 'email',
    field: 'emails',
    kind: 'addresses',
    presence: 'optional',
    type: 'an address, or a list',
    expected: 'an address or a list of addresses',
    doc: 'The interviewer’s address: the To: line of the preview, the mail link and the exported draft.',
    snippet: 'email: ${1:dana.whitfield@example.com}',
    aliases: ['emails', 'mail', 'address', 'e_mail', 'e-mail'],
  },
  {
    key: 'interview_date',
    field: 'interviewDate',
    kind: 'datetime',
    presence: 'optional',
    type: 'YYYY-MM-DD, optionally HH:MM and a zone',
    expected: 'a date like 2026-11-24 or 2026-11-24 15:30',
    doc: 'When the interview took place. Notes are best sent within 24 hours; a time without a zone is local time.',
    snippet: 'interview_date: ${1:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE $CURRENT_HOUR:00}',
    aliases: ['date', 'interviewdate', 'interview-date', 'interviewed', 'when'],
  },
  {
    key: 'topics',
    field: 'topics',
    kind: 'phrases',
    presence: 'optional',
    type: 'a list of short phrases',
    expected: 'a list of short phrases',
    doc: 'What you talked about. The note should pick up at least one of them: a specific detail is what separates a real note from a template.',
    snippet: 'topics:\n  - ${1:a topic you discussed}',
    aliases: ['topic', 'discussed', 'notes'],
  },
  {
    key: 'subject',
    field: 'subject',
    kind: 'text',
    presence: 'optional',
    type: 'text',
    expected: 'text',
    doc: 'The email’s subject line. Short and specific works best: "Thank you for the Payroll Specialist interview".',
    snippet: 'subject: ${1:Thank you for the interview}',
    aliases: ['subject_line', 're'],
  },
  {
    key: 'candidate',
    field: 'candidate',
    kind: 'text',
    presence: 'optional',
    type: 'text',
    expected: 'your name as text',
    doc: 'Your full name. The note should be signed with it.',
    snippet: 'candidate: ${1:Your full name}',
    aliases: ['interviewee', 'name', 'from', 'sender', 'me'],
  },
  {
    key: 'sent',
    field: 'sent',
    kind: 'datetime',
    presence: 'optional',
    type: 'YYYY-MM-DD HH:MM, optionally a zone',
    expected: 'a date-time like 2026-11-25 09:30',
    doc: 'When you sent the note. The timing checks stop, the notes view shows it as sent and counts the follow-up from it. **Thanks: Mark as Sent** writes it.',
    snippet: 'sent: ${1:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE $CURRENT_HOUR:$CURRENT_MINUTE}',
    aliases: ['sent_at', 'sent_on', 'sent_date', 'date_sent', 'sentdate', 'sent-at'],
  },
  {
    key: 'decision_date',
    field: 'decisionDate',
    kind: 'date',
    presence: 'optional',
    type: 'YYYY-MM-DD',
    expected: 'a date like 2026-12-04',
    doc: 'The day they said they would decide. A follow-up is due two business days after it; without it, five business days after the interview.',
    snippet: 'decision_date: ${1:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}',
    aliases: ['decision', 'decide_by', 'decision_by', 'decisiondate', 'decision-date', 'deadline', 'hear_back'],
  },
  {
    key: 'concerns',
    field: 'concerns',
    kind: 'phrases',
    presence: 'optional',
    type: 'a list of short phrases',
    expected: 'a list of short phrases',
    doc: 'Doubts raised in the interview: a gap, a missing skill, a weak answer. The note should answer each one, in your own words.',
    snippet: 'concerns:\n  - ${1:a doubt they raised}',
    aliases: ['concern', 'doubts', 'doubt', 'objections', 'weaknesses', 'worries'],
  },
  {
    key: 'type',
    field: 'noteType',
    kind: 'choice',
    presence: 'optional',
    type: '`thank-you` (the default) or `follow-up`',
    expected: '`thank-you` or `follow-up`',
    doc: 'What the note is. A `follow-up` asks about the decision after the thank-you: it has no 24-hour window, and is checked for coming too early or too often.',
    snippet: 'type: ${1|follow-up,thank-you|}',
    aliases: ['kind', 'note_type', 'purpose'],
    choices: ['thank-you', 'follow-up'],
  },
] as const satisfies readonly KeySpec[];

export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number]['key'];

/** The value of each kind once read (a wrong-typed value is left out and reported by frontmatter/value-type). */
export interface KindValue {
  names: string[];
  text: string | undefined;
  addresses: { text: string; span: Span }[];
  phrases: string[];
  datetime: InterviewDate | undefined;
  date: InterviewDate | undefined;
  choice: string | undefined;
}

/** The typed values of a front matter: `interviewers`, `role`, `emails`, `interviewDate`… */
export type FrontMatterValues = { [K in (typeof FRONT_MATTER_KEYS)[number] as K['field']]: KindValue[K['kind']] };

/** Kinds that accept a YAML list as well as a single value. */
export const LIST_KINDS: ReadonlySet<ValueKind> = new Set<ValueKind>(['names', 'addresses', 'phrases']);

export const KEY_SPECS: readonly KeySpec[] = FRONT_MATTER_KEYS;
export const KEY_SPEC: ReadonlyMap<string, KeySpec> = new Map(KEY_SPECS.map((k) => [k.key, k]));
export const KNOWN_KEYS: readonly string[] = KEY_SPECS.map((k) => k.key);

/** Empty values of every key, for a note whose front matter is missing or broken. */
export function emptyValues(): FrontMatterValues {
  const out: Record<string, unknown> = {};
  for (const spec of KEY_SPECS) out[spec.field] = LIST_KINDS.has(spec.kind) ? [] : undefined;
  return out as FrontMatterValues;
}

/** Markdown for hover and completion documentation. */
export function keyMarkdown(k: KeySpec): string {
  return `**\`${k.key}\`** — ${k.presence}; ${k.type}\n\n${k.doc}`;
}

/** Other names people write for a key ("position" for role), from the schema. */
const ALIASES: ReadonlyMap<string, string> = new Map(KEY_SPECS.flatMap((k) => k.aliases.map((a) => [a, k.key] as const)));

/** The known key an unknown one probably means: an alias ("position" for role), or one slip away ("compnay"). */
export function suggestKey(key: string): string | undefined {
  const k = key.toLowerCase();
  if (KNOWN_KEYS.includes(k)) return k;
  const alias = ALIASES.get(k);
  if (alias) return alias;
  const squashed = k.replace(/[\s-]+/g, '_');
  if (KNOWN_KEYS.includes(squashed)) return squashed;
  let best: string | undefined;
  let bestD = 3;
  for (const known of KNOWN_KEYS) {
    const d = editDistance(k, known, 2);
    if (d < bestD) {
      bestD = d;
      best = known;
    }
  }
  return best;
}
