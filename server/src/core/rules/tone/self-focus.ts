import type { Rule } from '../types';
import { sentenceTokens } from '../../document/tokens';

const FIRST = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"]);
const SECOND = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'd", "you'll"]);
/** "I" far outweighs "you": more than this many first-person words per second-person one… */
const RATIO = 4;
/** …once there are at least this many first-person words. */
const MIN_FIRST = 12;
/** More than this share of the sentences open with "I" (with at least MIN_I_OPENERS of them). */
const OPENER_SHARE = 0.6;
const MIN_I_OPENERS = 5;

export const rule: Rule = {
  meta: {
    id: 'tone/self-focus',
    category: 'tone',
    defaultSeverity: 'hint',
    description: 'The note talks mostly about you: "I", "me" and "my" far outweigh "you" and "your", or most sentences start with "I".',
    why: 'The interviewer reads the note asking what you would do for their team; a note framed around your own wants reads as self-centred, while one framed around their needs persuades.',
    advice: 'Recast one or two sentences around the reader: "Your plan to move to streaming…" instead of "I want to work on streaming…".',
    messages: {
      ratio: 'The note uses "I/me/my" {first} times and "you/your" {second} times; recast a sentence or two around the interviewer and their team.',
      openers: '{openers} of {sentences} sentences start with "I"; start some with the interviewer, the team or the work.',
    },
    fixable: false,
    examples: { bad: ['I am excited. I think I would be great. I want this role. I have the skills I need.'], good: ['Your plan to split the Terraform state is a problem I know well.'] },
  },
  check({ doc, report }) {
    const sentences = doc.body.sentences;
    if (sentences.length === 0) return;
    let first = 0;
    let second = 0;
    let openers = 0;
    let busiest = sentences[0];
    let busiestCount = -1;
    for (const s of sentences) {
      const tokens = sentenceTokens(s);
      let mine = 0;
      for (const t of tokens) {
        if (FIRST.has(t.norm)) mine++;
        else if (SECOND.has(t.norm)) second++;
      }
      first += mine;
      if (tokens[0]?.norm === 'i' || tokens[0]?.norm.startsWith("i'")) openers++;
      if (mine > busiestCount) {
        busiest = s;
        busiestCount = mine;
      }
    }
    const span = { start: busiest.start, end: busiest.end };
    if (first >= MIN_FIRST && first > RATIO * second) {
      report({ messageId: 'ratio', data: { first, second }, ...span });
      return;
    }
    if (openers >= MIN_I_OPENERS && openers / sentences.length > OPENER_SHARE) {
      report({ messageId: 'openers', data: { openers, sentences: sentences.length }, ...span });
    }
  },
};
