// The writing workflow's requests: render a note as an email, export a draft, split a panel note.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './state';
import { now } from '../core/engine';
import { emailOf, readinessOf, describeWindow, recipientsOf } from '../core/email/message';
import { buildMailto } from '../core/email/mailto';
import { composeEml } from '../core/email/eml';
import { splitPerInterviewer } from '../core/split';
import { ExportEmlRequest, PrefillTemplateRequest, RenderRequest, SplitRequest, type RenderResult } from './protocol';
import { bodyIsEmpty, prefillTemplate } from '../core/template';

type AnalysisOf = (uri: string) => Promise<{ doc: TextDocument; analysis: Analysis } | undefined>;

export function registerWorkflow(connection: Connection, _documents: TextDocuments<TextDocument>, analysisOf: AnalysisOf): void {
  connection.onRequest(RenderRequest, async (params): Promise<RenderResult | null> => {
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

  connection.onRequest(ExportEmlRequest, async (params) => {
    const a = await analysisOf(params.textDocument.uri);
    if (!a) return null;
    const buf = await composeEml(emailOf(a.analysis.doc, params.sender), { date: now() });
    return { eml: buf.toString('utf8') };
  });

  connection.onRequest(PrefillTemplateRequest, (params) => ({
    body: prefillTemplate(params.body, params.noteText, params.settings ?? {}),
    bodyEmpty: bodyIsEmpty(params.noteText),
  }));

  connection.onRequest(SplitRequest, async (params) => {
    const a = await analysisOf(params.textDocument.uri);
    if (!a) return null;
    return { notes: splitPerInterviewer(a.analysis.doc) };
  });
}
