// Filling a letter template (a snippet body) with what a note's front matter already knows.
// Runs in the server; the client asks for it with the `thanks/prefillTemplate` request.
import { parseNote } from '../document/parse';
import { fillValues, slotKey } from '../document/slots';
import { parseSnippet, prefillSnippet, serialize, type SnippetNode } from './snippet';

/** The writer's defaults a template uses (the same shape as the protocol's TemplateSettings). */
export interface TemplateSettings {
  candidateName?: string;
  signature?: string;
  defaultSignOff?: string;
}

/** A template body with the slots the note's front matter (and the settings) know filled in. */
export function prefillTemplate(body: string, noteText: string, settings: TemplateSettings): string {
  const doc = parseNote(noteText);
  let out = prefillSnippet(body, (label) => {
    const m = /^\[(.*)\]$/.exec(label);
    if (!m) return undefined;
    const source = slotKey(m[1]);
    if (source === 'candidate') return settings.signature ?? fillValues(doc, source)[0] ?? settings.candidateName;
    return fillValues(doc, source)[0];
  });
  if (settings.defaultSignOff) out = preferChoice(out, settings.defaultSignOff.replace(/[,\s]+$/, ''));
  return out;
}

/** Whether the note has nothing after its front matter yet. */
export function bodyIsEmpty(noteText: string): boolean {
  const doc = parseNote(noteText);
  return !noteText.slice(doc.body.span.start).trim();
}

/** Puts `first` at the head of every choice tab stop that offers sign-offs. */
function preferChoice(body: string, first: string): string {
  const walk = (ns: SnippetNode[]): SnippetNode[] =>
    ns.map((n) => {
      if (n.kind === 'tabstop' && n.choices && n.choices.some((c) => /regards|thank|sincerely/i.test(c))) {
        return { ...n, choices: [first, ...n.choices.filter((c) => c.toLowerCase() !== first.toLowerCase())] };
      }
      if (n.kind !== 'text' && n.children) return { ...n, children: walk(n.children) };
      return n;
    });
  return serialize(walk(parseSnippet(body)));
}
