// A note to a panel -> one note per interviewer: the same front matter with that one interviewer
// (and their address, when the addresses pair up), the greeting addressed to them, and a visible
// TODO where a detail from that person's conversation belongs (the linter flags it until written).
import { stringify } from 'yaml';
import type { ThanksDocument, FrontMatterEntry } from '../document/model';
import type { TextEdit } from '../document/span';
import { applyEdits } from '../document/span';
import { eolOf, lineEnd } from '../document/lines';
import { greetingFormOf } from '../document/names';
import { personName } from '../document/names';

export interface SplitNote {
  interviewer: string;
  text: string;
}

function scalar(value: string): string {
  return stringify(value).trimEnd();
}

/** Replaces a whole top-level entry (key line through its last value line). */
function replaceEntry(doc: ThanksDocument, entry: FrontMatterEntry, line: string | undefined): TextEdit {
  const { text, lines } = doc;
  const first = lines.lineOf(entry.keySpan.start);
  const last = lines.lineOf(Math.max(entry.valueSpan.end - 1, entry.keySpan.start));
  const start = lines.lineStarts[first];
  const endOfLast = lineEnd(text, lines, last);
  if (line === undefined) {
    const next = last + 1 < lines.lineStarts.length ? lines.lineStarts[last + 1] : endOfLast;
    return { start, end: next, newText: '' };
  }
  return { start, end: endOfLast, newText: line };
}

export function canSplit(doc: ThanksDocument): boolean {
  return doc.frontMatter.present && doc.frontMatter.closed && doc.frontMatter.interviewers.length > 1;
}

export function splitPerInterviewer(doc: ThanksDocument): SplitNote[] {
  if (!canSplit(doc)) return [];
  const fm = doc.frontMatter;
  const eol = eolOf(doc.text);
  const people = fm.interviewers;
  const emails = fm.emails.map((e) => e.text);
  const paired = emails.length === people.length;
  const interviewerEntry = fm.entries.get('interviewer')!;
  const emailEntry = fm.entries.get('email');
  return people.map((name, i) => {
    const edits: TextEdit[] = [replaceEntry(doc, interviewerEntry, `interviewer: ${scalar(name)}`)];
    if (emailEntry) edits.push(replaceEntry(doc, emailEntry, paired ? `email: ${scalar(emails[i])}` : undefined));
    const sal = doc.body.salutation;
    const first = personName(name).first ?? name;
    if (sal) edits.push({ start: sal.addresseeSpan.start, end: sal.addresseeSpan.end, newText: greetingFormOf(personName(name), false) });
    // The TODO goes after the first paragraph of the letter, or after the greeting.
    const para = doc.body.paragraphs[0];
    const at = para ? lineEnd(doc.text, doc.lines, doc.lines.lineOf(Math.max(para.end - 1, para.start))) : sal ? lineEnd(doc.text, doc.lines, doc.lines.lineOf(sal.start)) : doc.body.span.start;
    edits.push({ start: at, end: at, newText: `${eol}${eol}TODO: add one detail from your conversation with ${first}.` });
    return { interviewer: name, text: applyEdits(doc.text, edits) };
  });
}
