// Memoised helpers on the hot path must answer exactly as the uncached computation does.
import assert from 'node:assert/strict';
import { syllables } from '../../../server/src/core/language/syllables';
import { weekdayName } from '../../../server/src/core/document/frontmatter/dates';

describe('syllables (memoised)', () => {
  it('gives the same count on repeated calls, also after the cache has been cycled', () => {
    const words = ['experience', 'timely', 'Kubernetes', 'HR', 'streaming', 'the', "people's", '2026', 'idea'];
    const first = words.map(syllables);
    assert.deepEqual(first.slice(0, 2), [4, 2]);
    for (let i = 0; i < 25_000; i++) syllables(`word${i}x`);
    assert.deepEqual(words.map(syllables), first);
    assert.deepEqual(words.map(syllables), first);
  });
});

describe('weekdayName (one shared formatter)', () => {
  it('says what toLocaleDateString says, for every day of two weeks and around midnight', () => {
    for (let day = 0; day < 14; day++) {
      for (const hour of [0, 12, 23]) {
        const d = new Date(2026, 10, 20 + day, hour, 59);
        assert.equal(weekdayName(d), d.toLocaleDateString('en-US', { weekday: 'long' }));
      }
    }
  });
});
