import type { Rule } from '../types';
import { slotView } from '../support/placeholders';

// ____ lines, XXX/xx markers and dummy numbers such as (000) 000-0000 stand for something to write.
// Underscores touching a word are Markdown emphasis (___very___), not a blank.
const BLANK_RE = /(?<![\p{L}\p{N}])_{3,}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:X{2,}|x{3,})(?![\p{L}\p{N}])|\(0{3}\)\s*0{3}-0{4}|\b0{3}-0{3}-0{4}\b|#{3,}(?=\s|$)|\?{3,}|\.{3}\s*\]/gu;

export const rule: Rule = {
  meta: {
    id: 'placeholder/blank',
    category: 'placeholder',
    defaultSeverity: 'error',
    description: 'Finds blanks left to fill: ____, XXX, ???, (000) 000-0000.',
    why: 'A blank in a sent note is the plainest sign of a form letter, and a number left as XXX makes a claim the reader cannot believe.',
    advice: 'Write the real value, or rephrase the sentence without it.',
    messages: { blank: 'Blank left to fill: "{text}".' },
    fixable: false,
    examples: { bad: ['reduced processing time by XXX percent'], good: ['reduced processing time by 40 percent'] },
  },
  check({ doc, report }) {
    const view = slotView(doc);
    BLANK_RE.lastIndex = 0;
    for (let m = BLANK_RE.exec(view); m; m = BLANK_RE.exec(view)) {
      // A Markdown horizontal rule (a line of only ___ or ###) is not a blank.
      const ls = view.lastIndexOf('\n', m.index) + 1;
      const le = view.indexOf('\n', m.index);
      const line = view.slice(ls, le < 0 ? view.length : le).trim();
      if (/^(_{3,}|#{3,})$/.test(line) && m[0].startsWith(line[0])) continue;
      report({ messageId: 'blank', data: { text: m[0] }, start: m.index, end: m.index + m[0].length });
    }
  },
};
