import type { Rule } from '../types';
import { soundOf } from '../../language/articles';
import { sentenceTokens } from '../../document/tokens';

/** Between the article and its word only spaces, emphasis or an opening quote may stand. */
const GAP = /^[\s*_"“‘']+$/;

export const rule: Rule = {
  meta: {
    id: 'proofreading/article',
    category: 'proofreading',
    defaultSeverity: 'warning',
    description: 'The wrong indefinite article: "an great", "a interview". The choice follows the sound, not the letter: "a unit", "an hour", "an MBA", "a one-page memo".',
    why: '"A interview" is a slip an interviewer notices at once, and in a short note it stands out as a sign of haste.',
    advice: 'Use "an" before a vowel sound and "a" before a consonant sound; the quick fix picks the right one.',
    messages: {
      useAn: '"{article} {word}" should be "{fixed} {word}": "{word}" starts with a vowel sound.',
      useA: '"{article} {word}" should be "{fixed} {word}": "{word}" starts with a consonant sound.',
    },
    fixable: true,
    yieldsTo: ['proofreading/grammar'],
    examples: { bad: ['It was an great conversation.', 'Thank you for a interview.'], good: ['a unit', 'an hour', 'an MBA', 'a one-page memo', 'a European client', 'an FAQ'] },
  },
  check({ doc, report }) {
    for (const s of doc.body.sentences) {
      const tokens = sentenceTokens(s);
      for (let i = 0; i + 1 < tokens.length; i++) {
        const art = tokens[i];
        if (art.norm !== 'a' && art.norm !== 'an') continue;
        // "Plan A is…", "Vitamin A", "An" as a name: a capital article only opens a sentence.
        if (/^\p{Lu}/u.test(art.text) && i !== 0) continue;
        if (art.text === 'A' && doc.text[art.end] === '.') continue; // "A. Rivera"
        const next = tokens[i + 1];
        if (!GAP.test(doc.text.slice(art.end, next.start))) continue;
        const sound = soundOf(next.text);
        if (!sound) continue;
        const wantsAn = sound === 'vowel';
        if (wantsAn === (art.norm === 'an')) continue;
        const fixed = (wantsAn ? 'an' : 'a');
        const cased = /^\p{Lu}/u.test(art.text) ? fixed[0].toUpperCase() + fixed.slice(1) : fixed;
        report({
          messageId: wantsAn ? 'useAn' : 'useA',
          data: { article: art.text, word: next.text, fixed: cased },
          start: art.start,
          end: next.end,
          fixes: [{ title: `Replace with "${cased}"`, edits: [{ start: art.start, end: art.end, newText: cased }], safe: true, preferred: true }],
        });
      }
    }
  },
};
