// Word families for matching what people write against the front matter: "nursing" and "nurse",
// "therapy" and "therapist", "driving" and "driver", "postdoctoral" and "postdoc". A light
// derivational stemmer: one suffix off (the longest that leaves a stem of four letters or more).
import { boundedMemo, fold, withoutPossessive } from '../document/text';

const SUFFIXES = [
  'ationally', 'ational', 'ations', 'ation', 'ologists', 'ologist', 'ology', 'ysts', 'ysis', 'ytics', 'ytical', 'yst', 'ists', 'ist', 'isms', 'ism',
  'ians', 'ian', 'ings', 'ing', 'ers', 'er', 'ors', 'or', 'ants', 'ant', 'ance', 'ancy', 'ents', 'ent', 'ence', 'ency', 'ies', 'ied', 'ics', 'ic', 'ical',
  'ally', 'al', 'ed', 'es', 's', 'y', 'e',
].sort((a, b) => b.length - a.length);

/** The family key of a word: folded, possessive and one derivational suffix removed. */
export function wordFamily(word: string): string {
  return families(word);
}

function familyOf(word: string): string {
  const w = withoutPossessive(fold(word)).replace(/[^\p{L}\p{N}]/gu, '');
  for (const suffix of SUFFIXES) if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
  return w;
}

const families = boundedMemo(familyOf, 5000);
