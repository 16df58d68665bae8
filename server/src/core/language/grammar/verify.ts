// A grammar fix is offered only when the fixed sentence reads right to the checker itself: no grammar
// finding on or at the words the fix wrote, every new word it wrote is a word, and "a"/"an" agree
// with the sound of the word after them. A template that inflects a word the wrong way ("heare",
// "nurs's") or a rule whose fix leaves a second mistake ("looking forward to for") then keeps its
// finding and loses only its quick fix.
import { getGrammarChecker } from './index';
import { tagTokens, tokenizeForGrammar } from './tokens';
import { getSpeller } from '../spelling';
import { soundOf } from '../articles';
import type { Dialect } from '../dialect';

const WORD = /\p{L}[\p{L}'’]*/gu;

/**
 * Whether replacing `sentence.slice(start, end)` by `replacement` gives a sentence the checker is
 * content with where it was edited. It reads the sentence alone, as the checker does, so a verdict
 * holds wherever the sentence stands (grammar findings are taken over by sentence after an edit).
 */
export function fixHolds(sentence: string, start: number, end: number, replacement: string, dialect: Dialect | undefined): boolean {
  const fixed = sentence.slice(0, start) + replacement + sentence.slice(end);
  const editEnd = Math.max(start + replacement.length, start + 1);
  const touches = (s: number, e: number) => s < editEnd && start < Math.max(e, s + 1);
  const toks = tagTokens(tokenizeForGrammar(fixed, 0));
  if (toks.length >= 2 && getGrammarChecker().check(toks, dialect, (s, e) => fixed.slice(s, e)).some((g) => touches(g.start, g.end))) return false;
  // words the fix brings in; the writer's own words (a name made possessive too) are theirs to spell
  const bare = (w: string) => w.toLowerCase().replace(/['’]s?$/, '');
  const own = new Set((sentence.match(WORD) ?? []).map(bare));
  const speller = getSpeller(dialect);
  for (const w of replacement.match(WORD) ?? []) if (!own.has(bare(w)) && !speller.isCorrect(w)) return false;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if ((t.norm !== 'a' && t.norm !== 'an') || !touches(t.start, toks[i + 1].end)) continue;
    const sound = soundOf(toks[i + 1].text);
    if (sound && (sound === 'vowel') !== (t.norm === 'an')) return false;
  }
  return true;
}
