import type { Rule } from '../types';
import list from '../../lexicon/informal.json';
import { reportPhrases, sentenceRemoval, type PhraseList } from '../support/phrase-lists';
import { sentenceTokens } from '../../document/tokens';
import { matchCase } from '../../document/text';

const LIST = list as PhraseList;
const CASUAL_GREETINGS = new Set(['hey', 'hiya', 'heya', 'yo', 'howdy', 'sup']);
const INTERJECTIONS = new Set(list.interjections);
/** A letter written three or more times in a row: "sooo", "thaaanks". */
const ELONGATED = /(\p{Ll})\1\1/u;

export const rule: Rule = {
  meta: {
    id: 'tone/informal',
    category: 'tone',
    defaultSeverity: 'warning',
    description: 'Slang, chat abbreviations and casual words ("gonna", "super excited", "awesome", "thx", "Hey").',
    why: 'The interviewer reads the note as a sample of how you write to colleagues and clients; text-message language makes a careful candidate look casual about the job.',
    advice: 'Use the formal word the quick fix offers ("going to", "very excited", "thank you"); write as you would to a senior colleague you respect.',
    messages: {
      replace: '"{text}" is {reason}; write "{replacement}".',
      flag: '"{text}" is {reason}; leave it out of a note to an interviewer.',
      greeting: '"{text}" is a casual greeting for an interviewer; use "Dear" or "Hello".',
      elongated: '"{text}" is stretched out as in a chat; spell it normally.',
      interjection: '"{text}" on its own is chatty for a note to an interviewer; leave it out.',
    },
    fixable: true,
    examples: { bad: ["I'm gonna follow up next week.", "I'm super excited about the role!", 'Hey Dana,', 'thx again'], good: ['I am very excited about the role.', 'Dear Dana,'] },
  },
  check(ctx) {
    const { doc, report } = ctx;
    const sal = doc.body.salutation;
    if (sal && CASUAL_GREETINGS.has(sal.greeting.toLowerCase())) {
      const replacement = matchCase(sal.greeting, 'Dear');
      report({
        messageId: 'greeting',
        data: { text: sal.greeting },
        ...sal.greetingSpan,
        fixes: [
          { title: `Replace with "${replacement}"`, edits: [{ ...sal.greetingSpan, newText: replacement }], safe: false, preferred: true },
          { title: 'Replace with "Hello"', edits: [{ ...sal.greetingSpan, newText: 'Hello' }], safe: false },
        ],
      });
    }
    const found = reportPhrases(ctx, LIST);
    const reported = new Set(found.flatMap((m) => m.tokens.map((t) => t.start)));
    for (const s of doc.body.sentences) {
      // "Enjoy!" or "Wow!" as a sentence of its own
      const words = sentenceTokens(s);
      if (words.length === 1 && INTERJECTIONS.has(words[0].norm) && /!\s*$/.test(s.text) && !reported.has(words[0].start)) {
        report({ messageId: 'interjection', data: { text: s.text.trim() }, start: s.start, end: s.end, fixes: [{ title: `Remove "${s.text.trim()}"`, edits: [sentenceRemoval(doc, s)], safe: false, preferred: true }] });
        continue;
      }
      for (const t of words) {
        if (reported.has(t.start) || !ELONGATED.test(t.text) || /^\p{Lu}+$/u.test(t.text) || /\p{N}/u.test(t.text)) continue;
        if (/^(?:x{3,}|z{3,}|w{3,}|i{3,}|m{3,}|h{3,})$/i.test(t.text)) continue; // placeholders, roman numerals, "hmm"
        report({ messageId: 'elongated', data: { text: t.text }, start: t.start, end: t.end });
      }
    }
  },
};
