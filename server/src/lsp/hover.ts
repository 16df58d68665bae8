// Hover: on a flagged range, why it matters, what to do (with the note's own names where the rule
// knows them) and a link to the rule's doc — the editor shows the message itself;
// on a front-matter key, what the key is for.
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './state';
import { rulesById } from '../core/rules';
import { NOTICES_BY_ID } from '../core/lint/notices';
import { KEY_SPEC, keyMarkdown } from '../core/document/frontmatter/schema';
import { toRange } from './convert';
import { ruleDocUri } from './docs';

export function hoverAt(doc: TextDocument, analysis: Analysis, offset: number): Hover | null {
  const hits = analysis.diagnostics.filter((d) => (d.start <= offset && offset < d.end) || (d.start === d.end && d.start === offset) || (d.end === offset && d.start < offset));
  if (hits.length > 0) {
    const parts = hits.map((d) => {
      const meta = rulesById.get(d.ruleId)?.meta ?? NOTICES_BY_ID.get(d.ruleId);
      const href = ruleDocUri(d.ruleId);
      // The editor shows the finding's message above this hover already: add to it, never repeat it.
      const lines: string[] = [];
      if (meta) lines.push(`*Why it matters:* ${meta.why}`, '', `*What to do:* ${d.advice ?? meta.advice}`, '');
      else if (d.advice) lines.push(`*What to do:* ${d.advice}`, '');
      if (d.hoverDetail) lines.push(d.hoverDetail, '');
      lines.push(`\`${d.ruleId}\` · ${d.severity}${href ? ` · [rule documentation](${href})` : ''}`);
      return lines.join('\n');
    });
    const contents: MarkupContent = { kind: 'markdown', value: parts.join('\n\n---\n\n') };
    // Highlight the narrowest flagged range under the cursor, not a whole sentence around it.
    const narrowest = hits.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    return { contents, range: toRange(doc, narrowest) };
  }
  const fm = analysis.doc.frontMatter;
  if (fm.present && offset <= fm.span.end) {
    const entry = fm.keys.find((e) => e.keySpan.start <= offset && offset <= e.keySpan.end);
    const kd = entry && KEY_SPEC.get(entry.key);
    if (entry && kd) return { contents: { kind: 'markdown', value: keyMarkdown(kd) }, range: toRange(doc, entry.keySpan) };
  }
  return null;
}
