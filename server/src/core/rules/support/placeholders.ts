// What placeholder rules share: the text they scan (the note with comments and code blanked) and
// how a slot is filled from the front matter.
import type { ThanksDocument } from '../../document/model';
import type { Fix } from '../types';
import type { Span } from '../../document/span';
import { stringOfCodes } from '../../document/lines';
import { fillValues } from '../../document/slots';
import { offsetInFrontMatter } from '../../document/tokens';
import { yamlScalar } from '../../document/frontmatter/writer';
import { documentCache } from '../../document/caches';

const views = documentCache<string>();

/**
 * The note as the placeholder rules read it: HTML comments and code blanked, the front matter blanked
 * except its values (a slot left in `company:` is a slot too), everything else verbatim.
 */
export function slotView(doc: ThanksDocument): string {
  let v = views.get(doc);
  if (v !== undefined) return v;
  const chars = new Uint16Array(doc.text.length);
  for (let i = 0; i < doc.text.length; i++) chars[i] = doc.text.charCodeAt(i);
  const blank = (s: Span) => {
    for (let i = s.start; i < s.end; i++) if (chars[i] !== 10 && chars[i] !== 13) chars[i] = 32;
  };
  const fm = doc.frontMatter;
  if (fm.present) {
    blank(fm.span);
    for (const entry of fm.keys) {
      if (entry.key === 'topics') continue; // topics are free text by nature
      for (let i = entry.valueSpan.start; i < entry.valueSpan.end; i++) chars[i] = doc.text.charCodeAt(i);
    }
  }
  for (const c of doc.body.comments) blank(c);
  for (const c of doc.body.code) blank(c);
  v = stringOfCodes(chars);
  views.set(doc, v);
  return v;
}

/** Quick fixes that replace `span` with each candidate value; the only candidate is safe for fix-all. */
export function fillFixes(doc: ThanksDocument, span: Span, source: string | undefined): Fix[] {
  // A front-matter value that is itself the slot ("company: [Company Name]") cannot fill it.
  const slotText = doc.text.slice(span.start, span.end);
  const values = fillValues(doc, source).filter((v) => !v.includes(slotText));
  const item = frontMatterItemAt(doc, span);
  return values.map((value, i) => ({
    title: `Fill in "${value}"`,
    // In the front matter the whole value is rewritten, so that it stays one YAML scalar.
    edits: [item ? { ...item.span, newText: yamlScalar(item.text.replace(slotText, value)) } : { ...span, newText: value }],
    safe: values.length === 1,
    preferred: i === 0,
  }));
}

/** The front-matter value (a scalar, or one list item) that holds `span`, when its text holds the slot as written. */
function frontMatterItemAt(doc: ThanksDocument, span: Span): { text: string; span: Span } | undefined {
  if (!offsetInFrontMatter(doc, span.start)) return undefined;
  const slot = doc.text.slice(span.start, span.end);
  for (const entry of doc.frontMatter.keys) {
    for (const item of entry.items) if (item.span.start <= span.start && span.end <= item.span.end && item.text.includes(slot)) return item;
  }
  return undefined;
}
