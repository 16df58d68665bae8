// What a rule is and what it reports: metadata, findings and fixes. Offsets are UTF-16 code-unit
// offsets into the whole note text (see ../document/span).
import type { Span, TextEdit } from '../document/span';
import type { ThanksDocument } from '../document/model';
import type { NoteRecord } from '../workspace/record';
import type { Dialect } from '../language/dialect';

export type { Span, TextEdit };

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeverityOrOff = Severity | 'off';

export const CATEGORIES = [
  'frontmatter',
  'personalization',
  'placeholder',
  'structure',
  'tone',
  'proofreading',
  'readability',
  'timing',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** What each category covers, for the docs, the README and the settings. */
export const CATEGORY_DESCRIPTIONS: Readonly<Record<Category, string>> = {
  frontmatter: 'YAML syntax, missing required keys, unknown keys, bad values (date, address)',
  personalization: 'the greeting names the interviewer; role and company named; no other company or role; a listed topic referred to; no template wording; no near-copies across a panel’s notes; listed concerns answered',
  placeholder: 'leftover template slots, blanks and drafting notes',
  structure: 'greeting, thanks, renewed interest, a reinforced qualification, sign-off and signature; subject line; length',
  tone: 'slang, hedging, pushy or negative phrasing, exclamation and emoji, shouting, salary talk, clichés, self-focus',
  proofreading: 'spelling (with suggestions that know the interview), repeated words, a/an, capitals, word confusions',
  readability: 'over-long sentences and paragraphs, reading grade',
  timing: 'more than 24 hours since the interview; an interview date in the future; follow-ups too early or too many',
};

export interface Fix {
  /** Shown in the quick-fix menu, e.g. `Replace with "going to"`. */
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by fix-all and `thanks-lint --fix`; unsafe ones only on request. */
  safe: boolean;
  preferred?: boolean;
}

export interface Finding extends Span {
  ruleId: string;
  /** Stable id of the message within the rule (tests assert this, not the wording). */
  messageId: string;
  message: string;
  /** Overrides the rule's default severity for this finding (e.g. 'late' vs 'very late'). */
  severity?: Severity;
  fixes?: Fix[];
  /** Fixes that are costly to compute (spelling suggestions): only called when a fix is asked for. */
  lazyFixes?: () => Fix[];
  /** Extra Markdown shown in the hover of this finding (e.g. the reading grade). */
  hoverDetail?: string;
  /** The rule's advice written with this note's own names ("Dear Jennifer,"); the hover shows it instead of `meta.advice`. */
  advice?: string;
  /** The values the message was formatted with (e.g. `word` for a misspelling). */
  data?: Record<string, string | number>;
  /** What an editor can offer beyond text edits, carried with the finding (the adapter maps each kind to a command). */
  actions?: FindingAction[];
}

/** An action that is not a text edit: add a word to the workspace word list, split a panel note. */
export type FindingAction = { kind: 'add-word'; word: string } | { kind: 'split-note' };

/** A finding after configuration: its effective severity is known. */
export interface Diagnostic extends Finding {
  severity: Severity;
  category: Category;
}

/** A resource that takes noticeable time to load: the spelling dictionary. */
export type Resource = 'speller';

export interface RuleMeta {
  /** `category/name` */
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One line: what the rule checks. */
  description: string;
  /** Why it matters, in the reader's (the interviewer's) terms. Shown in hover and docs. */
  why: string;
  /** What to do instead. Shown in hover and docs. */
  advice: string;
  /** Message templates by id; `{name}` placeholders are filled by the rule. */
  messages: Record<string, string>;
  fixable: boolean;
  /** Resources the rule loads on first use; a host may run the rule only once they are ready (see lint/check). */
  needs?: readonly Resource[];
  /** The rule compares the note with the other notes of its interview (`ctx.peers`); a host re-runs it when those change. */
  crossNote?: boolean;
  /**
   * Rules that report the same mistake better: a finding of this rule is dropped when one of them
   * reports an overlapping span (one finding per mistake: "a information" is grammar's, not a/an's).
   */
  yieldsTo?: readonly string[];
  /** Short examples for the docs: a sentence that is flagged and one that is fine. */
  examples?: { bad?: string[]; good?: string[] };
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export interface RuleContext {
  doc: ThanksDocument;
  /** The pinned or real clock. */
  now: Date;
  /** Words the writer added to the workspace dictionary, lower-cased. */
  userWords: ReadonlySet<string>;
  /** The workspace's other notes of the same interview (empty when the host has no workspace). */
  peers: readonly NoteRecord[];
  /** The note's previous parse when the host checks it again after an edit (the server on a keystroke):
   *  a rule may take over what it found in the sentences the edit left as they were. */
  previous?: ThanksDocument;
  /** The English of the note (setting thanks.dialect or "dialect" in .thanksrc.json); en-US when not chosen. */
  dialect: Dialect;
  /** The writer chose the dialect; when not, spelling accepts British forms beside the American dictionary. */
  dialectChosen: boolean;
  /**
   * Whether a rule reports under this configuration (not turned off). A rule that leaves a mistake
   * to another rule asks first, so that turning that rule off brings the finding back.
   */
  reporting(ruleId: string): boolean;
  /** Lower-cased `{name}` -> value message formatting, plus the report itself. */
  report(finding: Omit<Finding, 'ruleId' | 'message'> & { message?: string }): void;
}
