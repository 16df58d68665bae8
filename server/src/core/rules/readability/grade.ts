import type { Rule } from '../types';
import { fleschKincaid, readingStats, syllables } from '../../language/syllables';

/** Above this Flesch–Kincaid grade the note gets a hint. */
export const MAX_GRADE = 12;
/** Too little text for a meaningful grade. */
const MIN_WORDS = 40;
const MIN_SENTENCES = 3;

export const rule: Rule = {
  meta: {
    id: 'readability/grade',
    category: 'readability',
    defaultSeverity: 'hint',
    description: `The reading grade (Flesch–Kincaid) of the letter is above ${MAX_GRADE}.`,
    why: 'Plain writing is read faster and remembered better; in a study of millions of emails, messages written at a third-grade level got more replies than those at college level.',
    advice: 'Shorten the longest sentences and swap long words for short ones ("use" for "utilize", "help" for "facilitate").',
    messages: { grade: 'The note reads at grade {grade} (Flesch–Kincaid); aim for {max} or below. The hardest sentence is highlighted.' },
    fixable: false,
    examples: { bad: ['Utilizing comprehensive methodologies, I facilitated organizational transformation initiatives.'], good: ['I led the move to streaming and cut report delays to ten minutes.'] },
  },
  check({ doc, report }) {
    const sentences = doc.body.sentences;
    const stats = readingStats(sentences);
    if (stats.words < MIN_WORDS || stats.sentences < MIN_SENTENCES || stats.grade <= MAX_GRADE) return;
    let hardest = sentences[0];
    let hardestGrade = -Infinity;
    for (const s of sentences) {
      if (s.words.length === 0) continue;
      const g = fleschKincaid(s.words.length, 1, s.words.reduce((n, w) => n + syllables(w.text), 0));
      if (g > hardestGrade) {
        hardest = s;
        hardestGrade = g;
      }
    }
    const grade = stats.grade.toFixed(1);
    const hoverDetail = [
      `**Reading grade ${grade}** (Flesch–Kincaid), target ${MAX_GRADE} or below.`,
      '',
      `${stats.words} words · ${stats.sentences} sentences · ${(stats.words / stats.sentences).toFixed(1)} words per sentence · ${(stats.syllables / stats.words).toFixed(2)} syllables per word.`,
      `The highlighted sentence alone reads at grade ${hardestGrade.toFixed(1)}.`,
    ].join('\n');
    report({ messageId: 'grade', data: { grade, max: MAX_GRADE }, start: hardest.start, end: hardest.end, hoverDetail });
  },
};
