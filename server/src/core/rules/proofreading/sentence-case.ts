import type { Rule } from '../types';
import { sentenceTokens, writtenInFrontMatter } from '../../document/tokens';
import lowercaseNames from '../../lexicon/lowercase-names.json';

/** Tools and brands written in lower case even at a sentence start ("npm", "pandas"). */
const LOWERCASE_NAMES: ReadonlySet<string> = new Set(lowercaseNames.entries);
/** A quoted question or exclamation ("Why now?" and…): the sentence goes on after the closing quote. */
const QUOTED_END = /[?!]["”'’»]$/u;

/** Brands and tools spelled with a lower-case first letter: "iPhone", "eBay", "macOS", "npm". */
const LOWER_BRAND = /^\p{Ll}+\p{Lu}/u;
const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+$/;

export const rule: Rule = {
  meta: {
    id: 'proofreading/sentence-case',
    category: 'proofreading',
    defaultSeverity: 'warning',
    description: 'A sentence that starts with a lower-case letter, and "i" written in lower case.',
    why: 'Capitals at the start of sentences are the most basic sign of care in writing; their absence makes a note look typed on a phone in a hurry.',
    advice: 'Start every sentence with a capital letter and write "I" in capitals; the quick fix does it.',
    messages: {
      lowerStart: 'This sentence starts with "{word}" in lower case; capitalise it.',
      lowerI: 'The pronoun "I" is written in lower case.',
    },
    fixable: true,
    examples: { bad: ['also, I was glad to meet the team.', 'Thanks for the review date. since then, our team has grown.', 'i enjoyed our talk.'], good: ['iPhone support was part of the role.', 'We discussed tools, e.g. dbt and Airflow.'] },
  },
  check({ doc, report }) {
    const { text, body } = doc;
    for (const s of body.sentences) {
      const tokens = sentenceTokens(s);
      const first = tokens[0];
      if (!first) continue;
      for (const t of tokens) {
        if (t.text !== 'i' && !/^i['’](?:m|ve|d|ll)$/.test(t.text)) continue;
        // "i.e." and "e.g." are abbreviations, not the pronoun
        if (text[t.end] === '.' || text[t.start - 1] === '.') continue;
        if (t === first) continue; // reported as a lower-case sentence start below
        report({ messageId: 'lowerI', start: t.start, end: t.start + 1, fixes: [{ title: 'Write "I"', edits: [{ start: t.start, end: t.start + 1, newText: 'I' }], safe: true, preferred: true }] });
      }
      const c = first.text[0];
      if (!/\p{Ll}/u.test(c)) continue;
      // Only a real word at the very start of the sentence (not after a quote, a number or a bracket).
      if (first.start !== s.start && !/^[*_]+$/.test(text.slice(s.start, first.start))) continue;
      if (LOWER_BRAND.test(first.text) || LOWERCASE_NAMES.has(first.text) || writtenInFrontMatter(doc, first.text)) continue;
      // A list item may start in lower case ("- reduced costs by 20%").
      const lineStart = doc.lines.lineStarts[doc.lines.lineOf(s.start)];
      if (LIST_MARKER.test(text.slice(lineStart, s.start))) continue;
      // A sentence that opens with code or a link (`npm` is…, blanked in the prose view) is not judged.
      let j = s.start - 1;
      while (j > lineStart && (text[j] === ' ' || text[j] === '\t')) j--;
      if (j >= lineStart && body.prose[j] !== text[j] && !/[*_\s]/.test(text[j])) continue;
      // After an ellipsis the sentence goes on.
      const before = text.slice(Math.max(body.span.start, s.start - 4), s.start).trimEnd();
      if (before.endsWith('...') || before.endsWith('…') || QUOTED_END.test(before)) continue;
      report({
        messageId: 'lowerStart',
        data: { word: first.text },
        start: first.start,
        end: first.end,
        fixes: [{ title: `Write "${c.toUpperCase()}${first.text.slice(1)}"`, edits: [{ start: first.start, end: first.start + 1, newText: c.toUpperCase() }], safe: true, preferred: true }],
      });
    }
  },
};
