// How ready a note is to send: its errors and warnings, its length, and the time left in the
// 24-hour window after the interview.
import type { ThanksDocument } from '../document/model';
import { latestInterviewTime } from '../document/frontmatter/dates';
import { countWords } from '../document/text';
import type { Diagnostic } from '../rules/types';

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
  /** The note's `sent:` value as written, once it went out (the status says so instead of "ready to send"). */
  sent?: string;
}

export const WORDS_PER_MINUTE = 200;
const HOUR = 3600_000;

/** `text` is the email as the reader gets it (compose/email). */
export function readinessOf(doc: ThanksDocument, diagnostics: readonly Diagnostic[], now: Date, text: string): Readiness {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const infos = diagnostics.length - errors - warnings;
  const words = countWords(text);
  const d = doc.frontMatter.interviewDate;
  // A sent note and a follow-up have no 24-hour window left to count.
  const windowOpen = !doc.frontMatter.sent && doc.frontMatter.noteType !== 'follow-up';
  const hoursLeft = d?.date && windowOpen ? Math.round(((latestInterviewTime(d.date, d.hasTime).getTime() + 24 * HOUR - now.getTime()) / HOUR) * 10) / 10 : undefined;
  return {
    errors,
    warnings,
    infos,
    words,
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    hoursLeft,
    ready: errors + warnings === 0,
    ...(doc.frontMatter.sent?.text ? { sent: doc.frontMatter.sent.text } : {}),
  };
}
