import type { Rule } from '../types';
import data from '../../lexicon/repeated-words.json';
import { sentenceTokens } from '../../document/tokens';

const ALLOWED = new Set(data.entries.map((e) => e.phrase));

export const rule: Rule = {
  meta: {
    id: 'proofreading/repeated-word',
    category: 'proofreading',
    defaultSeverity: 'warning',
    description: 'A word typed twice in a row ("the the"), often across a line break.',
    why: 'A doubled word is the typo readers notice most easily, and it tells the interviewer the note was not reread before sending.',
    advice: 'Delete the second copy (the quick fix does it).',
    messages: { repeated: '"{word}" is repeated.' },
    fixable: true,
    examples: { bad: ['Thank you for the the conversation.'], good: ['I had had two interviews that week.', 'I know that that approach works.'] },
  },
  check({ doc, report }) {
    for (const s of doc.body.sentences) {
      const tokens = sentenceTokens(s);
      for (let i = 1; i < tokens.length; i++) {
        const a = tokens[i - 1];
        const b = tokens[i];
        if (a.norm !== b.norm || !b.joined || /\p{N}/u.test(a.norm)) continue;
        // only white space between them: "that, that" or "bye-bye" are deliberate
        if (!/^\s+$/.test(doc.text.slice(a.end, b.start))) continue;
        if (ALLOWED.has(`${a.norm} ${b.norm}`)) continue;
        // "Walla Walla", "Sirhan Sirhan": a capitalised pair inside a sentence is a name
        if (i - 1 > 0 && /^\p{Lu}/u.test(a.text) && /^\p{Lu}/u.test(b.text)) continue;
        report({
          messageId: 'repeated',
          data: { word: b.text },
          start: a.start,
          end: b.end,
          fixes: [{ title: `Remove the second "${b.text}"`, edits: [{ start: a.end, end: b.end, newText: '' }], safe: true, preferred: true }],
        });
      }
    }
  },
};
