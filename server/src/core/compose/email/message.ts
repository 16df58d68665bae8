// A note as the email the interviewer receives: who it is from and to, the subject, and the body
// as plain text and sanitised HTML. Plus how ready it is to send.
import type { ThanksDocument } from '../../document/model';
import { markdownToText } from './plain-text';
import { markdownToHtml } from './html';
import { parseMailbox } from '../../document/mailbox';

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
 *  addresses alone (and names alone when there is no address at all). A `Name <address>` value
 *  gives its own name and its bare address. */
export function recipientsOf(doc: ThanksDocument): Mailbox[] {
  const fm = doc.frontMatter;
  const names = fm.interviewers.filter((n) => n.trim());
  const mailboxes = fm.emails.map((e) => parseMailbox(e.text)).filter((m) => m.address);
  if (mailboxes.length === 0) return names.map((name) => ({ name }));
  const paired = mailboxes.length === names.length;
  return mailboxes.map((m, i) => {
    const name = m.name ?? (paired ? names[i] : undefined);
    return name ? { name, address: m.address } : { address: m.address };
  });
}

/** The body as the plain-text part of the email (what readiness counts the words of). */
export function plainTextOf(markdown: string): string {
  return markdown.trim() ? markdownToText(markdown) : '';
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
    text: plainTextOf(markdown),
    html: markdown.trim() ? markdownToHtml(markdown) : '',
  };
}

/** "Dana Whitfield <dana@x.example>", "Dana Whitfield" or the bare address. */
export function formatMailbox(m: Mailbox): string {
  if (m.name && m.address) return `${m.name} <${m.address}>`;
  return m.name ?? m.address ?? '';
}
