// The part-of-speech tagger tags learner errors as written (the grammar rules rely on it).
import assert from 'node:assert/strict';
import { getTagger, TAGS } from '../../server/src/core/language/tagger';
import { tagTokens, tokenizeForGrammar } from '../../server/src/core/language/grammar';

const tagsOf = (s: string) => Object.fromEntries(tagTokens(tokenizeForGrammar(s)).map((t) => [t.text, TAGS[t.tag]]));

describe('tagger', () => {
  it('loads its packed lexicon', () => assert.ok(getTagger().candidates('team').includes('NN')));
  const probes: [string, string, string][] = [
    ['She have a clear vision.', 'have', 'VB'],
    ['I can helps your team.', 'helps', 'VBZ'],
    ['I am very interesting in the role.', 'interesting', 'ADJ'],
    ['I have went to the site.', 'went', 'VBD'],
    ['Thank you for the informations.', 'informations', 'NNS'],
    ['I look forward to meeting you.', 'meeting', 'VBG'],
    ['Ms. Lee will follow-up on Monday.', 'Ms.', 'PROPN'],
  ];
  for (const [sentence, word, tag] of probes) it(`tags "${word}" in "${sentence}" as ${tag}`, () => assert.equal(tagsOf(sentence)[word], tag));
});
