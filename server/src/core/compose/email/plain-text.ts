// Body Markdown -> the plain text a mail program shows: emphasis dropped, links as "text (url)",
// lists kept with "- " / "1. ", paragraphs separated by blank lines, line breaks kept.
import type { RootContent } from 'mdast';
import { parseBody, splitLines } from './markdown';

export function markdownToText(markdown: string): string {
  const tree = parseBody(markdown);
  // Trailing blanks trimmed line by line (a `/[ \t]+$/gm` backtracks quadratically on a long run of spaces).
  return trimLineEnds(blocks(tree.children)).replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

/** Spaces and tabs before each line terminator (\n, \r, U+2028, U+2029) and at the end removed. */
function trimLineEnds(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) continue;
    let e = i;
    while (e > from && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
    out += text.slice(from, e) + (i < text.length ? text[i] : '');
    from = i + 1;
  }
  return out;
}

function blocks(nodes: RootContent[], tight = false): string {
  return nodes.map((n) => block(n)).filter((s) => s !== '').join(tight ? '\n' : '\n\n');
}

function indent(text: string, by: string): string {
  return text.split('\n').map((l, i) => (i === 0 || !l ? l : by + l)).join('\n');
}

function block(node: RootContent): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inline(node.children);
    case 'blockquote':
      return blocks(node.children).split('\n').map((l) => (l ? '> ' + l : '>')).join('\n');
    case 'list': {
      const start = node.start ?? 1;
      const tight = node.spread !== true && node.children.every((c) => c.spread !== true);
      return node.children
        .map((item, i) => {
          const marker = node.ordered ? `${start + i}. ` : '- ';
          const body = blocks(item.children, tight);
          return marker + indent(body, ' '.repeat(marker.length));
        })
        .join(tight ? '\n' : '\n\n');
    }
    case 'code':
      return node.value;
    case 'thematicBreak':
      return '---';
    case 'html':
      return ''; // raw HTML blocks are not rendered in the HTML part either (they could carry scripts)
    case 'table':
      return node.children.map((row) => row.children.map((cell) => inline(cell.children)).join('\t')).join('\n');
    default:
      return 'children' in node ? inline(node.children as RootContent[]) : 'value' in node ? String(node.value) : '';
  }
}

function inline(nodes: RootContent[]): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out += splitLines(n.value).join(' '); // a soft break in wrapped prose
        break;
      case 'inlineCode':
        out += n.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        out += inline(n.children);
        break;
      case 'link': {
        const label = inline(n.children);
        out += withUrl(label, n.url);
        break;
      }
      case 'image':
        out += withUrl(n.alt ?? '', n.url);
        break;
      case 'linkReference':
      case 'imageReference':
        out += 'children' in n ? inline(n.children) : n.alt ?? '';
        break;
      case 'html':
        out += stripTags(n.value);
        break;
      default:
        out += 'children' in n ? inline(n.children as RootContent[]) : 'value' in n ? String(n.value) : '';
    }
  }
  return out;
}

/** "text (url)", or the bare address when the text already says it. */
function withUrl(label: string, url: string): string {
  const shown = url.replace(/^mailto:/i, '');
  if (!label.trim()) return shown;
  if (label === url || label === shown) return label;
  return `${label} (${shown})`;
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}
