// The email body as Markdown: parsed once (mdast), with what a reader never sees taken out.
// Hostile input stays bounded: the body is parsed whole only when it is small and plain enough (the
// same budget the analysis uses, `markdownSegments` in ../body); otherwise it is cut into blocks at
// blank lines, and a block over budget becomes plain-text paragraphs (every character kept, no
// Markdown formatting). Nesting is capped before the recursive mdast/hast utilities see the tree.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Root, RootContent, Parent, Paragraph, PhrasingContent } from 'mdast';
import { markdownSegments } from '../../document/body/segments';

/** A paragraph whose lines are all at most this long is a block of lines (sign-off, signature,
 *  address), and its line breaks are kept; a paragraph with longer lines is wrapped prose. */
export const SHORT_LINE = 60;

/** Containers (blockquote, list, emphasis…) nested deeper than this are flattened into their parent:
 *  the words stay, the extra levels go. mdast-util-to-hast, hast-util-sanitize and hast-util-to-html
 *  recurse once (or a few times) per level. */
export const MAX_NESTING = 50;

/** HTML comments (and the spaces or tabs before them) removed; an unclosed comment runs to the end.
 *  A scan with indexOf, not a regular expression: `[ \t]*<!--` backtracks quadratically on long runs of spaces. */
export function stripComments(text: string): string {
  let pos = text.indexOf('<!--');
  if (pos < 0) return text;
  let out = '';
  let from = 0;
  while (pos >= 0) {
    let s = pos;
    while (s > from && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 9)) s--;
    out += text.slice(from, s);
    const end = text.indexOf('-->', pos + 4);
    from = end < 0 ? text.length : end + 3;
    pos = end < 0 ? -1 : text.indexOf('<!--', from);
  }
  return out + text.slice(from);
}

/** Body Markdown -> mdast. HTML comments (directives, notes to self) are removed; other raw HTML
 *  is kept as the text the writer typed (a reader's mail program shows it, nothing runs). Line
 *  breaks inside a short-lined paragraph ("Best regards,\nAlex Rivera") stay line breaks, as in a
 *  mail program; in wrapped prose they are spaces, as Markdown has them. */
export function parseBody(markdown: string): Root {
  const source = markdown.replace(/^\uFEFF/, '');
  const segments = markdownSegments(source);
  if (segments.length === 1 && segments[0].markdown) {
    // the usual case: one parse of the whole body
    const tree = fromMarkdown(source);
    htmlAsText(tree);
    keepLineBreaks(tree, source);
    capNesting(tree);
    return tree;
  }
  const tree: Root = { type: 'root', children: [] };
  for (const seg of segments) {
    const text = source.slice(seg.start, seg.end);
    if (seg.markdown) {
      const part = fromMarkdown(text);
      htmlAsText(part);
      keepLineBreaks(part, text);
      capNesting(part);
      for (const c of part.children) tree.children.push(c);
    } else {
      for (const p of plainParagraphs(stripComments(text))) tree.children.push(p);
    }
  }
  return tree;
}

/** Text read without Markdown: a paragraph per run of non-blank lines, each line kept as written. */
function plainParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (!lines.length) return;
    const children: PhrasingContent[] = [];
    lines.forEach((l, i) => {
      if (i > 0) children.push({ type: 'break' });
      children.push({ type: 'text', value: l });
    });
    out.push({ type: 'paragraph', children });
    lines = [];
  };
  let pos = 0;
  while (pos < text.length) {
    const eol = text.indexOf('\n', pos);
    const end = eol < 0 ? text.length : eol;
    const line = text.slice(pos, end).replace(/\r$/, '').trim();
    if (line) lines.push(line);
    else flush();
    pos = end + 1;
  }
  flush();
  return out;
}

/**
 * Raw HTML as the parser found it (so a `<!--` inside a code span is code, not a comment): comments
 * are removed with the spaces before them, and what is left (`<details>`, `<div>`, text after a
 * comment on its line) becomes text. Iterative, like every walk here.
 */
function htmlAsText(root: Root): void {
  const stack: Parent[] = [root];
  while (stack.length) {
    const parent = stack.pop()!;
    const out: RootContent[] = [];
    for (const child of parent.children as RootContent[]) {
      if (child.type !== 'html') {
        if (isParent(child)) stack.push(child);
        out.push(child);
        continue;
      }
      const kept = stripComments(child.value);
      const prev = out[out.length - 1];
      // the spaces before a removed comment go with it ("Thanks <!-- x --> again" -> "Thanks again")
      if (kept !== child.value && prev?.type === 'text') prev.value = prev.value.replace(/[ \t]+$/, '');
      if (!kept.trim()) continue;
      // a block of HTML stands as a paragraph of its own; inline HTML stays in its sentence
      const block = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem';
      const text: RootContent = { type: 'text', value: block ? kept.trim() : kept, position: child.position };
      out.push(block ? { type: 'paragraph', children: [text as PhrasingContent], position: child.position } : text);
    }
    parent.children = out as typeof parent.children;
  }
}

function isParent(node: Root | RootContent): node is Parent & (Root | RootContent) {
  return 'children' in node && Array.isArray((node as Parent).children);
}

function isLineBlock(node: RootContent, source: string): boolean {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  if (s === undefined || e === undefined) return false;
  const lines = source.slice(s, e).split(/\r?\n/);
  return lines.length > 1 && lines.every((l) => l.trim().length <= SHORT_LINE);
}

/** Iterative (an explicit stack), like every walk here: deep trees must not overflow the call stack. */
function keepLineBreaks(root: Root, source: string): void {
  const stack: (Root | RootContent)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (!isParent(node)) continue;
    for (const child of node.children as RootContent[]) {
      if (child.type === 'paragraph' && isLineBlock(child, source)) splitTextLines(child);
      else stack.push(child);
    }
  }
}

function splitTextLines(paragraph: Parent): void {
  const stack: Parent[] = [paragraph];
  while (stack.length) {
    const parent = stack.pop()!;
    const out: RootContent[] = [];
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'text' && child.value.includes('\n')) {
        splitLines(child.value).forEach((part, i) => {
          if (i > 0) out.push({ type: 'break' });
          if (part) out.push({ type: 'text', value: part });
        });
        continue;
      }
      if (isParent(child)) stack.push(child);
      out.push(child);
    }
    parent.children = out as typeof parent.children;
  }
}

const isBlank = (c: number) => c === 32 || c === 9;

/** `text` cut at line breaks with the spaces and tabs around each break dropped: what splitting
 *  at the regular expression `[ \t]*\r?\n[ \t]*` gives, in linear time (that expression
 *  backtracks quadratically on a long run of spaces that is not followed by a line break). */
export function splitLines(text: string): string[] {
  const pieces = text.split('\n');
  if (pieces.length === 1) return pieces;
  return pieces.map((piece, i) => {
    let s = 0;
    let e = piece.length;
    if (i < pieces.length - 1) {
      if (e > 0 && piece.charCodeAt(e - 1) === 13) {
        e--;
        while (e > 0 && isBlank(piece.charCodeAt(e - 1))) e--;
      } else while (e > 0 && isBlank(piece.charCodeAt(e - 1))) e--;
    }
    if (i > 0) while (s < e && isBlank(piece.charCodeAt(s))) s++;
    return piece.slice(s, e);
  });
}

/** Node types that only wrap others: beyond MAX_NESTING they are replaced by what they hold. */
// (Not links: a link cannot hold a link, and lifting one would lose its address.)
const WRAPPERS = new Set(['blockquote', 'list', 'listItem', 'emphasis', 'strong', 'delete', 'footnoteDefinition']);

/** Flattens wrappers nested more than MAX_NESTING deep into their parent (iteratively). */
export function capNesting(root: Root): void {
  const stack: { node: Parent; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    const deep = depth >= MAX_NESTING;
    let children = node.children as RootContent[];
    if (deep && children.some((c) => WRAPPERS.has(c.type))) {
      // lift the contents of every wrapper child, repeatedly, until none is left (each pass removes a level)
      while (children.some((c) => WRAPPERS.has(c.type))) {
        const next: RootContent[] = [];
        for (const c of children) {
          if (WRAPPERS.has(c.type)) for (const g of (c as Parent).children as RootContent[]) next.push(g);
          else next.push(c);
        }
        children = next;
      }
      node.children = children as typeof node.children;
    }
    for (const c of children) if (isParent(c)) stack.push({ node: c, depth: depth + 1 });
  }
}

export type { Root, RootContent };
