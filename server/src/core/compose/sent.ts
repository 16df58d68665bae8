// Marking a note as sent: the `sent:` entry written (or rewritten) by the one front-matter writer.
import type { ThanksDocument } from '../document/model';
import type { TextEdit } from '../document/span';
import { insertEntryEdit, replaceEntryEdit } from '../document/frontmatter/writer';

/** "2026-11-25 09:30": local time, as `interview_date` is written. */
export function sentValue(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())} ${p(at.getHours())}:${p(at.getMinutes())}`;
}

/** The edit that records the note as sent at `at`, or why it cannot be made safely. */
export function markSentEdit(doc: ThanksDocument, at: Date): { edit: TextEdit; value: string } | { problem: string } {
  const fm = doc.frontMatter;
  if (!fm.present) return { problem: 'The note has no front matter to record the date in; add one (type --- on the first line).' };
  if (!fm.closed || fm.errors.length) return { problem: 'The front matter has a YAML error; fix it first, so that the date goes where it belongs.' };
  const value = sentValue(at);
  const entry = fm.entries.get('sent');
  return { edit: entry ? replaceEntryEdit(doc, entry, value) : insertEntryEdit(doc, 'sent', value), value };
}
