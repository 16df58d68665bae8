// Inflections for the grammar checker's fixes: the base form of any verb form, and the past, the
// participle, the -ing form and the 3rd-person -s of a base; plurals and singulars of nouns. Irregular
// verbs come from lexicon/grammar/irregular-verbs.json; a guessed base is kept only when the tagger's
// lexicon knows it as a verb, so a fix never invents a word.
import IRREGULAR from '../../lexicon/grammar/irregular-verbs.json';
import { getTagger } from '../tagger';
import { boundedMemo } from '../../document/text';

interface Forms {
  base: string;
  past: string;
  pp: string;
}
const BY_BASE = new Map<string, Forms>();
const BASE_OF = new Map<string, string>();
for (const line of (IRREGULAR as { verbs: string[] }).verbs) {
  const [base, past, pp] = line.split(' ');
  BY_BASE.set(base, { base, past, pp });
  if (!BASE_OF.has(past)) BASE_OF.set(past, base);
  if (!BASE_OF.has(pp)) BASE_OF.set(pp, base);
}
const SPECIAL_BASE: Record<string, string> = {
  am: 'be', is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', being: 'be', has: 'have', does: 'do', goes: 'go',
  "doesn't": "don't", "didn't": "don't", "hasn't": "haven't", "isn't": "aren't", "wasn't": "weren't",
};
const THIRD: Record<string, string> = { be: 'is', have: 'has', do: 'does', go: 'goes', "don't": "doesn't", "haven't": "hasn't", "aren't": "isn't", "weren't": "wasn't" };

const VOWEL = /[aeiou]/;
const isVerb = (w: string) => getTagger().candidates(w).some((t) => t === 'VB');

/** Whether a short base doubles its last consonant before -ed/-ing (plan, stop, admit, refer). */
function doubles(base: string): boolean {
  if (!/[^aeiou][aeiou][bcdfglmnprstvz]$/.test(base)) return false;
  if (/(?:en|er|it|et|on|el|al|or|ol|ic)$/.test(base) && base.length > 5 && !/(?:mit|fer|pel|cur|gret|trol|mit)$/.test(base)) return false;
  return base.length <= 4 || /(?:mit|fer|pel|cur|gret|trol|bed|gin|bid)$/.test(base);
}

export function baseOf(word: string): string | undefined {
  const w = word.toLowerCase();
  if (SPECIAL_BASE[w]) return SPECIAL_BASE[w];
  if (BY_BASE.has(w)) return w;
  if (BASE_OF.has(w)) return BASE_OF.get(w);
  const tries: string[] = [];
  if (w.endsWith('ies')) tries.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) tries.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) tries.push(w.slice(0, -1));
  if (w.endsWith('ied')) tries.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) {
    const stem = w.slice(0, -2);
    if (/([bcdfglmnprstvz])\1$/.test(stem)) tries.push(stem.slice(0, -1));
    tries.push(stem, w.slice(0, -1));
  }
  if (w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    if (/([bcdfglmnprstvz])\1$/.test(stem)) tries.push(stem.slice(0, -1));
    if (stem.endsWith('y') && !VOWEL.test(stem.slice(-2, -1))) tries.push(stem.slice(0, -1) + 'ie');
    tries.push(stem + 'e', stem);
  }
  if (!tries.length) tries.push(w);
  return tries.find((t) => t.length > 1 && isVerb(t));
}

function regularEd(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  if (doubles(base)) return base + base.slice(-1) + 'ed';
  return base + 'ed';
}

export function pastOf(word: string): string | undefined {
  const base = baseOf(word);
  if (!base) return undefined;
  if (base === 'be') return undefined; // was or were: the subject decides
  return BY_BASE.get(base)?.past ?? regularEd(base);
}

export function participleOf(word: string): string | undefined {
  const base = baseOf(word);
  if (!base) return undefined;
  return BY_BASE.get(base)?.pp ?? regularEd(base);
}

export function ingOf(word: string): string | undefined {
  const base = baseOf(word);
  if (!base) return undefined;
  if (base === 'be') return 'being';
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (base.endsWith('e') && !/(?:ee|ye|oe)$/.test(base)) return base.slice(0, -1) + 'ing';
  if (doubles(base)) return base + base.slice(-1) + 'ing';
  return base + 'ing';
}

export function thirdPersonOf(word: string): string | undefined {
  const base = baseOf(word);
  if (!base) return undefined;
  if (THIRD[base]) return THIRD[base];
  return nounPlural(base);
}

const IRREGULAR_PLURAL: Record<string, string> = {
  person: 'people', child: 'children', man: 'men', woman: 'women', foot: 'feet', tooth: 'teeth', analysis: 'analyses',
  criterion: 'criteria', phenomenon: 'phenomena', crisis: 'crises', thesis: 'theses', diagnosis: 'diagnoses',
};
const IRREGULAR_SINGULAR = Object.fromEntries(Object.entries(IRREGULAR_PLURAL).map(([s, p]) => [p, s]));

function nounPlural(w: string): string {
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/.test(w) || /[^aeiou]o$/.test(w)) return w + 'es';
  return w + 's';
}

export function pluralOf(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURAL[w]) return IRREGULAR_PLURAL[w];
  // "forty-five minute": inflect the last part
  return nounPlural(w);
}

export function singularOf(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR_SINGULAR[w]) return IRREGULAR_SINGULAR[w];
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(?:ses|xes|zes|ches|shes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const IRREGULAR_COMPARATIVE = new Set(['better', 'best', 'worse', 'worst', 'less', 'least', 'more', 'most', 'further', 'furthest', 'farther', 'farthest', 'elder', 'eldest']);
const isAdjective = (w: string) => getTagger().candidates(w).some((t) => t === 'ADJ');

/** "easier", "fastest", "bigger", "better": a comparative or superlative form of an adjective or adverb. */
export function isComparative(w: string): boolean {
  // the grammar's ?CMP asks it for a word at every try
  return comparative(w);
}

const comparative = boundedMemo(comparativeForm, 5000);

function comparativeForm(w: string): boolean {
  if (IRREGULAR_COMPARATIVE.has(w)) return true;
  const stem = w.endsWith('est') ? w.slice(0, -3) : w.endsWith('er') ? w.slice(0, -2) : undefined;
  if (!stem || stem.length < 2) return false;
  const tries = [stem, stem + 'e', stem.endsWith('i') ? stem.slice(0, -1) + 'y' : '', /([bdgmnpt])\1$/.test(stem) ? stem.slice(0, -1) : ''];
  return tries.some((t) => t.length > 1 && t !== w && isAdjective(t) && !getTagger().candidates(w).includes('NN'));
}

/** The adjective of an -ly adverb: helpfully -> helpful, comfortably -> comfortable, easily -> easy. */
export function adjectiveOf(word: string): string | undefined {
  const w = word.toLowerCase();
  const tries: string[] = [];
  if (w.endsWith('ably') || w.endsWith('ibly')) tries.push(w.slice(0, -1) + 'e');
  if (w.endsWith('ily')) tries.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ally')) tries.push(w.slice(0, -2), w.slice(0, -4));
  if (w.endsWith('ly')) tries.push(w.slice(0, -2));
  return tries.find((t) => t.length > 2 && isAdjective(t));
}

/** The -ly adverb of an adjective: extreme -> extremely, easy -> easily, comfortable -> comfortably. */
export function adverbOf(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w === 'good') return 'well';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ily';
  if (/(?:a|i)ble$/.test(w)) return w.slice(0, -1) + 'y';
  if (w.endsWith('ic')) return w + 'ally';
  if (w.endsWith('ll')) return w + 'y';
  return w + 'ly';
}

/** The possessive of a noun as written: company -> company's, clients -> clients', companys -> company's. */
export function possessiveOf(word: string): string {
  if (/^\p{Lu}/u.test(word)) {
    // a surname written with an s for the apostrophe: "Patels" -> "Patel's", "Jones" -> "Jones's"
    return /(?:es|ss|us|is)$/.test(word) ? `${word}'s` : `${word.slice(0, -1)}'s`;
  }
  const w = word.replace(/['’]s?$/, '');
  if (/[^aeiou]ys$/.test(w)) return `${w.slice(0, -1)}'s`;
  if (w.endsWith('s')) return `${w}'`;
  return `${w}'s`;
}

const PARTICLES = ['through', 'around', 'across', 'over', 'back', 'down', 'away', 'out', 'off', 'up', 'in', 'on'];

/**
 * A phrasal verb written as one noun ("setup", "check-in", "reachout") split into verb and particle
 * ("set up", "check in", "reach out"); undefined unless the first part is a verb.
 */
export function phrasalOf(word: string): string | undefined {
  const w = word.toLowerCase();
  const dash = w.indexOf('-');
  if (dash > 0) {
    const [verb, particle] = [w.slice(0, dash), w.slice(dash + 1)];
    // an inflected verb keeps its ending: "followed-up" -> "followed up"
    const inflected = verb !== baseOf(verb) && isVerb(baseOf(verb) ?? '');
    return PARTICLES.includes(particle) && (isVerb(verb) || inflected) ? `${word.slice(0, dash)} ${particle}` : undefined;
  }
  const particle = PARTICLES.find((p) => w.endsWith(p) && w.length - p.length >= 3);
  if (!particle) return undefined;
  const verb = w.slice(0, -particle.length);
  return isVerb(verb) ? `${word.slice(0, verb.length)} ${particle}` : undefined;
}
