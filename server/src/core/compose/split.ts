// A note to a panel -> one note per interviewer: the same front matter with that one interviewer
// (and their address, when the addresses pair up), the greeting addressed to them, and a visible
// TODO where a detail from that person's conversation belongs (the linter flags it until written).
import type { ThanksDocument } from '../document/model';
import type { TextEdit } from '../document/span';
import { applyEdits } from '../document/span';
import { eolOf, lineEnd } from '../document/lines';
import { greetingFormOf, personName } from '../document/names';
import { replaceEntryEdit } from '../document/frontmatter/writer';

export interface SplitNote {
  interviewer: string;
  text: string;
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
  // A key written twice: the first entry gets the value, the others go (their names were read into the lists).
  const duplicates = fm.keys.filter((k) => (k.key === 'interviewer' || k.key === 'email') && k !== interviewerEntry && k !== emailEntry);
  return people.map((name, i) => {
    const edits: TextEdit[] = [replaceEntryEdit(doc, interviewerEntry, name)];
    if (emailEntry) edits.push(replaceEntryEdit(doc, emailEntry, paired ? emails[i] : null));
    for (const d of duplicates) edits.push(replaceEntryEdit(doc, d, null));
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
