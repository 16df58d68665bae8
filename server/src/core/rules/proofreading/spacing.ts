import type { Rule } from '../types';

/** A space, a tab or a no-break space (by code: this runs for every character of the body). */
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;

// made once: a regular expression literal in the per-character test made a RegExp object per character
const WHITE = /\s/;

export const rule: Rule = {
  meta: {
    id: 'proofreading/spacing',
    category: 'proofreading',
    defaultSeverity: 'information',
    description: 'Two spaces between words, or a space before a comma, period, colon, semicolon, question mark or exclamation mark.',
    why: 'Stray spaces are small, but in a short note they show up in the mail program and look like a draft that was not cleaned up.',
    advice: 'Use one space between words and none before punctuation; the quick fix removes the extra space.',
    messages: {
      double: 'Two spaces between words; use one.',
      beforePunctuation: 'Space before "{mark}"; remove it.',
    },
    fixable: true,
    examples: { bad: ['Thank you  for your time.', 'I enjoyed it , and I learned a lot .'], good: ['Thank you for your time.'] },
  },
  check({ doc, report }) {
    const { text, body } = doc;
    const prose = body.prose;
    // Both sides of the space must be prose as written (not code, URLs or comments blanked out).
    const isProse = (i: number) => i >= 0 && i < text.length && prose.charCodeAt(i) === text.charCodeAt(i) && !WHITE.test(text[i]);
    for (const p of body.paragraphs) {
      for (let i = p.start + 1; i < p.end; i++) {
        if (!isSpace(text.charCodeAt(i)) || !isProse(i - 1)) continue;
        let e = i;
        while (e < p.end && isSpace(text.charCodeAt(e))) e++;
        if (e >= p.end || text[e] === '\n' || text[e] === '\r' || !isProse(e)) {
          i = e;
          continue;
        }
        const mark = text[e];
        if (e - i >= 2) {
          report({ messageId: 'double', start: i, end: e, fixes: [{ title: 'Use one space', edits: [{ start: i, end: e, newText: ' ' }], safe: true, preferred: true }] });
        } else if (/[,.;:!?]/.test(mark) && /[\p{L}\p{N})]/u.test(text[i - 1])) {
          const after = text[e + 1];
          // "…" or "..." may be spaced; ":)" is an emoticon; ". NET" is a name
          const skip = (mark === '.' && (after === '.' || /\p{L}/u.test(after ?? ''))) || (mark === ':' && /[()DPp3]/.test(after ?? '')) || (/[:;]/.test(mark) && /[-)(]/.test(after ?? ''));
          if (!skip) report({ messageId: 'beforePunctuation', data: { mark }, start: i, end: e + 1, fixes: [{ title: 'Remove the space', edits: [{ start: i, end: e, newText: '' }], safe: true, preferred: true }] });
        }
        i = e - 1;
      }
    }
  },
};
