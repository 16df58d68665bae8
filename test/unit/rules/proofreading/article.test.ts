import assert from 'node:assert/strict';
import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';
import { soundOf } from '../../../../server/src/core/language/articles';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
const withSentence = (s: string) => GOOD_BODY.replace(P, s);

/** Words and the article they take, by sound. `undefined`: either is accepted, never flagged. */
const BY_SOUND: [string, 'a' | 'an' | undefined][] = [
  ['unit', 'a'], ['university', 'a'], ['unique', 'a'], ['uniform', 'a'], ['union', 'a'], ['user', 'a'], ['useful', 'a'],
  ['usual', 'a'], ['utility', 'a'], ['European', 'a'], ['euro', 'a'], ['one', 'a'], ['once', 'a'], ['one-page', 'a'],
  ['URL', 'a'], ['UX', 'a'], ['US', 'a'], ['NASA', 'a'], ['HIPAA', 'a'], ['year', 'a'], ['yes', 'a'], ['hospital', 'a'],
  ['house', 'a'], ['history', 'a'], ['PhD', 'a'], ['B2B', 'a'], ['CPA', 'a'], ['Honda', 'a'], ['100', 'a'], ['2026', 'a'],
  ['hour', 'an'], ['hourly', 'an'], ['honest', 'an'], ['honor', 'an'], ['heir', 'an'], ['MBA', 'an'], ['FBI', 'an'],
  ['HR', 'an'], ['RN', 'an'], ['ICU', 'an'], ['ER', 'an'], ['LPN', 'an'], ['NCLEX', 'an'], ['SAP', 'an'], ['API', 'an'],
  ['MRI', 'an'], ['X', 'an'], ['F1', 'an'], ['8', 'an'], ['11', 'an'], ['18', 'an'], ['80', 'an'], ['800', 'an'],
  ['interview', 'an'], ['update', 'an'], ['umbrella', 'an'], ['unusual', 'an'], ['uninterested', 'an'], ['urgent', 'an'],
  ['iPhone', 'an'], ['eBay', 'an'], ['OSHA', 'an'], ['MSc', 'an'], ['Xbox', 'an'], ['onerous', 'an'], ['elephant', 'an'],
  ['historic', undefined], ['hotel', undefined], ['herb', undefined], ['FAQ', undefined], ['SQL', undefined], ['HVAC', undefined], ['IFRS', undefined],
];

describe('a/an by sound', () => {
  for (const [word, article] of BY_SOUND) {
    it(`${article ?? 'a or an'} ${word}`, () => {
      const sound = soundOf(word);
      assert.equal(sound === undefined ? undefined : sound === 'vowel' ? 'an' : 'a', article);
    });
  }
});

ruleTester('proofreading/article', {
  valid: [
    GOOD_BODY,
    { name: 'the traps of the corpus', text: withSentence('I wrote a one-page memo for a unit of an hour-long course on a university campus.') },
    { name: 'initialisms', text: withSentence('I hold an MBA, worked as an RN in an ICU, and wrote an FAQ for a HVAC crew and an HVAC crew.') },
    { name: 'a European client and an honest answer', text: withSentence('A European client asked for an honest estimate.') },
    { name: 'Plan A is a letter, not an article', text: withSentence('We chose Plan A over a backup plan.') },
    { name: 'numbers by sound', text: withSentence('It was an 8-hour shift in an 18-bed unit, a 12-hour shift elsewhere.') },
  ],
  invalid: [
    { name: 'an great', text: withSentence('It was an great conversation.'), errors: [{ messageId: 'useA', text: 'an great', severity: 'warning' }], output: withSentence('It was a great conversation.') },
    { name: 'a interview', text: withSentence('Thank you for a interview.'), errors: [{ messageId: 'useAn', text: 'a interview' }], output: withSentence('Thank you for an interview.') },
    { name: 'A at the start of a sentence keeps its capital', text: withSentence('A interesting question came up.'), errors: [{ messageId: 'useAn', text: 'A interesting' }], output: withSentence('An interesting question came up.') },
    { name: 'a hour', text: withSentence('We spoke for a hour.'), errors: [{ messageId: 'useAn', text: 'a hour' }], output: withSentence('We spoke for an hour.') },
    { name: 'an unique', text: withSentence('It is an unique team.'), errors: [{ messageId: 'useA', text: 'an unique' }], output: withSentence('It is a unique team.') },
    { name: 'a MBA', text: withSentence('I have a MBA.'), errors: [{ messageId: 'useAn', text: 'a MBA' }], output: withSentence('I have an MBA.') },
    { name: 'across a line break', text: withSentence('It was an\ngreat day.'), errors: [{ messageId: 'useA', text: 'an\ngreat' }] },
    { name: 'with emphasis', text: withSentence('It was an *great* day.'), errors: [{ messageId: 'useA', text: 'an *great' }] },
  ],
});
