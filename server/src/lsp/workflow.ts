// The writing workflow's requests: render a note as an email, export a draft, fill a template,
// split a panel note. The server loads this module (and its HTML and MIME toolchain) only on the
// first such request.
import type { RequestType } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './state';
import { now } from '../core/lint/engine';
import { bodyMarkdownOf, emailOf, plainTextOf, recipientsOf } from '../core/compose/email/message';
import { readinessOf } from '../core/lint/readiness';
import { newNoteFrontMatter } from '../core/compose/new-note';
import { buildMailto } from '../core/compose/email/mailto';
import { composeEml } from '../core/compose/email/eml';
import { splitPerInterviewer } from '../core/compose/split';
import { describeWindow, ExportEmlRequest, NewNoteRequest, PrefillTemplateRequest, ReadinessRequest, RenderRequest, SplitRequest, type ReadinessResult, type RenderResult } from '../protocol';
import { bodyIsEmpty, prefillTemplate } from '../core/compose/template';

type AnalysisOf = (uri: string) => Promise<{ doc: TextDocument; analysis: Analysis } | undefined>;

export type WorkflowHandler = (params: unknown) => unknown;

/** The workflow's request handlers, by method. */
export function workflowHandlers(analysisOf: AnalysisOf): Map<string, WorkflowHandler> {
  const handlers = new Map<string, WorkflowHandler>();
  const on = <P, R>(type: RequestType<P, R, void>, handler: (params: P) => R | Promise<R>) => handlers.set(type.method, handler as WorkflowHandler);

  on(RenderRequest, async (params): Promise<RenderResult | null> => {
    const a = await analysisOf(params.textDocument.uri);
    if (!a) return null;
    const note = a.analysis.doc;
    const email = emailOf(note, params.sender);
    const readiness = readinessOf(note, a.analysis.diagnostics, now(), email.text);
    const addresses = recipientsOf(note).map((m) => m.address).filter((x): x is string => Boolean(x));
    return {
      uri: a.doc.uri,
      version: a.analysis.version,
      subject: email.subject,
      to: email.to,
      from: email.from,
      html: email.html,
      text: email.text,
      mailto: buildMailto({ to: addresses, subject: email.subject, body: email.text }),
      readiness,
      window: describeWindow(readiness.hoursLeft),
    };
  });

  // The status bar's request: the readiness of thanks/render from the plain text alone (no HTML, no mail link).
  on(ReadinessRequest, async (params): Promise<ReadinessResult | null> => {
    const a = await analysisOf(params.textDocument.uri);
    if (!a) return null;
    const note = a.analysis.doc;
    return { uri: a.doc.uri, version: a.analysis.version, readiness: readinessOf(note, a.analysis.diagnostics, now(), plainTextOf(bodyMarkdownOf(note))) };
  });

  on(ExportEmlRequest, async (params) => {
    const a = await analysisOf(params.textDocument.uri);
    if (!a) return null;
    const buf = await composeEml(emailOf(a.analysis.doc, params.sender), { date: now() });
    return { eml: buf.toString('utf8') };
  });

  on(PrefillTemplateRequest, (params) => ({
    body: prefillTemplate(params.body, params.noteText, params.settings ?? {}),
    bodyEmpty: bodyIsEmpty(params.noteText),
  }));

  on(NewNoteRequest, (params) => ({ frontMatter: newNoteFrontMatter(params.answers, params.candidate) }));

  on(SplitRequest, async (params) => {
    const a = await analysisOf(params.textDocument.uri);
    if (!a) return null;
    return { notes: splitPerInterviewer(a.analysis.doc) };
  });

  return handlers;
}
