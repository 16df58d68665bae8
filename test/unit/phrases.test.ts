import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandPattern, PhraseMatcher } from '../../server/src/core/language/phrase-matcher';
import { tokenize } from '../../server/src/core/document/tokens';
import { cpuNow } from '../helpers/cpu-time';

const matches = (patterns: string[], text: string) =>
  new PhraseMatcher(patterns.map((p) => ({ pattern: p, value: p }))).matchText(text).map((m) => `${m.value}=${text.slice(m.start, m.end)}`);

describe('phrase matcher', () => {
  it('is case-insensitive and tolerates line breaks, emphasis and curly apostrophes', () => {
    assert.deepEqual(matches(["i'm gonna"], 'Yes, I’m\n  *gonna* go.'), ["i'm gonna=I’m\n  *gonna"]);
  });

  it('matches whole words only', () => {
    assert.deepEqual(matches(['cool'], 'The coolant and the uncool kids.'), []);
    assert.deepEqual(matches(['info'], 'information'), []);
  });

  it('does not continue across a comma or a period', () => {
    assert.deepEqual(matches(['sorry to bother you'], 'Sorry, to bother you.'), []);
    assert.deepEqual(matches(['the end'], 'the. End'), []);
  });

  it('treats a hyphen as a word break in both pattern and text', () => {
    assert.deepEqual(matches(['hard-working'], 'a hard working and hard-working person'), ['hard-working=hard working', 'hard-working=hard-working']);
  });

  it('supports choices, groups and optional words', () => {
    const p = ['i [really|truly] need (this job|the position)'];
    assert.deepEqual(matches(p, 'I need this job.'), [`${p[0]}=I need this job`]);
    assert.deepEqual(matches(p, 'I truly need the position.'), [`${p[0]}=I truly need the position`]);
    assert.deepEqual(matches(p, 'I need this position.'), []);
  });

  it('anchors ^ patterns at the start of the unit', () => {
    assert.deepEqual(matches(['^ hey'], 'Hey there. They said hey.'), ['^ hey=Hey']);
  });

  it('prefers the longest match and does not overlap', () => {
    assert.deepEqual(matches(['awesome', 'pretty awesome'], 'It was pretty awesome, really awesome.'), ['pretty awesome=pretty awesome', 'awesome=awesome']);
  });

  it('keeps offsets into the note', () => {
    const [t] = tokenize('  don’t', 100);
    assert.deepEqual([t.start, t.end, t.norm], [102, 107, "don't"]);
  });

  it('rejects malformed patterns', () => {
    assert.throws(() => expandPattern('a|| b'), /Empty choice/);
    assert.throws(() => expandPattern('(a|b'), /Unclosed/);
    assert.throws(() => expandPattern('(a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j)'), /more than/);
  });

  it('runs in linear time on hostile input', () => {
    const m = new PhraseMatcher([{ pattern: 'a a a a a a a a b', value: 1 }]);
    const text = 'a '.repeat(200_000);
    const t0 = cpuNow();
    assert.deepEqual(m.matchText(text), []);
    const ms = cpuNow() - t0;
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms of CPU`);
  });
});

describe('lexicon phrase lists', () => {
  const dir = join(__dirname, '../../server/src/core/lexicon');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    const entries = Object.values(data).flatMap((v) => (Array.isArray(v) ? v : [])).filter((e): e is { phrase: string; reason?: string; names?: string; stands?: string } => typeof e === 'object' && e !== null && 'phrase' in e);
    // Marker lists (a presence test) and context lists hold bare patterns.
    const patterns = [data.phrases, data.before].flatMap((v) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []));
    if (entries.length === 0 && patterns.length === 0) continue;
    it(`${file}: every pattern compiles and every entry says why it is listed`, () => {
      assert.ok(typeof data.description === 'string' && data.description.length > 20, 'a description of the list');
      for (const e of entries) {
        assert.ok(expandPattern(e.phrase).length > 0, e.phrase);
        assert.ok(e.reason?.trim() || e.names || e.stands, `no reason for "${e.phrase}"`);
      }
      for (const p of patterns) assert.ok(expandPattern(p).length > 0, p);
    });
  }
});
