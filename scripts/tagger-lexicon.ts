// Builds the packed lexicon of the part-of-speech tagger (server/src/core/language/tagger) from the
// `en-lexicon` package (MIT, © 2017 Alex Corvi; Eric Brill's tagger lexicon, corrected and extended —
// see bench/tagger-bakeoff.md §4). Build time only: scripts/build.mjs bundles and runs this file and
// writes server/out/dict/tagger-lexicon.txt with en-lexicon's licence beside it; en-lexicon is a
// devDependency and never bundled.
//
// Steps: map Penn tags to the coarse tag set (dedupe, keep order = most likely first, at most 4);
// clean obvious noise (PROPN on lower-case words, VB on regular 3rd-person -s forms, foreign/list
// tags, punctuation tags on words); apply the hand overrides (./tagger-overrides); drop capitalised
// entries that add nothing; drop every entry the runtime guesser already predicts exactly; sort and
// pack into one string with the offset of every BLOCK-th entry.
import { writeFileSync } from 'node:fs';
import { guess, type Lookup, type PackedLexicon } from '../server/src/core/language/tagger/lexicon';
import { TAGS, PROPN, VB, VBZ, VBG, NN, X, PUNCT } from '../server/src/core/language/tagger/tags';
import { OVERRIDES } from './tagger-overrides';

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

const PENN: Record<string, string> = {
  NN: 'NN', NNS: 'NNS', NNP: 'PROPN', NNPS: 'PROPN', NP: 'PROPN', NPS: 'PROPN', PRP: 'PRON', 'PRP$': 'DET', 'WP$': 'DET',
  WP: 'PRON', WDT: 'PRON', DT: 'DET', PDT: 'DET', EX: 'PRON', JJ: 'ADJ', JJR: 'ADJ', JJS: 'ADJ', RB: 'ADV', RBR: 'ADV',
  RBS: 'ADV', WRB: 'ADV', IN: 'ADP', RP: 'ADP', TO: 'TO', CC: 'CC', CD: 'NUM', MD: 'MD', VB: 'VB', VBP: 'VB', VBZ: 'VBZ',
  VBD: 'VBD', VBN: 'VBN', VBG: 'VBG', POS: 'POS', UH: 'INTJ', FW: 'X', LS: 'X', SYM: 'SYM',
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

/** Writes the packed lexicon as a data file (JSON header line + data, latin1), read at run time with parsePackedLexicon(). */
export function writePackedText(packed: PackedLexicon, outFile: string): void {
  const { data, ...head } = packed;
  writeFileSync(outFile, JSON.stringify(head) + '\n' + data, 'latin1');
}

/** Builds the lexicon from the installed en-lexicon and writes it to `outFile`. */
export function writeTaggerLexicon(outFile: string): BuildStats {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const source = (require('en-lexicon') as { lexicon: Record<string, string> }).lexicon;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const version = (require('en-lexicon/package.json') as { version: string }).version;
  const { packed, stats } = buildPackedLexicon(source, `en-lexicon@${version}`);
  writePackedText(packed, outFile);
  return stats;
}
