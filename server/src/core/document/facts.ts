// What the front matter tells about the situation, in forms rules compare against the body.
// Computed once per document and cached on it.
import type { ThanksDocument } from './model';
import { fold, stem, withoutPossessive } from './text';
import { weekdayName } from './frontmatter/dates';
import { nameKeys, personName, type PersonName } from './names';
import { documentCache } from './caches';

export interface Facts {
  interviewers: PersonName[];
  /** Folded tokens of every interviewer name. */
  interviewerKeys: Set<string>;
  candidate?: PersonName;
  /** Distinctive folded tokens of the company ("riverton", "housing"), without generic words. */
  companyKeys: Set<string>;
  /** Folded whole-text view of the body's prose (for phrase presence), with single spaces. */
  bodyFolded: string;
  /** Stems of every body word. */
  bodyStems: Set<string>;
}

const GENERIC_COMPANY_WORDS = new Set([
  'the', 'of', 'and', 'for', 'a', 'an', 'at', 'in', 'on', '&', 'inc', 'llc', 'ltd', 'co', 'corp', 'corporation', 'company',
  'group', 'holdings', 'systems', 'solutions', 'services', 'service', 'technologies', 'technology', 'tech', 'labs', 'lab',
  'partners', 'associates', 'international', 'global', 'school', 'schools', 'elementary', 'middle', 'high', 'college',
  'university', 'institute', 'hospital', 'medical', 'center', 'centre', 'clinic', 'health', 'healthcare', 'regional',
  'city', 'county', 'state', 'office', 'department', 'bank', 'foods', 'food', 'kitchen', 'bar', 'restaurant', 'hotel',
  'house', 'software', 'cloud', 'sons', 'brothers', 'electric', 'builders', 'construction', 'insurance', 'mutual',
  'distribution', 'logistics', 'freight', 'communications', 'emergency', 'research', 'children', "children's", 'animal',
  'science', 'sciences', 'marine', 'payments', 'games', 'studio', 'studios', 'architects', 'design', 'consulting',
  'agency', 'foundation', 'trust', 'network', 'media', 'press', 'works', 'industries', 'enterprises', 'ventures',
  'capital', 'financial', 'finance', 'credit', 'union', 'rehab', 'sports', 'orthopedic', 'st', 'saint', 'new', 'north',
  'south', 'east', 'west', 'united', 'national', 'american', 'public', 'district', 'community', 'family', 'care',
]);

export function companyKeysOf(company: string | undefined): Set<string> {
  const keys = new Set<string>();
  if (!company) return keys;
  for (const raw of company.split(/[\s/,()]+/)) {
    const w = withoutPossessive(fold(raw)).replace(/[^\p{L}\p{N}-]/gu, '');
    if (w.length >= 3 && !GENERIC_COMPANY_WORDS.has(w)) keys.add(w);
  }
  // A company made only of generic words ("City Hospital") is known by all of them.
  if (keys.size === 0) for (const raw of company.split(/\s+/)) {
    const w = fold(raw).replace(/[^\p{L}\p{N}-]/gu, '');
    if (w.length >= 3 && !['the', 'and', 'for'].includes(w)) keys.add(w);
  }
  return keys;
}

const cache = documentCache<Facts>();

export function factsOf(doc: ThanksDocument): Facts {
  let f = cache.get(doc);
  if (f) return f;
  const fm = doc.frontMatter;
  const interviewers = fm.interviewers.map(personName);
  const interviewerKeys = new Set<string>();
  for (const p of interviewers) for (const k of nameKeys(p)) interviewerKeys.add(k);
  const bodyFolded = ' ' + doc.body.sentences.map((s) => fold(s.text)).join(' ') + ' ';
  const bodyStems = new Set(doc.body.words.map((w) => stem(w.text)));
  f = {
    interviewers,
    interviewerKeys,
    candidate: fm.candidate ? personName(fm.candidate) : undefined,
    companyKeys: companyKeysOf(fm.company),
    bodyFolded,
    bodyStems,
  };
  cache.set(doc, f);
  return f;
}

/** "Tuesday" for the interview date, if known. */
export function interviewWeekday(doc: ThanksDocument): string | undefined {
  const d = doc.frontMatter.interviewDate?.date;
  return d ? weekdayName(d) : undefined;
}
