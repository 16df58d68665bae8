// Builds the packed lexicon of the compact tagger (tagger.ts) from the `en-lexicon` npm package
// (MIT, © 2017 Alex Corvi; Eric Brill's tagger lexicon, corrected and extended — see
// bench/tagger-bakeoff.md). Run at build time only: en-lexicon is a devDependency, never bundled.
//
//   buildPackedLexicon(source: Record<string, string>): { packed: PackedLexicon; stats: BuildStats }
//   writePackedModule(packed, 'x.js')  — ES module `export default {...}` (data embedded in the bundle)
//   writePackedText(packed, 'x.txt')   — data file (JSON header line + data), for lazy loading with parsePackedLexicon()
//   CLI (after bundling, as bench/tagger/run.mjs does):  node build.cjs <out.js|out.txt> [--deps <dir holding node_modules>]
//
// Steps: map Penn tags to the coarse tag set (dedupe, keep order = most likely first, at most 4);
// clean obvious noise (PROPN on lower-case words, VB on regular 3rd-person -s forms, foreign/list
// tags, punctuation tags on words); apply a short list of hand overrides (contractions, clitics,
// function words, emotive -ed/-ing adjectives); drop capitalised entries that add nothing; drop every
// entry the runtime guesser already predicts exactly (regular inflections of a kept stem, suffix
// classes, plain nouns); sort and pack into one string.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  TAGS, type PackedLexicon, type Lookup, guess, PROPN, VB, VBZ, VBN, VBG, NN, ADJ, X, PUNCT,
} from './tagger';

const PENN: Record<string, string> = {
  NN: 'NN', NNS: 'NNS', NNP: 'PROPN', NNPS: 'PROPN', NP: 'PROPN', NPS: 'PROPN', PRP: 'PRON', 'PRP$': 'DET', 'WP$': 'DET',
  WP: 'PRON', WDT: 'PRON', DT: 'DET', PDT: 'DET', EX: 'PRON', JJ: 'ADJ', JJR: 'ADJ', JJS: 'ADJ', RB: 'ADV', RBR: 'ADV',
  RBS: 'ADV', WRB: 'ADV', IN: 'ADP', RP: 'ADP', TO: 'TO', CC: 'CC', CD: 'NUM', MD: 'MD', VB: 'VB', VBP: 'VB', VBZ: 'VBZ',
  VBD: 'VBD', VBN: 'VBN', VBG: 'VBG', POS: 'POS', UH: 'INTJ', FW: 'X', LS: 'X', SYM: 'SYM',
};

/** Hand overrides (coarse tags, most likely first). General English, not tuned to any test text. */
export const OVERRIDES: Record<string, string> = {
  // clitics split Penn-style, and whole contractions (tagged by their verb/host part)
  "'m": 'VB', "'re": 'VB', "'ve": 'VB', "'ll": 'MD', "'d": 'MD VBD', "n't": 'ADV', "'s": 'POS VBZ',
  "don't": 'VB', "doesn't": 'VBZ', "didn't": 'VBD', "can't": 'MD', "cannot": 'MD', "won't": 'MD', "wouldn't": 'MD',
  "couldn't": 'MD', "shouldn't": 'MD', "isn't": 'VBZ', "aren't": 'VB', "wasn't": 'VBD', "weren't": 'VBD',
  "haven't": 'VB', "hasn't": 'VBZ', "hadn't": 'VBD', "i'm": 'PRON', "i've": 'PRON', "i'll": 'PRON', "i'd": 'PRON',
  "you're": 'PRON', "we're": 'PRON', "they're": 'PRON', "it's": 'PRON', "that's": 'PRON', "there's": 'PRON',
  "let's": 'VB', "he's": 'PRON', "she's": 'PRON', "you've": 'PRON', "we've": 'PRON', "you'll": 'PRON', "we'll": 'PRON',
  // function words whose Brill entries carry many rare tags
  that: 'ADP DET PRON ADV', this: 'DET PRON', these: 'DET PRON', those: 'DET PRON', which: 'PRON DET', what: 'PRON DET',
  who: 'PRON', whom: 'PRON', whose: 'DET', as: 'ADP ADV', like: 'ADP VB', so: 'ADV CC', there: 'PRON ADV', about: 'ADP ADV',
  to: 'TO', for: 'ADP', of: 'ADP', with: 'ADP', from: 'ADP', in: 'ADP ADV', on: 'ADP ADV', at: 'ADP', by: 'ADP',
  if: 'ADP', whether: 'ADP', because: 'ADP', although: 'ADP', though: 'ADP ADV', while: 'ADP NN', since: 'ADP ADV',
  than: 'ADP', and: 'CC', or: 'CC', but: 'CC', nor: 'CC', a: 'DET', an: 'DET', the: 'DET', all: 'DET', both: 'DET',
  each: 'DET', every: 'DET', any: 'DET', some: 'DET', no: 'DET', another: 'DET', either: 'DET', neither: 'DET',
  many: 'ADJ', several: 'ADJ', few: 'ADJ', more: 'ADJ ADV', most: 'ADJ ADV', much: 'ADJ ADV', less: 'ADJ ADV',
  my: 'DET', your: 'DET', his: 'DET PRON', her: 'PRON DET', its: 'DET', our: 'DET', their: 'DET',
  i: 'PRON', you: 'PRON', he: 'PRON', she: 'PRON', it: 'PRON', we: 'PRON', they: 'PRON', me: 'PRON', him: 'PRON',
  us: 'PRON', them: 'PRON', one: 'NUM PRON NN', please: 'INTJ VB', thanks: 'NNS VBZ INTJ', thank: 'VB',
  not: 'ADV', never: 'ADV', also: 'ADV', very: 'ADV', really: 'ADV', just: 'ADV', yesterday: 'NN ADV',
  today: 'NN ADV', tomorrow: 'NN ADV', can: 'MD', will: 'MD NN', would: 'MD', could: 'MD', should: 'MD', may: 'MD',
  might: 'MD', must: 'MD', shall: 'MD', am: 'VB', are: 'VB', is: 'VBZ', was: 'VBD', were: 'VBD', be: 'VB', been: 'VBN',
  being: 'VBG', have: 'VB', has: 'VBZ', had: 'VBD VBN', do: 'VB', does: 'VBZ', did: 'VBD', done: 'VBN ADJ',
  // emotive participles used as adjectives (dictionary adjectives; the rules need them ADJ-first)
  interested: 'ADJ VBN VBD', excited: 'ADJ VBN VBD', impressed: 'ADJ VBN VBD', pleased: 'ADJ VBN VBD',
  delighted: 'ADJ VBN VBD', thrilled: 'ADJ VBN VBD', surprised: 'ADJ VBN VBD', amazed: 'ADJ VBN VBD',
  honored: 'ADJ VBN VBD', honoured: 'ADJ VBN VBD', inspired: 'ADJ VBN VBD', encouraged: 'ADJ VBN VBD',
  motivated: 'ADJ VBN VBD', disappointed: 'ADJ VBN VBD', satisfied: 'ADJ VBN VBD', concerned: 'ADJ VBN VBD',
  worried: 'ADJ VBN VBD', confused: 'ADJ VBN VBD', fascinated: 'ADJ VBN VBD', intrigued: 'ADJ VBN VBD',
  humbled: 'ADJ VBN VBD', relieved: 'ADJ VBN VBD', overwhelmed: 'ADJ VBN VBD', tired: 'ADJ VBN VBD',
  interesting: 'ADJ VBG', exciting: 'ADJ VBG', challenging: 'ADJ VBG', encouraging: 'ADJ VBG', inspiring: 'ADJ VBG',
  amazing: 'ADJ VBG', surprising: 'ADJ VBG', welcoming: 'ADJ VBG NN', rewarding: 'ADJ VBG', fascinating: 'ADJ VBG',
  engaging: 'ADJ VBG', promising: 'ADJ VBG', boring: 'ADJ VBG', confusing: 'ADJ VBG', demanding: 'ADJ VBG',
  // indefinite pronouns (Penn tags them NN; UD and this tag set PRON)
  everyone: 'PRON', someone: 'PRON', anyone: 'PRON', everybody: 'PRON', somebody: 'PRON', anybody: 'PRON',
  nobody: 'PRON', everything: 'PRON', something: 'PRON', anything: 'PRON', nothing: 'PRON',
  // irregular simple pasts that are not participles, and participles that are not pasts: the form is the
  // evidence a grammar rule needs ("I have went", "I seen"), so the lexicon must not blur them
  went: 'VBD', came: 'VBD VBN', knew: 'VBD', took: 'VBD', gave: 'VBD', wrote: 'VBD', began: 'VBD', ran: 'VBD',
  spoke: 'VBD', chose: 'VBD', ate: 'VBD', drove: 'VBD', saw: 'VBD', flew: 'VBD', grew: 'VBD', threw: 'VBD',
  drew: 'VBD', broke: 'VBD', fell: 'VBD', rose: 'VBD', forgot: 'VBD', became: 'VBD VBN', sang: 'VBD', swam: 'VBD',
  gone: 'VBN ADJ', seen: 'VBN', known: 'VBN ADJ', taken: 'VBN', given: 'VBN ADJ', written: 'VBN ADJ', begun: 'VBN',
  spoken: 'VBN ADJ', chosen: 'VBN ADJ', eaten: 'VBN', driven: 'VBN ADJ', flown: 'VBN', grown: 'VBN ADJ',
  thrown: 'VBN', drawn: 'VBN', broken: 'VBN ADJ', fallen: 'VBN ADJ', risen: 'VBN', forgotten: 'VBN ADJ',
  // a few words of this domain whose Brill entry is wrong or missing in a way the guesser cannot fix
  data: 'NN NNS', email: 'NN VB', emails: 'NNS VBZ', 'e-mail': 'NN VB', resume: 'NN VB', online: 'ADJ ADV',
  refactor: 'VB NN', debug: 'VB', deploy: 'VB', onboard: 'VB ADJ', upskill: 'VB',
};

/** Entries per block of the sampled index (binary search over blocks, then a scan of at most BLOCK entries). */
export const BLOCK = 16;

export interface BuildStats {
  sourceEntries: number;
  keptEntries: number;
  droppedGuessable: number;
  droppedCapitalised: number;
  droppedOther: number;
  bytes: number;
}

const tagId = (name: string) => {
  const i = (TAGS as readonly string[]).indexOf(name);
  if (i < 0) throw new Error(`unknown tag ${name}`);
  return i;
};

export function buildPackedLexicon(source: Record<string, string>, sourceName = 'en-lexicon'): { packed: PackedLexicon; stats: BuildStats } {
  const map = new Map<string, number[]>();
  let droppedOther = 0;
  for (const [word, penn] of Object.entries(source)) {
    if (!word || /\s/.test(word) || word.length > 40 || !/\p{L}/u.test(word) || /\d/.test(word) || /[^\u0000-\u00ff’‘]/.test(word)) { droppedOther++; continue; }
    const w = word.replace(/[’‘]/g, "'");
    const tags: number[] = [];
    for (const p of penn.split('|')) {
      const coarse = PENN[p];
      if (!coarse) continue; // punctuation tags on words
      const id = tagId(coarse);
      if (!tags.includes(id)) tags.push(id);
    }
    const cleaned = tags.filter((t) => t !== X && t !== PUNCT);
    const final = cleaned.length ? cleaned : tags;
    if (!final.length) { droppedOther++; continue; }
    map.set(w, final);
  }
  // lower-case words: PROPN is noise (drop the entry if it is all there is)
  for (const [w, tags] of map) {
    if (w === w.toLowerCase() && tags.includes(PROPN)) {
      const rest = tags.filter((t) => t !== PROPN);
      if (rest.length) map.set(w, rest);
      else { map.delete(w); droppedOther++; }
    }
  }
  // VB on a regular 3rd-person -s form ("thanks", "helps") is noise: those are VBZ/NNS only
  for (const [w, tags] of map) {
    if (!tags.includes(VB) || !w.endsWith('s') || w.endsWith('ss')) continue;
    const stem = map.get(w.slice(0, -1)) ?? (w.endsWith('es') ? map.get(w.slice(0, -2)) : undefined);
    if (stem?.includes(VB)) map.set(w, tags.filter((t) => t !== VB));
  }
  for (const [w, tags] of map) {
    let t = tags;
    if (w.endsWith('ing') && w.length > 5 && t.includes(VBG) && !t.includes(NN)) t = [...t, NN];
    if (t.includes(VBZ) && !/s$/.test(w)) t = t.filter((x) => x !== VBZ);
    if (t !== tags) map.set(w, t);
  }
  for (const [w, tags] of Object.entries(OVERRIDES)) map.set(w, tags.split(' ').map(tagId));
  for (const [w, tags] of map) if (tags.length > 4) map.set(w, tags.slice(0, 4));

  // capitalised entries: keep only those that say something the runtime would not work out
  let droppedCapitalised = 0;
  for (const [w, tags] of [...map]) {
    if (w === w.toLowerCase()) continue;
    const lower = map.get(w.toLowerCase());
    const rest = tags.filter((t) => t !== PROPN);
    const onlyProper = rest.length === 0;
    const sameAsLower = !!lower && tags.includes(PROPN) && rest.join() === lower.join();
    const looksProper = tags[0] === PROPN && !lower;
    const overridden = w.toLowerCase() in OVERRIDES;
    if (onlyProper || sameAsLower || looksProper || overridden) { map.delete(w); droppedCapitalised++; }
  }

  // drop what the guesser predicts exactly; repeat until no kept entry depends on a dropped stem
  const lookup = (m: Map<string, number[]>): Lookup => ({ get: (x) => m.get(x) });
  const protectedWords = new Set(Object.keys(OVERRIDES));
  let kept = new Map(map);
  for (let round = 0; round < 6; round++) {
    const next = new Map<string, number[]>();
    const lk = lookup(kept);
    for (const [w, tags] of kept) {
      if (protectedWords.has(w) || w !== w.toLowerCase()) { next.set(w, tags); continue; }
      const g = guess(w, { get: (x) => (x === w ? undefined : lk.get(x)) });
      if (g.join() !== tags.join()) next.set(w, tags);
    }
    // verify against the pruned lexicon: re-add any dropped word now guessed differently
    const lk2 = lookup(next);
    let readded = 0;
    for (const [w, tags] of map) {
      if (next.has(w) || w !== w.toLowerCase()) continue;
      const g = guess(w, lk2);
      if (g.join() !== tags.join()) { next.set(w, tags); readded++; }
    }
    const stable = next.size === kept.size && readded === 0;
    kept = next;
    if (stable) break;
  }
  // final check: every source word (lower-case) gets its classes back
  const lkf = lookup(kept);
  for (const [w, tags] of map) {
    if (w !== w.toLowerCase() || kept.has(w)) continue;
    if (guess(w, lkf).join() !== tags.join()) kept.set(w, tags);
  }

  const words = [...kept.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const parts: string[] = [];
  const blocks: number[] = [];
  let at = 0;
  words.forEach((w, i) => {
    const line = w + ' ' + String.fromCharCode(...kept.get(w)!.map((t) => 65 + t)) + '\n';
    if (i % BLOCK === 0) blocks.push(at);
    parts.push(line);
    at += line.length;
  });
  const data = parts.join('');
  const packed: PackedLexicon = { version: 1, source: sourceName, entries: words.length, block: BLOCK, blocks, data };
  const lowerCount = [...map.keys()].filter((w) => w === w.toLowerCase()).length;
  return {
    packed,
    stats: {
      sourceEntries: Object.keys(source).length,
      keptEntries: words.length,
      droppedGuessable: lowerCount - [...kept.keys()].filter((w) => w === w.toLowerCase()).length,
      droppedCapitalised,
      droppedOther,
      bytes: Buffer.byteLength(data),
    },
  };
}

/** Writes the packed lexicon as an ES module (`export default {...}`) that esbuild bundles as-is. */
export function writePackedModule(packed: PackedLexicon, outFile: string): void {
  const body =
    `// Generated by bench/tagger/compact/build.ts from ${packed.source} (MIT). Do not edit.\n` +
    `// ${packed.entries} entries: "word TAGLETTERS\\n", sorted; tag letter = "A" + index in TAGS of tagger.ts.\n` +
    `export default { version: 1, source: ${JSON.stringify(packed.source)}, entries: ${packed.entries}, block: ${packed.block},\n` +
    `  blocks: [${packed.blocks.join(',')}],\n  data: ${JSON.stringify(packed.data)} };\n`;
  writeFileSync(outFile, body);
}

/** Writes the packed lexicon as a data file (JSON header line + data, latin1), read lazily at run time with parsePackedLexicon(). */
export function writePackedText(packed: PackedLexicon, outFile: string): void {
  const { data, ...head } = packed;
  writeFileSync(outFile, JSON.stringify(head) + '\n' + data, 'latin1');
}

// CLI
if (typeof require !== 'undefined' && require.main === module) {
  const args = process.argv.slice(2);
  const out = resolve(args[0] ?? 'lexicon.generated.js');
  const depsAt = args.indexOf('--deps');
  const base = depsAt >= 0 ? resolve(args[depsAt + 1]) : process.cwd();
  const req = createRequire(join(base, 'noop.js'));
  const src = req('en-lexicon').lexicon as Record<string, string>;
  const version = req('en-lexicon/package.json').version as string;
  const { packed, stats } = buildPackedLexicon(src, `en-lexicon@${version}`);
  if (out.endsWith('.txt')) writePackedText(packed, out);
  else writePackedModule(packed, out);
  process.stdout.write(JSON.stringify(stats) + '\n');
}

void VBZ; void VBN; void ADJ;
