// Custom requests between the VS Code client and the server, declared once and imported by both.
import { RequestType } from 'vscode-languageserver-protocol';
import type { Mailbox, Readiness } from '../core/compose/email/message';

export interface SenderSettings {
  /** setting thanks.candidateName: used when the note has no `candidate` key */
  candidateName?: string;
  /** setting thanks.senderEmail */
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
  settings: import('../core/compose/template').TemplateSettings;
}

export interface PrefillTemplateResult {
  body: string;
  /** The note has no body yet: the letter goes after the front matter. */
  bodyEmpty: boolean;
}

/** A letter template with what the front matter knows filled in. */
export const PrefillTemplateRequest = new RequestType<PrefillTemplateParams, PrefillTemplateResult, void>('thanks/prefillTemplate');
