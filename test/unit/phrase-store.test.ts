import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserializeTries, keyOf, serializeTries, STORE_FILE } from '../../server/src/core/language/phrase-store';
import { buildTrie, type PackedTrie } from '../../server/src/core/language/phrase-trie';
import apology from '../../server/src/core/lexicon/apology.json';
import pushy from '../../server/src/core/lexicon/pushy.json';

const plain = (t: PackedTrie) => ({ words: [...t.words], first: [...t.first], edgeWord: [...t.edgeWord], edgeChild: [...t.edgeChild], value: [...t.value] });
const built = join(__dirname, '../../server/out/dict', STORE_FILE);

describe('phrase tries compiled at build time', () => {
  it('read back exactly as written', () => {
    const lists = [['^ hey', 'hey there', 'i [really|truly] (need|want) this job'], ['sorry', 'sorry (to bother|for) you', 'sorry']];
    const tries = new Map(lists.map((patterns) => [keyOf(patterns), buildTrie(patterns)]));
    // a file read into a Buffer that does not start on a 4-byte boundary is read all the same
    const bytes = serializeTries(tries);
    const shifted = Buffer.concat([Buffer.alloc(1), bytes]).subarray(1);
    for (const file of [bytes, shifted]) {
      const back = deserializeTries(file);
      assert.deepEqual([...back.keys()], [...tries.keys()]);
      for (const [key, trie] of tries) assert.deepEqual(plain(back.get(key)!), plain(trie));
    }
  });

  it('the built file holds the rules\' lists, each the same trie as compiling its patterns now', function () {
    if (!existsSync(built)) this.skip(); // made by `npm run build`, which `npm test` runs first
    const stored = deserializeTries(readFileSync(built));
    for (const list of [apology, pushy]) assert.ok(stored.has(keyOf(list.entries.map((e) => e.phrase))), `${list.description}: not compiled at build time`);
    for (const [key, trie] of stored) assert.deepEqual(plain(trie), plain(buildTrie(key.split('\u0000'))), key.slice(0, 80));
  });
});
