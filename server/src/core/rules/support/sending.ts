// Where a note stands in its sending: sent already, or a follow-up rather than a thank-you. The clock
// checks of a note stop once it is sent, and a follow-up has no 24-hour window.
import type { ThanksDocument } from '../../document/model';

/** The note carries a `sent:` date (a readable one or not: the writer says it went out). */
export function isSent(doc: ThanksDocument): boolean {
  return doc.frontMatter.entries.has('sent') && Boolean(doc.frontMatter.sent?.text);
}

/** `type: follow-up`. */
export function isFollowUp(doc: ThanksDocument): boolean {
  return doc.frontMatter.noteType === 'follow-up';
}
