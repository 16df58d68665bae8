import type { Rule } from '../types';
import type { Span } from '../../document/span';
import type { Token } from '../../document/tokens';
import contexts from '../../lexicon/company-contexts.json';
import { companyKeysOf, factsOf } from '../../document/facts';
import { fold, POSSESSIVE_ENDING, startsUpper, withoutPossessive } from '../../document/text';
import { sentenceTokens } from '../../document/tokens';
import { PhraseMatcher } from '../../language/phrase-matcher';
import { wordFamily } from '../../language/morphology';
import { placeholderAt } from '../support/placeholder-scan';

// Contexts in which a capitalised name is the employer the note is addressed to ("join X", "bring …
// to X", "the role at X", "X's mission"), from lexicon/company-contexts.json. Mentions in the
// writer's own history ("my team at X", "I worked at X") are left alone.
const BEFORE = new PhraseMatcher(contexts.before.map((pattern) => ({ pattern, value: true as const })));
const REACH_TO = new Set(contexts.reachTo.map(wordFamily));
const LEAD_TO = new Set(contexts.leadTo.map(wordFamily));
const PROSPECTIVE = new Set(contexts.prospective);
const UMBRELLAS = new Set(contexts.umbrellas);
const SITES = new Set(contexts.sites);
const POSSESSIONS = new Set(contexts.possessions);
const NOT_A_NAME = new Set(contexts.notNames);
const MINE = new Set(contexts.ownHistory.mine);
const WHEN = new Set(contexts.ownHistory.when);
const SUBJECTS = new Set(contexts.ownHistory.subjects);
const PAST = new Set(contexts.ownHistory.pastVerbs);
/** A company name has at most this many capitalised words. */
const MAX_NAME_WORDS = 5;

// the per-token tests' regular expressions are made once (a literal makes a RegExp at each evaluation)
const PAST_ED = /\p{L}ed$/u;
const WOULD_WILL = /'(?:d|ll)$/;
const capitalised = (t: Token | undefined) => t !== undefined && startsUpper(t.text);
const pastVerb = (t: Token | undefined) => t !== undefined && (PAST.has(t.norm) || PAST_ED.test(t.norm));

/** The tokens right before token `i` say it is the writer's own past: "my (new) team at", "before joining", "I (was|…ed) (a)". */
function ownHistory(tokens: Token[], i: number): boolean {
  const [a, b, c] = [tokens[i - 1], tokens[i - 2], tokens[i - 3]];
  if (a && (MINE.has(a.norm) || WHEN.has(a.norm))) return true;
  if (b && MINE.has(b.norm)) return true;
  if (b && SUBJECTS.has(b.norm) && pastVerb(a)) return true;
  if (c && SUBJECTS.has(c.norm) && pastVerb(b)) return true;
  return false;
}

/** The capitalised name starting at token `i` ("the" skipped), up to MAX_NAME_WORDS joined words. */
function nameAt(tokens: Token[], i: number): Token[] {
  let k = i;
  if (tokens[k]?.norm === 'the' && tokens[k + 1]?.joined) k++;
  const out: Token[] = [];
  while (k < tokens.length && out.length < MAX_NAME_WORDS && capitalised(tokens[k]) && (out.length === 0 || tokens[k].joined)) out.push(tokens[k++]);
  return out;
}

/** A sentence about what is to come ("I would love to…", "I hope to…"), not the writer's past. */
const prospective = (tokens: Token[]) => tokens.some((t) => PROSPECTIVE.has(t.norm) || WOULD_WILL.test(t.norm));

/** The first "to" within reach after token i ("bring … to"), or -1. */
function toAfter(tokens: Token[], i: number): number {
  for (let k = i + 1; k < tokens.length && k <= i + contexts.reachWithin; k++) if (tokens[k].norm === 'to') return k;
  return -1;
}

/**
 * Names in target contexts: after a context phrase ("join X", "the role at X"), after "bring … to",
 * before "'s mission", and in a sentence about the future as the object of "lead", "serve"… or after
 * a sentence-initial "At" ("At Brightwater Outfitters I would…", not "At Halvorsen I led…").
 */
function candidates(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  for (const m of BEFORE.match(tokens)) {
    const after = m.index + m.tokens.length;
    if (!tokens[after]?.joined || ownHistory(tokens, m.index)) continue;
    out.push(nameAt(tokens, after));
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!REACH_TO.has(wordFamily(tokens[i].norm)) || ownHistory(tokens, i)) continue;
    const to = toAfter(tokens, i);
    if (to > 0 && tokens[to + 1]?.joined) out.push(nameAt(tokens, to + 1));
  }
  if (prospective(tokens)) {
    for (let i = 0; i < tokens.length - 1; i++) {
      if (LEAD_TO.has(wordFamily(tokens[i].norm)) && tokens[i + 1].joined && !ownHistory(tokens, i)) out.push(nameAt(tokens, i + 1).filter((_, k, a) => a.length >= 2 || k > 0));
    }
    if (tokens[0]?.norm === 'at' && !tokens.some((t, k) => k > 0 && /^(?:was|were|had|did)$|ed$/.test(t.norm) && SUBJECTS.has(tokens[k - 1]?.norm))) {
      const name = nameAt(tokens, 1);
      if (name.length >= 2) out.push(name);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!capitalised(t) || !POSSESSIVE_ENDING.test(t.text) || !tokens[i + 1]?.joined || !POSSESSIONS.has(tokens[i + 1].norm)) continue;
    let first = i;
    while (first > 0 && i - first < MAX_NAME_WORDS - 1 && capitalised(tokens[first - 1]) && tokens[first].joined) first--;
    if (ownHistory(tokens, first)) continue;
    out.push(tokens.slice(first, i + 1));
  }
  return out.filter((name) => name.length > 0);
}

export const rule: Rule = {
  meta: {
    id: 'personalization/other-company',
    category: 'personalization',
    defaultSeverity: 'error',
    description: 'The note names a different employer than `company` — usually left over from the last note.',
    why: 'Naming another company in a thank-you note is the most damaging copy-paste slip: it tells the interviewer they are one of many, and that you did not reread.',
    advice: 'Replace the other name with the company from the front matter, and reread the note for other leftovers.',
    messages: { other: '"{name}" is not {company}: is this left over from another note?' },
    fixable: true,
    examples: { bad: ['company: Larkspur Software … I would love to bring that experience to Brightline.'], good: ['I would love to bring that experience to Larkspur.'] },
  },
  check({ doc, report, reporting }) {
    const company = doc.frontMatter.company;
    if (!company) return;
    const facts = factsOf(doc);
    const known = new Set([...facts.companyKeys, ...facts.interviewerKeys, ...doc.knownWords]);
    if (facts.candidate) for (const t of facts.candidate.tokens) known.add(fold(t));
    const seen = new Set<number>();
    const umbrella = fold(company).split(/\s+/).some((w) => UMBRELLAS.has(w));
    for (const sentence of doc.body.sentences) {
      for (const name of candidates(sentenceTokens(sentence))) {
        const last = name[name.length - 1];
        const span: Span = { start: name[0].start, end: last.end - (POSSESSIVE_ENDING.test(last.text) ? 2 : 0) };
        const text = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ');
        const words = text.split(' ').map((w) => withoutPossessive(fold(w)).replace(/[^\p{L}\p{N}-]/gu, ''));
        if (words.length === 0 || NOT_A_NAME.has(words[0]) || seen.has(span.start)) continue;
        if (placeholderAt(doc, span, reporting)) continue; // "XYZ Company" is a placeholder's finding
        // "Fairview Elementary" in a note to "Maple Ridge School District": a site of the employer
        if (umbrella && SITES.has(words[words.length - 1])) continue;
        const keys = companyKeysOf(text);
        if (keys.size === 0 || [...keys, ...words].some((k) => known.has(k))) continue;
        seen.add(span.start);
        report({
          messageId: 'other',
          data: { name: text, company },
          ...span,
          fixes: [{ title: `Replace with "${company}"`, edits: [{ ...span, newText: company }], safe: false, preferred: true }],
        });
      }
    }
  },
};
