// The fixes of grammar findings: a rule's fix templates filled with the matched words, inflected
// or recased (see the template syntax at the top of ./check).
import { adjectiveOf, adverbOf, baseOf, ingOf, participleOf, pastOf, phrasalOf, pluralOf, possessiveOf, singularOf, thirdPersonOf } from './morphology';
import { soundOf } from '../articles';
import type { PatternMatch } from './pattern';
import type { TaggedToken } from './tokens';

/** What fixesOf needs of a rule: its fix templates and its maps. */
export interface FixSource {
  data: { fix?: string | string[] };
  maps: Record<string, Record<string, string>>;
}

const INFLECT: Record<string, (w: string) => string | undefined> = {
  base: baseOf,
  past: pastOf,
  pp: participleOf,
  ing: ingOf,
  s: thirdPersonOf,
  plural: (w) => {
    const dash = w.lastIndexOf('-');
    return dash > 0 ? w.slice(0, dash + 1) + pluralOf(w.slice(dash + 1)) : pluralOf(w);
  },
  singular: singularOf,
  adj: adjectiveOf,
  adv: adverbOf,
  poss: possessiveOf,
  // the word without its possessive ending: "apprentice's" -> "apprentice"
  bare: (w) => w.replace(/['’]s?$/, ''),
  // the superlative of a comparative: "friendlier" -> "friendliest", "better" -> "best"
  cmp: (w) => ({ best: 'better', worst: 'worse', most: 'more', least: 'less' })[w.toLowerCase()] ?? (/est$/i.test(w) ? w.slice(0, -3) + 'er' : undefined),
  superlative: (w) => ({ better: 'best', worse: 'worst', further: 'furthest', farther: 'farthest' })[w.toLowerCase()] ?? (/er$/i.test(w) ? w.slice(0, -2) + 'est' : undefined),
  phrasal: phrasalOf,
  a: (w) => {
    const first = w.split(/\s/)[0];
    // a word either article may go before ("hotel", "historic") takes "a" in a fix
    const sound = soundOf(first) ?? (/^h\p{Ll}/u.test(first) ? 'consonant' : undefined);
    return sound ? `${sound === 'vowel' ? 'an' : 'a'} ${w}` : undefined;
  },
  lower: (w) => w.toLowerCase(),
  cap: (w) => w.charAt(0).toUpperCase() + w.slice(1),
};

/** The filled fix templates; [] when the rule has none; undefined when a template cannot be filled. */
export function fixesOf(rule: FixSource, m: PatternMatch, toks: readonly TaggedToken[], source: (s: number, e: number) => string): string[] | undefined {
  const templates = rule.data.fix === undefined ? [] : Array.isArray(rule.data.fix) ? rule.data.fix : [rule.data.fix];
  const out: string[] = [];
  for (const template of templates) {
    let failed = false;
    let text = template.replace(/\{(\d+)(?::(\w+)|@(\w+))?\}/g, (_all, n: string, xform?: string, map?: string) => {
      const cap = n === '0' ? ([m.markStart, m.markEnd] as [number, number]) : m.caps[Number(n)];
      if (!cap) return '';
      const [s, e] = cap;
      if (e <= s) return '';
      const written = source(toks[s].start, toks[e - 1].end);
      if (map) {
        const v = rule.maps[map]?.[written.toLowerCase()];
        if (v === undefined) failed = true;
        return v ?? '';
      }
      if (!xform) return written;
      const f = INFLECT[xform];
      const v = f?.(written);
      if (v === undefined) failed = true;
      return v ?? '';
    });
    if (failed) return undefined;
    text = text.replace(/\s+/g, ' ').trim();
    // a fix at the start of a sentence starts with a capital
    if (m.markStart === firstWord(toks) && /^\p{Ll}/u.test(text) && /^\p{Lu}/u.test(toks[m.markStart].text)) text = text.charAt(0).toUpperCase() + text.slice(1);
    if (!out.includes(text)) out.push(text);
  }
  return out;
}

export function firstWord(toks: readonly TaggedToken[]): number {
  let i = 0;
  while (i < toks.length && toks[i].punct) i++;
  return i;
}
