// A note's shingles are kept sorted in a Uint32Array (workspace/fingerprint.ts) instead of a Set, for
// memory: it must answer exactly as the Set did, for any 32-bit hash, duplicates included.
import assert from 'node:assert/strict';
import { packPrint, printOf, ShingleSet, unpackPrint, type NotePrint } from '../../../server/src/core/workspace/fingerprint';
import { parseNote } from '../../../server/src/core/document/parse';

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

// The CLI's lanes pass prints packed into one Uint32Array (cli/lint-workers.ts): unpacked, a print
// must be the print it was, for the notes' real prints and for edge cases.
describe('packPrint and unpackPrint', () => {
  const same = (a: NotePrint, b: NotePrint) => {
    assert.deepEqual(b.sentences, a.sentences);
    assert.equal(b.all.size, a.all.size);
    assert.deepEqual([...b.all], [...a.all]);
    assert.equal(b.all.common(a.all), a.all.size);
  };

  it('gives back the print of a note', () => {
    const text = [
      '---', 'interviewer: Aigerim Bekova', 'role: Site Nurse Manager', 'company: Ridgeway Care', 'interview_date: 2026-11-20', '---',
      'Dear Ms Bekova,', '',
      'Thank you for walking me through the night rota and the handover checklist your ward uses.',
      'I liked how the team reviews every fall within a day; at my last post I led a similar review for a 30-bed unit.',
      'Short one.', '',
      'Kind regards,', 'Tomás Ruiz',
    ].join('\n');
    const print = printOf(parseNote(text));
    assert.ok(print.sentences.length >= 2 && print.all.size > 20);
    same(print, unpackPrint(packPrint(print)));
  });

  it('gives back empty prints, prints with no sentence shingles and hashes at the ends of the range', () => {
    const cases: NotePrint[] = [
      { sentences: [], all: new ShingleSet([]) },
      { sentences: [{ start: 0, end: 4, shingles: [] }], all: new ShingleSet([]) },
      { sentences: [{ start: 3, end: 90, shingles: [0xffffffff, 0, 5, 5] }, { start: 91, end: 0x7fffffff, shingles: [1] }], all: new ShingleSet([0xffffffff, 0, 5, 1]) },
    ];
    for (const print of cases) same(print, unpackPrint(packPrint(print)));
  });

  it('reads the sentences out once, when asked', () => {
    const print: NotePrint = { sentences: [{ start: 3, end: 9, shingles: [4, 2] }], all: new ShingleSet([2, 4, 8]) };
    const packed = packPrint(print);
    const unpacked = unpackPrint(packed);
    assert.equal(unpacked.sentences, unpacked.sentences);
    same(print, unpacked);
  });
});
