// A note as the email the interviewer receives: who it is from and to, the subject, and the body
// as plain text and sanitised HTML. Plus how ready it is to send.
import type { ThanksDocument } from '../../document/model';
import type { Diagnostic } from '../../rules/types';
import { latestInterviewTime } from '../../rules/timing/late';
import { markdownToText } from './plain-text';
import { markdownToHtml } from './html';

export interface Mailbox {
  name?: string;
  address?: string;
}

export interface EmailMessage {
  subject: string;
  to: Mailbox[];
  /** The candidate; without an address unless the writer configured one. */
  from?: Mailbox;
  /** The body as written (Markdown, front matter removed). */
  markdown: string;
  text: string;
  html: string;
}

export interface SenderOptions {
  /** Used when the note has no `candidate` key (setting `thanks.candidateName`). */
  candidateName?: string;
  /** setting `thanks.senderEmail` */
  senderEmail?: string;
}

export function bodyMarkdownOf(doc: ThanksDocument): string {
  return doc.text.slice(doc.body.span.start);
}

/** Interviewers paired with the addresses in `email`: by position when the counts match, else
 *  addresses alone (and names alone when there is no address at all). */
export function recipientsOf(doc: ThanksDocument): Mailbox[] {
  const fm = doc.frontMatter;
  const names = fm.interviewers.filter((n) => n.trim());
  const addresses = fm.emails.map((e) => e.text.trim()).filter(Boolean);
  if (addresses.length === 0) return names.map((name) => ({ name }));
  if (addresses.length === names.length) return addresses.map((address, i) => ({ name: names[i], address }));
  return addresses.map((address) => ({ address }));
}

export function emailOf(doc: ThanksDocument, sender: SenderOptions = {}): EmailMessage {
  const markdown = bodyMarkdownOf(doc);
  const name = doc.frontMatter.candidate?.trim() || sender.candidateName?.trim() || undefined;
  const address = sender.senderEmail?.trim() || undefined;
  return {
    subject: doc.frontMatter.subject?.trim() ?? '',
    to: recipientsOf(doc),
    from: name || address ? { name, address } : undefined,
    markdown,
    text: markdown.trim() ? markdownToText(markdown) : '',
    html: markdown.trim() ? markdownToHtml(markdown) : '',
  };
}

/** "Dana Whitfield <dana@x.example>", "Dana Whitfield" or the bare address. */
export function formatMailbox(m: Mailbox): string {
  if (m.name && m.address) return `${m.name} <${m.address}>`;
  return m.name ?? m.address ?? '';
}

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
}

export const WORDS_PER_MINUTE = 200;
const HOUR = 3600_000;

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu) ?? []).length;
}

export function readinessOf(doc: ThanksDocument, diagnostics: readonly Diagnostic[], now: Date, text = emailOf(doc).text): Readiness {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const infos = diagnostics.length - errors - warnings;
  const words = countWords(text);
  const d = doc.frontMatter.interviewDate;
  const hoursLeft = d?.date ? Math.round(((latestInterviewTime(d.date, d.hasTime).getTime() + 24 * HOUR - now.getTime()) / HOUR) * 10) / 10 : undefined;
  return {
    errors,
    warnings,
    infos,
    words,
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    hoursLeft,
    ready: errors + warnings === 0,
  };
}

/** "23 h left to send", "sending window passed 5 h ago". */
export function describeWindow(hoursLeft: number | undefined): string | undefined {
  if (hoursLeft === undefined) return undefined;
  if (hoursLeft >= 1) return `${Math.floor(hoursLeft)} h left in the 24-hour window`;
  if (hoursLeft > 0) return `${Math.max(1, Math.round(hoursLeft * 60))} min left in the 24-hour window`;
  const past = -hoursLeft;
  return past < 48 ? `24-hour window passed ${Math.max(1, Math.floor(past))} h ago` : `24-hour window passed ${Math.floor(past / 24)} days ago`;
}
