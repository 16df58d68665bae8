import type { Rule } from '../types';
import { slotView } from '../support/placeholders';

const LOREM_RE = /\blorem ipsum\b(?:[^.\n]*\.)?/gi;

export const rule: Rule = {
  meta: {
    id: 'placeholder/lorem-ipsum',
    category: 'placeholder',
    defaultSeverity: 'error',
    description: 'Finds dummy "lorem ipsum" text.',
    why: 'Filler text in a sent note shows a template was sent unread.',
    advice: 'Replace the filler with what you mean to say.',
    messages: { lorem: 'Filler text "lorem ipsum" left in the note.' },
    fixable: false,
  },
  check({ doc, report }) {
    const view = slotView(doc);
    LOREM_RE.lastIndex = 0;
    for (let m = LOREM_RE.exec(view); m; m = LOREM_RE.exec(view)) report({ messageId: 'lorem', start: m.index, end: m.index + m[0].length });
  },
};
