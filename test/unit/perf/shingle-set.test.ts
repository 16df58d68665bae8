// A note's shingles are kept sorted in a Uint32Array (workspace/fingerprint.ts) instead of a Set, for
// memory: it must answer exactly as the Set did, for any 32-bit hash, duplicates included.
import assert from 'node:assert/strict';
import { ShingleSet } from '../../../server/src/core/workspace/fingerprint';

describe('ShingleSet', () => {
  it('has the members, size and iteration of a Set of the same hashes', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (const n of [0, 1, 2, 17, 500]) {
      const values = Array.from({ length: n }, (_, i) => (i % 5 === 0 && i ? 0xffffffff : next()));
      values.push(...values.slice(0, n >> 1)); // duplicates
      const set = new Set(values);
      const shingles = new ShingleSet(values);
      assert.equal(shingles.size, set.size);
      assert.deepEqual([...shingles].sort((a, b) => a - b), [...set].sort((a, b) => a - b));
      for (const v of values) assert.ok(shingles.has(v));
      for (let k = 0; k < 200; k++) {
        const probe = next();
        assert.equal(shingles.has(probe), set.has(probe));
      }
      assert.equal(shingles.has(-1), false);
    }
  });
});

describe('ShingleSet.common', () => {
  it('counts the hashes two sets share, as the Sets would', () => {
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (const [n, m] of [[0, 0], [0, 5], [1, 1], [40, 300], [300, 40], [200, 200]]) {
      const a = Array.from({ length: n }, () => next() % 400);
      const b = Array.from({ length: m }, (_, i) => (i % 3 === 0 && a.length ? a[i % a.length] : next() % 400));
      const setB = new Set(b);
      const expected = [...new Set(a)].filter((h) => setB.has(h)).length;
      assert.equal(new ShingleSet(a).common(new ShingleSet(b)), expected);
      assert.equal(new ShingleSet(b).common(new ShingleSet(a)), expected);
    }
    assert.equal(new ShingleSet([0xffffffff, 0, 7]).common(new ShingleSet([0xffffffff, 7, 8])), 2);
  });
});
