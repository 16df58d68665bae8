// What the server knows about each open note: the last analysis, keyed by document version.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ThanksDocument } from '../core/document/model';
import type { Diagnostic } from '../core/rules/types';
import type { LintOptions } from '../core/lint/engine';

export interface Analysis {
  version: number;
  doc: ThanksDocument;
  diagnostics: Diagnostic[];
  /** What the note was linted with; fix-all re-lints with the same. */
  lintOptions: LintOptions;
  ms: number;
  /** Its diagnostics were sent to the editor (not so for a hover's analysis under run: "onSave"). */
  published: boolean;
}

export class AnalysisStore {
  private map = new Map<string, Analysis>();

  get(uri: string): Analysis | undefined {
    return this.map.get(uri);
  }

  /** The analysis for the document's current version, or undefined when it is stale. */
  current(doc: TextDocument): Analysis | undefined {
    const a = this.map.get(doc.uri);
    return a && a.version === doc.version ? a : undefined;
  }

  set(uri: string, a: Analysis): void {
    this.map.set(uri, a);
  }

  delete(uri: string): void {
    this.map.delete(uri);
  }
}
