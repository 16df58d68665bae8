import assert from 'node:assert/strict';
import { ruleTester, GOOD_BODY, run } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';
import { fleschKincaid, readingStats, syllables } from '../../../../server/src/core/language/syllables';
import { parseNote } from '../../../../server/src/core/document/parse';

const HARD = `Dear Dana,

Thank you for the comprehensive conversation regarding organizational transformation initiatives. Utilizing sophisticated methodologies, I facilitated interdepartmental collaboration, institutionalizing evidence-based operational improvements. Consequently, administrative inefficiencies diminished considerably throughout multidisciplinary implementation activities.

I remain enthusiastically interested in contributing substantively to Northwind Health's analytical infrastructure modernization.

Best regards,
Alex Rivera
`;

ruleTester('readability/grade', {
  valid: [GOOD_BODY, { name: 'too short to grade', text: 'Dear Dana,\n\nThank you for the comprehensive organizational conversation.\n\nBest regards,\nAlex Rivera\n' }],
  invalid: [{ name: 'a hard note', text: HARD, errors: [{ messageId: 'grade', severity: 'hint', message: 'grade' }] }],
});

describe('readability/grade: the figures', () => {
  it('counts syllables by a reasonable heuristic', () => {
    const cases: [string, number][] = [['thank', 1], ['interview', 3], ['conversation', 4], ['opportunity', 5], ['make', 1], ['wanted', 2], ['simple', 2], ['timely', 2], ['role', 1], ['data', 2], ['ICU', 3], ['business', 2]];
    for (const [w, n] of cases) assert.equal(syllables(w), n, w);
  });

  it('counts the letter\'s sentences only, not the salutation and sign-off', () => {
    const doc = parseNote(note({}, 'Dear Dana,\n\nThank you for your time. I enjoyed it. The team was kind.\n\nBest regards,\nAlex Rivera\n'));
    const stats = readingStats(doc.body.sentences);
    assert.equal(stats.sentences, 3);
    assert.equal(stats.words, 12);
  });

  it('computes Flesch–Kincaid', () => {
    assert.equal(fleschKincaid(100, 5, 150).toFixed(2), (0.39 * 20 + 11.8 * 1.5 - 15.59).toFixed(2));
  });

  it('shows the grade in the hover detail', () => {
    const [d] = run('readability/grade', note({}, HARD));
    assert.match(d.hoverDetail ?? '', /Reading grade \d+\.\d/);
    assert.match(d.hoverDetail ?? '', /words · 4 sentences/);
  });
});
