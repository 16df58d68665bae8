// The grammar checker's engine: compiles the rule files of lexicon/grammar/ (token-and-tag patterns,
// see ./pattern) once, and runs them over a sentence's tagged tokens. Each finding names its error
// type, the words it covers and, where the correction is clear, the replacement built from the rule's
// fix template.
//
// Fix templates: `{n}` is the text of the pattern's n-th element (`{0}`: the covered words); `{n:base}`, `{n:past}`, `{n:pp}`,
// `{n:ing}`, `{n:s}`, `{n:plural}`, `{n:singular}`, `{n:adj}`, `{n:adv}`, `{n:poss}`, `{n:lower}`, `{n:cap}`, `{n:bare}` (no possessive ending), `{n:phrasal}` ("setup" -> "set up"), `{n:superlative}`, `{n:cmp}` ("friendlier" <-> "friendliest") inflect or recase it,
// `{n:a}` puts "a" or "an" before it by sound; `{n@map}` looks it up in the file's map of that name (./fixes). A fix that cannot be
// built drops the finding; one that does not hold in the fixed sentence is not offered (./verify).
import { compilePattern, type Classes, type FirstSet, type Pattern, type PatternMatch } from './pattern';
import { matchAt, matchesAnywhere, matchesEndingAt } from './match';
import { firstWord, fixesOf } from './fixes';
import { nextNeedIndex } from './first';
import { hasId, pushId, sortedIds } from './ids';
import { StartIndex } from './starts';
import type { TaggedToken } from './tokens';
import type { Dialect } from '../dialect';
import { INDEX_VERSION, type GrammarIndex } from './built-index';
import { governedRules, type GrammarFile, type GrammarFinding, type GrammarRuleData } from './rule-data';

export type { GovernedEntry, GrammarFile, GrammarFinding, GrammarRuleData } from './rule-data';


/** A rule's conditions besides its pattern: compiled only once the pattern has matched somewhere. */
type Conditions = Record<'unless' | 'unlessBefore' | 'ifSentence' | 'unlessSentence' | 'unlessEarlier', Pattern[]>;

interface CompiledRule {
  data: GrammarRuleData;
  type: string;
  order: number;
  /** Compiles the rule's pattern (once; on first use when the checker was built from an index). */
  pattern: () => Pattern;
  /** Compiles its conditions (once, when the pattern first matches: most rules never do in a note). */
  conditions: () => Conditions;
  maps: Record<string, Record<string, string>>;
  /** Ids of the word-or-tag sets the sentence must hold a token of (Pattern.needs). */
  needs: number[];
}

// Speed: the lists of rules to try are orders (Int32Array), and whether a rule can match in a
// sentence is decided from flat arrays (its needs, its dialect), so the ~6,000 rules looked at per
// typical note touch a few compact arrays; a rule's object is read only when the rule is tried
// (the check of the typical note's sentences alone: 195 -> 178 µs). Before the matcher runs, a rule
// must still have each of its needs ahead in the sentence and, when its match's second token is one
// element, a second token that meets that element's need: a third of the tries and half of those
// that failed on the second token go (the check of the typical note's sentences 188 -> 153 µs, the
// long note's 1,044 -> 956 µs; after a parse, with the caches the parse left, 285 -> 252 and 1,342 -> 1,147 µs).
export class GrammarChecker {
  /** The rules a token can start. */
  private starts = new StartIndex();
  /** Those of the rules whose pattern starts with ^: tried only up to the sentence's first word (at it, or at punctuation before it). */
  private anchored = new StartIndex();
  private readonly rules: CompiledRule[] = [];
  /** Every rule, in order (the exhaustive run). */
  private all = NONE;
  /** The needs of rule o are needList[needFrom[o]] … needList[needFrom[o + 1] - 1]. */
  private needFrom = NONE;
  private needList = NONE;
  /** Per dialect (undefined: none chosen), 1 for each rule that applies in it. */
  private readonly dialectRules = new Map<Dialect | undefined, Uint8Array>();
  /** Which needs (Pattern.needs, by id) a word or a tag meets. */
  private readonly needsByWord = new Map<string, number[]>();
  private readonly needsByTag = new Map<number, number[]>();
  private needCount = 0;
  readonly size: number;

  /** `index`: the checker's tables made at build time (./built-index): patterns compile on first use. */
  constructor(files: readonly GrammarFile[], shared: Record<string, string[]>, macros: Record<string, string> = {}, index?: GrammarIndex) {
    let order = 0;
    const firsts: { order: number; first: FirstSet | undefined }[] = [];
    const anchoredFirsts: typeof firsts = [];
    // the shared classes are made once, and a file's own classes added over them (a file without any shares them)
    const setsOf = (classes: Record<string, string[]>) => Object.entries(classes).map(([k, v]) => [k, new Set(v.map((w) => w.toLowerCase()))] as const);
    let sharedClasses: Classes | undefined;
    for (const file of files) {
      let classes: Classes | undefined;
      const compile = (src: string) => {
        sharedClasses ??= new Map(setsOf(shared));
        classes ??= file.classes ? new Map([...sharedClasses, ...setsOf(file.classes)]) : sharedClasses;
        return compilePattern(src, classes, macros);
      };
      for (const data of [...file.rules, ...governedRules(file)]) {
        let compiled: Pattern | undefined;
        let conditions: Conditions | undefined;
        const all = (sources: string[] | undefined) => (sources ?? []).map(compile);
        const named = <T>(make: () => T): T => {
          try {
            return make();
          } catch (e) {
            throw new Error(`grammar rule ${file.type}/${data.id}: ${(e as Error).message}`);
          }
        };
        const rule: CompiledRule = {
          data,
          type: file.type,
          order: order++,
          pattern: () => (compiled ??= named(() => compile(data.pattern))),
          conditions: () =>
            (conditions ??= named(() => ({ unless: all(data.unless), unlessBefore: all(data.unlessBefore), ifSentence: all(data.ifSentence), unlessSentence: all(data.unlessSentence), unlessEarlier: all([...(file.unlessEarlier ?? []), ...(data.unlessEarlier ?? [])]) }))),
          maps: file.maps ?? {},
          needs: index?.needs[order - 1] ?? [],
        };
        this.rules.push(rule);
        if (index) continue;
        // built without an index (the build itself, tests): every rule compiled now, so a rule that does not compile fails at once
        rule.conditions();
        const pattern = rule.pattern();
        rule.needs = pattern.needs.map((need) => this.addNeed(need));
        (pattern.nodes[0]?.kind === 'start' ? anchoredFirsts : firsts).push({ order: rule.order, first: pattern.first });
      }
    }
    this.size = order;
    if (index) this.restore(index);
    else {
      this.starts = StartIndex.of(firsts);
      this.anchored = StartIndex.of(anchoredFirsts);
    }
    this.all = Int32Array.from(this.rules, (r) => r.order);
    this.needFrom = new Int32Array(this.rules.length + 1);
    for (const r of this.rules) this.needFrom[r.order + 1] = this.needFrom[r.order] + r.needs.length;
    this.needList = Int32Array.from(this.rules.flatMap((r) => r.needs));
  }

  /** The checker's tables, as the build stores them for the next start (./built-index). */
  index(key: string): GrammarIndex {
    return {
      version: INDEX_VERSION,
      key,
      needCount: this.needCount,
      needs: this.rules.map((r) => r.needs),
      needsByWord: Object.fromEntries(this.needsByWord),
      needsByTag: Object.fromEntries(this.needsByTag),
      starts: this.starts.store(),
      anchored: this.anchored.store(),
    };
  }

  private restore(index: GrammarIndex): void {
    this.needCount = index.needCount;
    for (const [w, ids] of Object.entries(index.needsByWord)) this.needsByWord.set(w, ids);
    for (const [t, ids] of Object.entries(index.needsByTag)) this.needsByTag.set(Number(t), ids);
    this.starts = StartIndex.restore(index.starts);
    this.anchored = StartIndex.restore(index.anchored);
  }

  /** Needs by identity: rules that share an element (compiled once per file) share its need, met once per sentence. */
  private readonly needIds = new Map<FirstSet, number>();

  private addNeed(need: FirstSet): number {
    let id = this.needIds.get(need);
    if (id !== undefined) return id;
    id = this.needCount++;
    this.needIds.set(need, id);
    for (const w of need.words) pushId(this.needsByWord, w, id);
    for (const t of need.tags) pushId(this.needsByTag, t, id);
    return id;
  }

  /** What the checker's tables hold for a word, looked up once per word (bounded; cleared when full). */
  private readonly entries = new Map<string, WordEntry>();

  private entryOf(norm: string): WordEntry {
    let e = this.entries.get(norm);
    if (!e) {
      if (this.entries.size >= ENTRY_LIMIT) this.entries.clear();
      e = { rules: this.starts.byWord.get(norm), needs: sortedIds(this.needsByWord.get(norm)), ending: this.starts.byEndingOf(norm), sentence: 0 };
      this.entries.set(norm, e);
    }
    return e;
  }

  /** 1 for each rule that applies in the dialect. */
  private rulesOf(dialect: Dialect | undefined): Uint8Array {
    let ok = this.dialectRules.get(dialect);
    if (!ok) this.dialectRules.set(dialect, (ok = Uint8Array.from(this.rules, (r) => (inDialect(r.data, dialect) ? 1 : 0))));
    return ok;
  }

  /** Per need id, 1 + the last token of the sentence that meets it (0: none); per rule, how far into
   *  the sentence it can still start a match (-1: not known yet). Work arrays, cleared per sentence. */
  private needLast = new Int16Array(0);
  private ruleReach = new Int16Array(0);
  /** Per rule, the need the second token of its match must meet (nextNeedIndex; -1: none; -2: not known yet). */
  private nextNeed = new Int32Array(0);
  /** Per tag, the needs a token of that tag meets, as bits. */
  private readonly tagNeeds: (Uint32Array | undefined)[] = [];

  /** Whether a token (`e`: its word's entry) meets need n, by its word or its tag. */
  private meets(t: TaggedToken, e: WordEntry, n: number): boolean {
    if (hasId(e.needs, n)) return true;
    let bits = this.tagNeeds[t.tag];
    if (!bits) {
      bits = this.tagNeeds[t.tag] = new Uint32Array((this.needCount + 31) >>> 5);
      for (const id of this.needsByTag.get(t.tag) ?? []) bits[id >>> 5] |= 1 << (id & 31);
    }
    return ((bits[n >>> 5] >>> (n & 31)) & 1) === 1;
  }

  /**
   * Where the sentence last meets each need, from its words and tags. A match starting at token i
   * takes every token it needs from i on, so a rule can start a match only at or before the last token
   * of each of its needs (and only in the writer's dialect); that is decided only for a rule that is
   * tried: most rules never are.
   */
  private meetNeeds(toks: readonly TaggedToken[], entries: WordEntry[]): Int16Array {
    if (this.needLast.length !== this.needCount) this.needLast = new Int16Array(this.needCount);
    const last = this.needLast.fill(0);
    // From the end: the first time a word or a tag is seen is its last token, and a need already met
    // was met later. A word meets its needs once in the sentence ("the" meets 129): its earlier "the"s have nothing to add.
    const sentence = ++this.sentences;
    let tagsSeen = 0;
    for (let i = toks.length - 1; i >= 0; i--) {
      const t = toks[i];
      const e = (entries[i] = this.entryOf(t.norm));
      if (e.sentence !== sentence) {
        e.sentence = sentence;
        const byWord = e.needs;
        if (byWord) for (let k = 0; k < byWord.length; k++) if (last[byWord[k]] === 0) last[byWord[k]] = i + 1;
      }
      if (!(tagsSeen & (1 << t.tag))) {
        tagsSeen |= 1 << t.tag;
        const byTag = this.needsByTag.get(t.tag);
        if (byTag) for (let k = 0; k < byTag.length; k++) if (last[byTag[k]] === 0) last[byTag[k]] = i + 1;
      }
    }
    return last;
  }

  /** Sentences checked so far: WordEntry.sentence says whether a word's needs are met in this one. */
  private sentences = 0;

  /**
   * Findings in one sentence, without overlaps (the earlier rule in the files wins), in text order.
   * `exhaustive` tries every rule at every token, with no index or sentence filter: the reference the
   * tests hold the indexed run to.
   */
  check(toks: readonly TaggedToken[], dialect: Dialect | undefined, source: (start: number, end: number) => string, exhaustive = false): GrammarFinding[] {
    // no real sentence is this long (a list pasted without punctuation, hostile input): not checked
    if (toks.length > MAX_TOKENS) return [];
    if (this.ruleReach.length !== this.rules.length) this.ruleReach = new Int16Array(this.rules.length);
    const reach = this.ruleReach.fill(-1);
    if (this.nextNeed.length !== this.rules.length) this.nextNeed = new Int32Array(this.rules.length).fill(-2);
    const nextNeed = this.nextNeed;
    const entries: WordEntry[] = new Array(toks.length);
    const last = exhaustive ? undefined : this.meetNeeds(toks, entries);
    const applies = this.rulesOf(dialect);
    const { needFrom, needList, rules } = this;
    /** Whether rule o can start a match at token i: it applies, and each of its needs is met at i or later. */
    const viable = (o: number, i: number): boolean => {
      let r = reach[o];
      if (r < 0) {
        r = applies[o] === 1 ? MAX_TOKENS : 0;
        if (r > 0 && last) {
          for (let k = needFrom[o], end = needFrom[o + 1]; k < end; k++) {
            const at = last[needList[k]];
            if (at < r) r = at;
            if (r === 0) break;
          }
        }
        reach[o] = r;
      }
      return i < r;
    };
    const candidates: { rule: CompiledRule; m: PatternMatch }[] = [];
    let sentenceCache: Map<Pattern, boolean> | undefined;
    const inSentence = (p: Pattern) => {
      sentenceCache ??= new Map();
      let v = sentenceCache.get(p);
      if (v === undefined) sentenceCache.set(p, (v = matchesAnywhere(p, toks)));
      return v;
    };
    /** Whether the rule's conditions let its match at token i stand. */
    const holds = (rule: CompiledRule, m: PatternMatch, i: number): boolean => {
      const p = rule.conditions();
      if (p.unless.some((u) => matchAt(u, toks, i))) return false;
      if (p.unlessBefore.some((u) => matchesEndingAt(u, toks, i))) return false;
      if (p.ifSentence.length && !p.ifSentence.some(inSentence)) return false;
      if (p.unlessSentence.some(inSentence)) return false;
      return !(p.unlessEarlier.length && p.unlessEarlier.some((u) => matchesAnywhere(u, toks.slice(0, m.markStart))));
    };
    // Speed: no closure in this loop may capture its variables. V8 gives a captured loop variable a
    // context object per iteration, an allocation per rule tried (a quarter of all the check of a long
    // note allocated); the conditions are checked in `holds` instead.
    const tryAt = (orders: Int32Array | undefined, i: number) => {
      if (!orders) return;
      for (let r = 0; r < orders.length; r++) {
        const o = orders[r];
        if (!viable(o, i)) continue;
        const rule = rules[o];
        if (last) {
          // most tries fail on the second token: whether it meets that element's need is read from flat tables
          let next = nextNeed[o];
          if (next === -2) {
            const j = nextNeedIndex(rule.pattern().nodes, rule.pattern().needs);
            next = nextNeed[o] = j < 0 ? -1 : rule.needs[j];
          }
          if (next >= 0 && (i + 1 >= toks.length || !this.meets(toks[i + 1], entries[i + 1], next))) continue;
        }
        const m = matchAt(rule.pattern(), toks, i);
        if (m && m.markEnd > m.markStart && holds(rule, m, i)) candidates.push({ rule, m });
      }
    };
    const start = firstWord(toks);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (exhaustive) {
        tryAt(this.all, i);
        continue;
      }
      const entry = entries[i];
      tryAt(entry.rules, i);
      tryAt(this.starts.byTag.get(t.tag), i);
      tryAt(entry.ending, i);
      tryAt(this.starts.any, i);
      if (i <= start) {
        // the rules anchored at the start that this token can start: trying all ~110 at each sentence's first word
        // cost a third of the check of the typical note's sentences after a parse
        const a = this.anchored;
        tryAt(a.byWord.get(t.norm), i);
        tryAt(a.byTag.get(t.tag), i);
        tryAt(a.byEndingOf(t.norm), i);
        tryAt(a.any, i);
      }
    }
    if (!candidates.length) return [];
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

/** Longest sentence checked; also "anywhere" in ruleReach. needLast and ruleReach hold token positions as Int16. */
const MAX_TOKENS = 160;
const ENTRY_LIMIT = 20_000;

/** The rules that start with a word, those that start with its ending, and the needs it meets. */
interface WordEntry {
  rules: Int32Array | undefined;
  /** Ascending. */
  needs: Int32Array | undefined;
  ending: Int32Array | undefined;
  /** The last sentence whose needs it was counted in (GrammarChecker.sentences). */
  sentence: number;
}

const NONE = new Int32Array(0);

/** A rule of a dialect's convention applies only when the writer chose that dialect (undefined: none chosen). */
const inDialect = (data: GrammarRuleData, dialect: Dialect | undefined) => !data.dialects || (dialect !== undefined && data.dialects.includes(dialect));

