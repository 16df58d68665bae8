// Body Markdown -> sanitised HTML for the preview, the rich-text copy and the .eml HTML part.
// mdast -> hast (raw HTML dropped) -> hast-util-sanitize (GitHub schema, no images) -> string.
import { toHast } from 'mdast-util-to-hast';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent, Parent } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { parseBody } from './markdown';

/** GitHub's schema without images: a note must never make the reader's mail program fetch anything. */
const SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !['img', 'picture', 'source', 'video', 'audio', 'iframe', 'input'].includes(t)),
  // a fence's info string is a class only when it is a plain language name (never `<`, quotes, spaces)
  attributes: { ...defaultSchema.attributes, code: [['className', /^language-[^<>"'`\s]+$/]] },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: [], cite: ['http', 'https'], longDesc: [] },
};

/** A URL scheme the sanitiser keeps (compared in lower case: `HTTPS:` is `https:`), or none (relative). */
const SAFE_URL = /^(?:(?:https?|mailto|tel):|[^:]*$|[^:]*[/?#])/i;

/** The scheme in lower case, as RFC 3986 makes it case-insensitive and the sanitiser is not. */
function normaliseScheme(url: string): string {
  return url.replace(/^\s*([a-z][a-z0-9+.-]*):/i, (_m, scheme: string) => `${scheme.toLowerCase()}:`);
}

/** An image becomes a link to it: the words stay, nothing remote is loaded when the note is read.
 *  A link the sanitiser would strip (`javascript:`, `file:`) becomes its words and its address as
 *  text, so nothing the writer typed vanishes. Iterative: a deep tree must not overflow the stack. */
function prepareLinks(root: Root): void {
  const stack: Parent[] = [root];
  while (stack.length) {
    const parent = stack.pop()!;
    parent.children = (parent.children as RootContent[]).flatMap((c): RootContent[] => {
      if (c.type === 'image') c = { type: 'link', url: c.url, children: [{ type: 'text', value: c.alt || c.url }] };
      if (c.type === 'link') {
        c.url = normaliseScheme(c.url);
        if (!SAFE_URL.test(c.url)) {
          for (const g of c.children) if ('children' in g) stack.push(g as Parent);
          return [...c.children, { type: 'text', value: ` (${c.url})` }];
        }
      }
      if ('children' in c) stack.push(c as Parent);
      return [c];
    }) as typeof parent.children;
  }
}

export function markdownToHtml(markdown: string): string {
  const mdast = parseBody(markdown);
  prepareLinks(mdast);
  const hast = toHast(mdast) as HastRoot;
  const clean = sanitize(hast, SCHEMA);
  return toHtml(clean).trim();
}
