// What the workspace knows of one note: which interview it belongs to (company and interview day),
// to whom it is, whether it is a thank-you or a follow-up, when it was sent, and its fingerprint.
// Built from a parsed note; the hosts keep one per `.thanks` file (see ./index).
import type { ThanksDocument } from '../document/model';
import { fold } from '../document/text';
import { dayKey } from './calendar';
import { printOf, type NotePrint } from './fingerprint';

export type NoteType = 'thank-you' | 'follow-up';

export interface NoteRecord {
  /** The note's URI (server) or path (CLI): what identifies it to its host. */
  uri: string;
  /** A short name for messages: the file name. */
  label: string;
  /** "northwind health|2026-11-24": the interview, when the note names a company and a readable interview date. */
  interviewKey?: string;
  company?: string;
  role?: string;
  interviewers: string[];
  interviewDate?: Date;
  /** The interview date had a time of day. */
  interviewHasTime: boolean;
  type: NoteType;
  sent?: Date;
  /** `sent:` is written, readable or not. */
  isSent: boolean;
  decisionDate?: Date;
  print: NotePrint;
}

/** The interview a note belongs to: its company and interview day, or undefined without both. */
export function interviewKeyOf(doc: ThanksDocument): string | undefined {
  const fm = doc.frontMatter;
  const date = fm.interviewDate?.date;
  const company = fm.company && fold(fm.company).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return date && company ? `${company}|${dayKey(date)}` : undefined;
}

export function noteTypeOf(doc: ThanksDocument): NoteType {
  return doc.frontMatter.noteType === 'follow-up' ? 'follow-up' : 'thank-you';
}

/** `previous`: the note's record before an edit, when the host files the note again on a keystroke (null: none yet); see printOf. */
export function recordOf(uri: string, doc: ThanksDocument, previous?: NoteRecord | null): NoteRecord {
  const fm = doc.frontMatter;
  return {
    uri,
    label: decodeURIComponent(uri.replace(/[?#].*$/, '').replace(/^.*[\\/]/, '')) || uri,
    interviewKey: interviewKeyOf(doc),
    company: fm.company,
    role: fm.role,
    interviewers: fm.interviewers,
    interviewDate: fm.interviewDate?.date,
    interviewHasTime: Boolean(fm.interviewDate?.hasTime),
    type: noteTypeOf(doc),
    sent: fm.sent?.date,
    isSent: Boolean(fm.sent?.text),
    decisionDate: fm.decisionDate?.date,
    print: printOf(doc, previous === undefined ? undefined : (previous?.print ?? null)),
  };
}

/** "Dana Whitfield (dana.thanks)" */
export function describeNote(r: NoteRecord): string {
  const who = r.interviewers.length ? r.interviewers.join(', ') : 'no interviewer';
  return `${who} (${r.label})`;
}
