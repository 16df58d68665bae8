// The grammar rule files' data as the checker reads them (lexicon/grammar/*.json), the rules a file's
// `governs` table stands for, and what the checker reports for a sentence.
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
  /** Not when one of these matches earlier in the sentence, ending before the match ("suggest that" + a subjunctive). */
  unlessEarlier?: string[];
  /** Only when the writer chose one of these dialects (thanks.dialect): a convention of that English. */
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
  /** `unlessEarlier` for every rule of the file: the subjunctive after "suggest that" is no agreement error. */
  unlessEarlier?: string[];
  /** Words that govern a preposition, as a table: each entry becomes a rule "word + a wrong preposition". */
  governs?: GovernedEntry[];
}

/** "interested" takes "in", never "on", "about", "for"…: one row of a file's `governs` table. */
export interface GovernedEntry {
  words: string[];
  /** The preposition it takes; "" when it takes its object directly ("discuss the plan"). */
  takes: string;
  not: string[];
  /** Not when followed by one of these (a pattern): "married with children". */
  unless?: string[];
}

/** The rules a `governs` table stands for, after the file's own rules. */
export function governedRules(file: GrammarFile): GrammarRuleData[] {
  return (file.governs ?? []).map((g) => ({
    id: `governs-${g.words[0]}-${g.takes}`,
    pattern: `< ${g.words.join('|')} ${g.not.join('|')} >`,
    fix: `{1} ${g.takes}`,
    reason: g.takes ? `"${g.words[0]}" takes "${g.takes}"` : `"${g.words[0]}" takes its object directly, with no preposition`,
    // a preposition that opens a set phrase belongs to it ("focus in particular on", "depends in part on")
    unless: [...(g.unless ?? []), '$phrase_opener'].map((u) => `${g.words.join('|')} ${g.not.join('|')} ${u}`),
  }));
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
