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

/** An image becomes a link to it: the words stay, nothing remote is loaded when the note is read.
 *  Iterative (an explicit stack): a deep tree must not overflow the call stack. */
function imagesToLinks(root: Root): void {
  const stack: Parent[] = [root];
  while (stack.length) {
    const parent = stack.pop()!;
    parent.children = (parent.children as RootContent[]).map((c): RootContent => {
      if (c.type === 'image') return { type: 'link', url: c.url, children: [{ type: 'text', value: c.alt || c.url }] };
      if ('children' in c) stack.push(c as Parent);
      return c;
    }) as typeof parent.children;
  }
}

export function markdownToHtml(markdown: string): string {
  const mdast = parseBody(markdown);
  imagesToLinks(mdast);
  const hast = toHast(mdast) as HastRoot;
  const clean = sanitize(hast, SCHEMA);
  return toHtml(clean).trim();
}
