// lint(document, options) -> Diagnostic[]: runs every rule over one parse, applies configuration,
// inline directives and caps. Pure: no I/O, no editor types.
import { parseDateTime } from '../document/frontmatter/dates';
import type { ThanksDocument } from '../document/model';
import type { Category, Diagnostic, Finding, Rule, RuleContext, RuleMeta, Severity } from '../rules/types';
import { disabledAt, resolveSeverity, type ConfigLayer } from './config';
import { rules as allRules } from '../rules';
import { NOT_FULLY_CHECKED, TOO_MANY_FINDINGS } from './notices';
import type { NoteRecord } from '../workspace/record';
import { DEFAULT_DIALECT, type Dialect } from '../language/dialect';

export interface LintOptions {
  /** The clock; defaults to THANKS_NOW or the real time. */
  now?: Date;
  /** Configuration layers, strongest first (.thanksrc.json, then settings). */
  layers?: ConfigLayer[];
  /** Words that are never misspellings (workspace word list), lower-cased. */
  userWords?: ReadonlySet<string>;
  /** The English of the note; default en-US. */
  dialect?: Dialect;
  /** Called once per rule that throws; the other rules still report. */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /** Only these rules (tests). */
  only?: string[];
  rules?: Rule[];
  /** The workspace's other notes of the same interview, for the cross-note rules. */
  peers?: readonly NoteRecord[];
  /** The note's previous parse, after an edit (RuleContext.previous). */
  previous?: ThanksDocument;
  /**
   * Milliseconds after which no further rule is started (the ones left are named in an information
   * diagnostic). Default LINT_BUDGET_MS; a safety net so that no input keeps the editor waiting.
   */
  budgetMs?: number;
}

export const LINT_BUDGET_MS = 1000;
/**
 * Notes up to this length (a real note is 1–3 KB) are always checked by every rule, so results stay
 * deterministic (the first check of a session also loads the dictionary); longer ones get the budget.
 */
export const BUDGET_FROM_LENGTH = 16 * 1024;

export const MAX_PER_RULE = 50;
export const MAX_PER_DOCUMENT = 300;
/** A rule that reports this many findings is stopped: the cap will hide the rest anyway. */
export const MAX_RAW_PER_RULE = 4 * MAX_PER_RULE;
const CAP_REACHED = Symbol('cap reached');

/** THANKS_NOW (ISO date-time; without a zone it is local time) or the real clock. */
/** The clock from an ISO date-time (THANKS_NOW, --now), or undefined when it is not one: never
 *  `new Date(value)`, which reads "1" as 2001 and "hello 1" as a date. */
export function clockFrom(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const parsed = parseDateTime(value);
  return parsed && parsed !== 'malformed' ? parsed.date : undefined;
}

export function now(): Date {
  return clockFrom(process.env.THANKS_NOW) ?? new Date();
}

function format(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in data ? clip(String(data[k]), MAX_QUOTED) : m));
}

/** A value quoted in a message (a word, a slot, a name from the note) is shortened past this. */
export const MAX_QUOTED = 120;
const MAX_MESSAGE = 1000;

function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = max - 1;
  if ((s.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--; // keep surrogate pairs whole
  return s.slice(0, cut) + '…';
}

export function lint(doc: ThanksDocument, options: LintOptions = {}): Diagnostic[] {
  const clock = options.now ?? now();
  const layers = options.layers ?? [];
  const userWords = options.userWords ?? new Set<string>();
  const out: Diagnostic[] = [];
  const ruleList = options.rules ?? allRules;
  const started = performance.now();
  const budget = options.budgetMs ?? (doc.text.length > BUDGET_FROM_LENGTH ? LINT_BUDGET_MS : Number.POSITIVE_INFINITY);
  const skipped: string[] = [];
  // The configuration, not the `only` filter: a rule run alone still leaves to the others what is theirs.
  const reporting = (id: string) => {
    const other = ruleList.find((r) => r.meta.id === id);
    return other !== undefined && resolveSeverity(other.meta, layers) !== 'off';
  };
  for (const rule of ruleList) {
    if (options.only && !options.only.includes(rule.meta.id)) continue;
    if (resolveSeverity(rule.meta, layers) === 'off') continue;
    if (performance.now() - started > budget) {
      skipped.push(rule.meta.id);
      continue;
    }
    const found: Finding[] = [];
    const ctx: RuleContext = {
      doc,
      now: clock,
      userWords,
      peers: options.peers ?? [],
      previous: options.previous,
      dialect: options.dialect ?? DEFAULT_DIALECT,
      dialectChosen: options.dialect !== undefined,
      reporting,
      report(f) {
        if (found.length >= MAX_RAW_PER_RULE) throw CAP_REACHED;
        const { message, ...rest } = f;
        const template = message ?? rule.meta.messages[f.messageId] ?? f.messageId;
        found.push({ ...rest, ruleId: rule.meta.id, message: clip(format(template, f.data), MAX_MESSAGE) });
      },
    };
    let stopped = false;
    try {
      rule.check(ctx);
    } catch (error) {
      if (error === CAP_REACHED) stopped = true;
      else {
        options.onRuleError?.(rule.meta.id, error);
        continue;
      }
    }
    let kept = 0;
    const limit = doc.analysedLength === undefined ? undefined : endOfContent(doc.text, doc.analysedLength);
    for (const f of found) {
      if (limit !== undefined) {
        // Only the head of a huge note was read: nothing may be claimed or edited past it.
        // (A finding or an insertion at the cut is about "the end of the note" the rule believed it saw.)
        if (f.start >= limit) continue;
        if (f.fixes?.some((x) => x.edits.some((e) => e.end >= limit))) f.fixes = f.fixes.filter((x) => x.edits.every((e) => e.end < limit));
        if (f.lazyFixes) {
          const lazy = f.lazyFixes;
          f.lazyFixes = () => lazy().filter((x) => x.edits.every((e) => e.end < limit));
        }
      }
      const severity = resolveSeverity(rule.meta, layers, f.severity);
      if (severity === 'off') continue;
      const line = doc.lines.lineOf(f.start);
      if (doc.directives.length && disabledAt(doc.directives, rule.meta.id, rule.meta.category, line, (o) => doc.lines.lineOf(o))) continue;
      if (kept === MAX_PER_RULE) {
        out.push(capNotice(rule.meta.id, rule.meta.category, f, stopped ? undefined : found.length - kept));
        break;
      }
      kept++;
      out.push({ ...f, start: clamp(f.start, doc.text.length), end: clamp(Math.max(f.end, f.start), doc.text.length), severity: severity as Severity, category: rule.meta.category });
    }
  }
  dropYielded(out, ruleList);
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  const notices: Diagnostic[] = [];
  if (doc.analysedLength !== undefined && doc.analysedLength < doc.text.length) {
    const at = clamp(doc.analysedLength, doc.text.length);
    notices.push(notice(NOT_FULLY_CHECKED, 'tooLong', { size: sizeOf(doc.text.length), checked: sizeOf(doc.analysedLength) }, at));
  }
  if (skipped.length) {
    notices.push(notice(NOT_FULLY_CHECKED, 'timeBudget', { budget, count: skipped.length, rules: skipped.length === 1 ? 'rule was' : 'rules were', skipped: skipped.join(', ') }, 0));
  }
  if (out.length > MAX_PER_DOCUMENT) {
    const rest = out.length - MAX_PER_DOCUMENT;
    const kept = out.slice(0, MAX_PER_DOCUMENT);
    kept.push(notice(TOO_MANY_FINDINGS, 'capped', { rest }, 0));
    return withNotices(kept, notices);
  }
  return withNotices(out, notices);
}

/** Drops the findings of rules that yield to another rule's overlapping finding (RuleMeta.yieldsTo). */
function dropYielded(out: Diagnostic[], ruleList: readonly Rule[]): void {
  const yields = new Map<string, readonly string[]>();
  for (const r of ruleList) if (r.meta.yieldsTo?.length) yields.set(r.meta.id, r.meta.yieldsTo);
  if (!yields.size) return;
  const overlapsStronger = (d: Diagnostic, stronger: readonly string[]) =>
    out.some((o) => o !== d && stronger.includes(o.ruleId) && o.start < Math.max(d.end, d.start + 1) && d.start < Math.max(o.end, o.start + 1));
  for (let i = out.length - 1; i >= 0; i--) {
    const stronger = yields.get(out[i].ruleId);
    if (stronger && overlapsStronger(out[i], stronger)) out.splice(i, 1);
  }
}

function notice(meta: RuleMeta, messageId: string, data: Record<string, string | number>, at: number): Diagnostic {
  // The skipped-rules list may be long: the message is not clipped like a quoted value.
  const message = meta.messages[messageId].replace(/\{(\w+)\}/g, (m: string, k: string) => (k in data ? String(data[k]) : m));
  return { ruleId: meta.id, messageId, message: clip(message, MAX_MESSAGE), data, start: at, end: at, severity: meta.defaultSeverity, category: meta.category };
}

function capNotice(ruleId: string, category: Category, at: Finding, rest: number | undefined): Diagnostic {
  return {
    ruleId,
    messageId: 'capped',
    message: rest === undefined ? `${ruleId}: more than ${MAX_RAW_PER_RULE - MAX_PER_RULE} more findings of this rule were not shown.` : `${ruleId}: ${rest} more findings of this rule were not shown.`,
    start: at.start,
    end: at.end,
    severity: 'information',
    category,
  };
}

/** `limit` moved back over the white space before it: where the analysed text visibly ends. */
function endOfContent(text: string, limit: number): number {
  let end = limit;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** The notices (too long, out of time) are never capped away. */
function withNotices(list: Diagnostic[], notices: Diagnostic[]): Diagnostic[] {
  if (!notices.length) return list;
  return [...list, ...notices].sort((a, b) => a.start - b.start || a.end - b.end);
}

function sizeOf(units: number): string {
  return units >= 1024 * 1024 ? `${(units / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(units / 1024)} KB`;
}

function clamp(n: number, max: number): number {
  return n < 0 ? 0 : n > max ? max : n;
}
