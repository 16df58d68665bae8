// The grammar checker's engine: compiles the rule files of lexicon/grammar/ (token-and-tag patterns,
// see ./pattern) once, and runs them over a sentence's tagged tokens. Each finding names its error
// type, the words it covers and, where the correction is clear, the replacement built from the rule's
// fix template.
//
// Fix templates: `{n}` is the text of the pattern's n-th element (`{0}`: the covered words); `{n:base}`, `{n:past}`, `{n:pp}`,
// `{n:ing}`, `{n:s}`, `{n:plural}`, `{n:singular}`, `{n:lower}`, `{n:cap}`, `{n:bare}` (no possessive ending), `{n:phrasal}` ("setup" -> "set up") inflect or recase it;
// `{n@map}` looks it up in the file's map of that name. A fix that cannot be built drops the finding.
import { compilePattern, matchAt, matchesAnywhere, matchesEndingAt, type Classes, type Pattern, type PatternMatch } from './pattern';
import { adjectiveOf, adverbOf, baseOf, ingOf, participleOf, pastOf, phrasalOf, pluralOf, possessiveOf, singularOf, thirdPersonOf } from './morphology';
import { soundOf } from '../articles';
import type { TaggedToken } from './tokens';
import type { Dialect } from '../dialect';


export interface GrammarRuleData {
  id: string;
  pattern: string;
  /** Replacement templates for the covered words, best first. */
  fix?: string | string[];
  /** Why it is wrong, as a clause: "after a modal the verb takes its base form". */
  reason: string;
  /** Not when one of these matches at the same start. */
  unless?: string[];
  /** Not when one of these ends right where the match starts. */
  unlessBefore?: string[];
  /** Only when the sentence holds one of these. */
  ifSentence?: string[];
  /** Not when the sentence holds one of these. */
  unlessSentence?: string[];
  /** Only in these dialects. */
  dialects?: Dialect[];
  /** The first fix may be applied by fix-all. */
  safe?: boolean;
}

export interface GrammarFile {
  description: string;
  /** The error type (a message id of proofreading/grammar). */
  type: string;
  classes?: Record<string, string[]>;
  maps?: Record<string, Record<string, string>>;
  rules: GrammarRuleData[];
}

export interface GrammarFinding {
  type: string;
  ruleId: string;
  reason: string;
  start: number;
  end: number;
  replacements: string[];
  safe: boolean;
}

interface CompiledRule {
  data: GrammarRuleData;
  type: string;
  order: number;
  pattern: Pattern;
  unless: Pattern[];
  unlessBefore: Pattern[];
  ifSentence: Pattern[];
  unlessSentence: Pattern[];
  maps: Record<string, Record<string, string>>;
}

export class GrammarChecker {
  private readonly byWord = new Map<string, CompiledRule[]>();
  private readonly byTag = new Map<number, CompiledRule[]>();
  private readonly anywhere: CompiledRule[] = [];
  /** Rules whose pattern starts with ^: tried at the sentence's first word only. */
  private readonly anchored: CompiledRule[] = [];
  readonly size: number;

  constructor(files: readonly GrammarFile[], shared: Record<string, string[]>, macros: Record<string, string> = {}) {
    let order = 0;
    for (const file of files) {
      const classes: Classes = new Map(Object.entries({ ...shared, ...file.classes }).map(([k, v]) => [k, new Set(v.map((w) => w.toLowerCase()))]));
      const compile = (src: string) => compilePattern(src, classes, macros);
      for (const data of file.rules) {
        let rule: CompiledRule;
        try {
          rule = {
            data,
            type: file.type,
            order: order++,
            pattern: compile(data.pattern),
            unless: (data.unless ?? []).map(compile),
            unlessBefore: (data.unlessBefore ?? []).map(compile),
            ifSentence: (data.ifSentence ?? []).map(compile),
            unlessSentence: (data.unlessSentence ?? []).map(compile),
            maps: file.maps ?? {},
          };
        } catch (e) {
          throw new Error(`grammar rule ${file.type}/${data.id}: ${(e as Error).message}`);
        }
        const first = rule.pattern.first;
        if (rule.pattern.nodes[0]?.kind === 'start') this.anchored.push(rule);
        else if (!first) this.anywhere.push(rule);
        else {
          for (const w of first.words) push(this.byWord, w, rule);
          for (const t of first.tags) push(this.byTag, t, rule);
        }
      }
    }
    this.size = order;
  }

  /** Findings in one sentence, without overlaps (the earlier rule in the files wins), in text order. */
  check(toks: readonly TaggedToken[], dialect: Dialect, source: (start: number, end: number) => string): GrammarFinding[] {
    // no real sentence is this long (a list pasted without punctuation, hostile input): not checked
    if (toks.length > MAX_TOKENS) return [];
    const candidates: { rule: CompiledRule; m: PatternMatch }[] = [];
    const sentenceCache = new Map<Pattern, boolean>();
    const inSentence = (p: Pattern) => {
      let v = sentenceCache.get(p);
      if (v === undefined) sentenceCache.set(p, (v = matchesAnywhere(p, toks)));
      return v;
    };
    const start = firstWord(toks);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const rules = [...(this.byWord.get(t.norm) ?? []), ...(this.byTag.get(t.tag) ?? []), ...this.anywhere, ...(i <= start ? this.anchored : [])];
      for (const rule of rules) {
        if (rule.data.dialects && !rule.data.dialects.includes(dialect)) continue;
        const m = matchAt(rule.pattern, toks, i);
        if (!m || m.markEnd <= m.markStart) continue;
        if (rule.unless.some((p) => matchAt(p, toks, i))) continue;
        if (rule.unlessBefore.some((p) => matchesEndingAt(p, toks, i))) continue;
        if (rule.ifSentence.length && !rule.ifSentence.some(inSentence)) continue;
        if (rule.unlessSentence.some(inSentence)) continue;
        candidates.push({ rule, m });
      }
    }
    candidates.sort((a, b) => a.rule.order - b.rule.order);
    const taken: [number, number][] = [];
    const out: GrammarFinding[] = [];
    for (const { rule, m } of candidates) {
      if (taken.some(([s, e]) => m.markStart < e && s < m.markEnd)) continue;
      const filled = fixesOf(rule, m, toks, source);
      if (filled === undefined) continue;
      // a fix that writes the same words back means the words were right ("Yesterday I read")
      const written = source(toks[m.markStart].start, toks[m.markEnd - 1].end);
      const replacements = filled.filter((r) => r !== written);
      if (filled.length && !replacements.length) continue;
      taken.push([m.markStart, m.markEnd]);
      out.push({
        type: rule.type,
        ruleId: rule.data.id,
        reason: rule.data.reason,
        start: toks[m.markStart].start,
        end: toks[m.markEnd - 1].end,
        replacements,
        safe: Boolean(rule.data.safe),
      });
    }
    return out.sort((a, b) => a.start - b.start);
  }
}

const MAX_TOKENS = 160;

function push<K>(map: Map<K, CompiledRule[]>, key: K, rule: CompiledRule): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(rule)) list.push(rule);
  } else map.set(key, [rule]);
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
  phrasal: phrasalOf,
  a: (w) => {
    const sound = soundOf(w.split(/\s/)[0]);
    return sound ? `${sound === 'vowel' ? 'an' : 'a'} ${w}` : undefined;
  },
  lower: (w) => w.toLowerCase(),
  cap: (w) => w.charAt(0).toUpperCase() + w.slice(1),
};

/** The filled fix templates; [] when the rule has none; undefined when a template cannot be filled. */
function fixesOf(rule: CompiledRule, m: PatternMatch, toks: readonly TaggedToken[], source: (s: number, e: number) => string): string[] | undefined {
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

function firstWord(toks: readonly TaggedToken[]): number {
  let i = 0;
  while (i < toks.length && toks[i].punct) i++;
  return i;
}
