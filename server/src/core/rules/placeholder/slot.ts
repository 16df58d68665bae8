import type { Rule } from '../types';
import { fillFixes, HTML_TAGS, slotView } from '../support/placeholders';
import { offsetInFrontMatter } from '../../document/tokens';
import { slotKey } from '../../document/slots';

// [Company Name], <Interviewer>, {{role}}, {topic}, (insert ...): bracketed words standing for a value.
// (Inside {{ }} the spaces are trimmed in code: `\s*` around a lazy group backtracks on `{{{{…`.)
const SLOT_RE = /\[([^\[\]\n]{1,60})\](?![(\[:])|<([A-Za-z][\w .'’-]{0,40})>|\{\{([^{}\n]{1,44})\}\}|\{([A-Za-z][\w .'’-]{0,40})\}|\(((?:insert|add|enter|fill in|type|put)\b[^()\n]{0,60})\)/gi;

function looksLikeSlot(inner: string, bracket: string): boolean {
  const t = inner.trim();
  if (!/\p{L}/u.test(t)) return false; // [1], [ ], [x] checkbox handled below
  if (bracket === '[') {
    if (/^(x|sic|sic!|ok|\.\.\.)$/i.test(t)) return false;
    if (t.split(/\s+/).length > 8) return false;
  }
  if (bracket === '<') {
    const tag = t.split(/\s/)[0].toLowerCase();
    if (HTML_TAGS.has(tag)) return false;
  }
  return true;
}

export const rule: Rule = {
  meta: {
    id: 'placeholder/slot',
    category: 'placeholder',
    defaultSeverity: 'error',
    description: 'Finds template slots left unfilled: [Company Name], <Interviewer>, {{role}}, (insert …).',
    why: 'An unfilled slot tells the interviewer at a glance that the note was copied from a template and not written for them.',
    advice: 'Replace the slot with the real value; the quick fix fills it from the front matter when it knows the value.',
    messages: {
      slot: 'Unfilled template slot "{slot}".',
      slotFill: 'Unfilled template slot "{slot}": fill in {value}.',
    },
    fixable: true,
    examples: { bad: ['Dear [Hiring Manager Name],', 'the Content Marketing Manager role at <company>', 'our discussion of {{topic}}'], good: ['Dear Hyun-woo,'] },
  },
  check(ctx) {
    const { doc, report } = ctx;
    const view = slotView(doc);
    SLOT_RE.lastIndex = 0;
    for (let m = SLOT_RE.exec(view); m; m = SLOT_RE.exec(view)) {
      const inner = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]).trim();
      const bracket = m[0][0] === '{' && m[0][1] === '{' ? '{{' : m[0][0];
      const start = m.index;
      const end = m.index + m[0].length;
      // Markdown links [text](url) and references [text][ref] are excluded by the pattern; images too.
      if (bracket === '[' && view[start - 1] === '!') continue;
      // The label half of a reference link: [text][label].
      if (bracket === '[' && view[start - 1] === ']') continue;
      // In the front matter a flow list like [a, b] is YAML, not a slot.
      if (offsetInFrontMatter(doc, start) && bracket === '[' && inner.includes(',')) continue;
      if (!looksLikeSlot(inner, bracket)) continue;
      const source = slotKey(inner);
      const fixes = fillFixes(doc, { start, end }, source);
      const value = fixes[0]?.edits[0].newText;
      report({ messageId: value ? 'slotFill' : 'slot', data: { slot: m[0], value: value ? `"${value}"` : '' }, start, end, fixes });
    }
  },
};
