// Completion: front-matter keys (with their docs) at the start of a front-matter line; in the body,
// the names the note should use — interviewer, company, role, your own — spelled right.
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import type { Analysis } from './state';
import { KEY_SPECS, keyMarkdown } from '../core/document/frontmatter/schema';
import { personName } from '../core/document/names';

export function completionsAt(analysis: Analysis, offset: number): CompletionItem[] {
  const { doc } = analysis;
  const fm = doc.frontMatter;
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (fm.present && offset > fm.span.start && offset <= fm.contentSpan.end + (fm.closed ? 0 : 1)) {
    // Only at a key position: nothing but a partial key on the line so far, not indented.
    if (!/^[A-Za-z_]*$/.test(before)) return [];
    return KEY_SPECS.filter((k) => !fm.entries.has(k.key)).map((k, i) => ({
      label: k.key,
      kind: CompletionItemKind.Property,
      detail: k.presence,
      documentation: { kind: 'markdown', value: keyMarkdown(k) },
      insertText: k.snippet,
      insertTextFormat: InsertTextFormat.Snippet,
      sortText: `${k.presence === 'required' ? 0 : k.presence === 'recommended' ? 1 : 2}${i}`,
    }));
  }
  if (offset < doc.body.span.start) return [];
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const add = (label: string, detail: string, sort: number) => {
    if (!label || seen.has(label)) return;
    seen.add(label);
    items.push({ label, kind: CompletionItemKind.Value, detail, sortText: `${sort}${label}` });
  };
  for (const full of fm.interviewers) {
    const p = personName(full);
    add(full, 'interviewer', 0);
    if (p.first) add(p.first, 'interviewer, first name', 0);
    if (p.title && p.last) add(`${p.title} ${p.last}`, 'interviewer, formal', 0);
  }
  if (fm.company) add(fm.company, 'company', 1);
  if (fm.role) add(fm.role, 'role', 1);
  if (fm.candidate) add(fm.candidate, 'you (candidate)', 2);
  for (const t of fm.topics) add(t, 'topic you discussed', 3);
  return items;
}
