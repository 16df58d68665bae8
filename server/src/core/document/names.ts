// People's names as the front matter and the greeting write them: titles, name tokens, the parts
// of hyphenated names, and how to address someone.
import { fold } from './text';

/** Titles and ranks that may precede a name in front matter or a greeting. */
const TITLES = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'professor', 'sir', 'madam', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'father', 'sister', 'brother', 'pastor', 'rabbi', 'imam', 'chef', 'coach', 'officer', 'captain', 'capt', 'lieutenant',
  'lt', 'sergeant', 'sgt', 'major', 'colonel', 'col', 'general', 'gen', 'commander', 'cmdr', 'chief', 'detective',
  'judge', 'justice', 'hon', 'honorable', 'dean', 'principal', 'superintendent', 'nurse', 'doctor', 'engineer', 'admiral',
]);

export function isTitle(word: string): boolean {
  return TITLES.has(fold(word).replace(/\.$/, ''));
}

export interface PersonName {
  full: string;
  title?: string;
  /** Name tokens without the title, in order. */
  tokens: string[];
  first?: string;
  last?: string;
}

export function personName(full: string): PersonName {
  const parts = full.trim().split(/\s+/).filter(Boolean);
  let title: string | undefined;
  while (parts.length > 1 && isTitle(parts[0])) title = (title ? title + ' ' : '') + parts.shift();
  // Suffixes like "Jr." or "PhD" are not the surname.
  while (parts.length > 1 && /^(jr|sr|ii|iii|iv|phd|md|rn|esq|cpa|pe)\.?,?$/i.test(parts[parts.length - 1])) parts.pop();
  const tokens = parts.map((p) => p.replace(/,$/, ''));
  return { full, title, tokens, first: tokens[0], last: tokens.length > 1 ? tokens[tokens.length - 1] : undefined };
}

/** Folded name tokens, including the parts of hyphenated names ("Mei-Ling" -> mei-ling, mei, ling). */
export function nameKeys(name: PersonName): Set<string> {
  const keys = new Set<string>();
  for (const t of name.tokens) {
    const f = fold(t).replace(/['.]/g, '');
    if (!f) continue;
    keys.add(f);
    for (const p of f.split('-')) if (p.length > 1) keys.add(p);
  }
  return keys;
}

/** How to greet a person: "Dr. Lindqvist" when the front matter carries a title, else the first name. */
export function greetingFormOf(p: PersonName, formal: boolean): string {
  if (p.title && p.last) return `${p.title} ${p.last}`;
  if (formal && p.last) return p.tokens.join(' ');
  return p.first ?? p.full;
}
