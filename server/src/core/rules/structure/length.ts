import type { Rule } from '../types';

/** Under this many words a note is perfunctory; from here a complete note (thanks, one detail, interest) reads well. */
export const TOO_SHORT = 40;
export const LONG = 200;
export const TOO_LONG = 300;

export const rule: Rule = {
  meta: {
    id: 'structure/length',
    category: 'structure',
    defaultSeverity: 'warning',
    description: `The body should be about 50–200 words: under ${TOO_SHORT} reads perfunctory, over ${TOO_LONG} will be skimmed.`,
    why: 'Interviewers read thank-you notes on the way to something else; in large email studies, messages of 50–125 words got the most replies, and guides put a thank-you note at about 100–200 words.',
    advice: 'Keep to thanks, one specific detail, one line on what you bring, and your continued interest.',
    messages: {
      tooShort: 'The note is only {words} words; add one specific detail from the conversation and one line on what you bring.',
      long: 'The note is {words} words; around 100–200 reads best.',
      tooLong: 'The note is {words} words; interviewers skim anything this long. Cut it to about 200.',
    },
    fixable: false,
    examples: { bad: ['Thank you for the interview. I am still very interested.'] },
  },
  check({ doc, report }) {
    const words = doc.body.words;
    const n = words.length;
    if (n === 0) return;
    const paragraphs = doc.body.paragraphs;
    if (n < TOO_SHORT) {
      report({ messageId: 'tooShort', data: { words: n }, start: paragraphs[0].start, end: doc.body.sentences[0].end });
    } else if (n > LONG) {
      // Point at the paragraph where the note passes the limit.
      const limit = n > TOO_LONG ? TOO_LONG : LONG;
      const at = words[limit].start;
      const para = paragraphs.find((p) => p.start <= at && at <= p.end) ?? paragraphs[paragraphs.length - 1];
      const sentence = para.sentences.find((s) => s.start <= at && at <= s.end) ?? para.sentences[0];
      report({ messageId: n > TOO_LONG ? 'tooLong' : 'long', severity: n > TOO_LONG ? 'warning' : 'information', data: { words: n }, start: sentence.start, end: sentence.end });
    }
  },
};
