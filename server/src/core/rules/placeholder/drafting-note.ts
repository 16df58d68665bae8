import type { Rule } from '../types';
import { slotView } from '../support/placeholders';

// Notes to self that must not reach the reader. Upper case only: "tbd" in prose is rare and "todo" is a word.
const NOTE_RE = /(?<![\p{L}\p{N}])(TODO|TBD|TBA|TK|FIXME|NOTE TO SELF)(?![\p{L}\p{N}])[:!]?/gu;

export const rule: Rule = {
  meta: {
    id: 'placeholder/drafting-note',
    category: 'placeholder',
    defaultSeverity: 'error',
    description: 'Finds drafting notes left in the text: TODO, TBD, TK, FIXME.',
    why: 'A note to yourself that reaches the interviewer shows an unfinished draft was sent.',
    advice: 'Write the sentence the note was holding a place for, or delete the note.',
    messages: { note: 'Drafting note "{text}" left in the note.' },
    fixable: true,
    examples: { bad: ['TODO: add a sentence about the REDCap exports'], good: ['I have exported REDCap data for three studies.'] },
  },
  check({ doc, report }) {
    const view = slotView(doc);
    NOTE_RE.lastIndex = 0;
    for (let m = NOTE_RE.exec(view); m; m = NOTE_RE.exec(view)) {
      const start = m.index;
      const end = start + m[0].length;
      const ls = view.lastIndexOf('\n', start) + 1;
      let le = view.indexOf('\n', start);
      if (le < 0) le = view.length;
      const fixes = [];
      // "TODO: ..." filling a whole line can be deleted with its line.
      if (view.slice(ls, start).trim() === '' && /[:]/.test(m[0] + view[end])) {
        const next = doc.text[le] === '\r' ? le + 2 : le + 1;
        fixes.push({ title: 'Delete the drafting note line', edits: [{ start: ls, end: Math.min(next, doc.text.length), newText: '' }], safe: false });
      }
      report({ messageId: 'note', data: { text: m[0] }, start, end, fixes });
    }
  },
};
