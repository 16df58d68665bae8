// Word families for matching what people write against the front matter: "nursing" and "nurse",
// "therapy" and "therapist", "driving" and "driver", "postdoctoral" and "postdoc". A light
// derivational stemmer: one suffix off (the longest that leaves a stem of four letters or more).
import { fold } from '../document/text';

const SUFFIXES = [
  'ationally', 'ational', 'ations', 'ation', 'ologists', 'ologist', 'ology', 'ysts', 'ysis', 'ytics', 'ytical', 'yst', 'ists', 'ist', 'isms', 'ism',
  'ians', 'ian', 'ings', 'ing', 'ers', 'er', 'ors', 'or', 'ants', 'ant', 'ance', 'ancy', 'ents', 'ent', 'ence', 'ency', 'ies', 'ied', 'ics', 'ic', 'ical',
  'ally', 'al', 'ed', 'es', 's', 'y', 'e',
].sort((a, b) => b.length - a.length);

const cache = new Map<string, string>();

/** The family key of a word: folded, possessive and one derivational suffix removed. */
export function wordFamily(word: string): string {
  let key = cache.get(word);
  if (key !== undefined) return key;
  let w = fold(word).replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]/gu, '');
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  key = w;
  if (cache.size > 5000) cache.clear();
  cache.set(word, key);
  return key;
}
