// lint(document, options) -> Diagnostic[]: runs every rule over one parse, applies configuration,
// inline directives and caps. Pure: no I/O, no editor types.
import type { ThanksDocument } from './model';
import type { Category, Diagnostic, Finding, Rule, RuleContext, Severity } from './types';
import { disabledAt, resolveSeverity, type ConfigLayer } from './config';
import { rules as allRules } from './rules';

export interface LintOptions {
  /** The clock; defaults to THANKS_NOW or the real time. */
  now?: Date;
  /** Configuration layers, strongest first (.thanksrc.json, then settings). */
  layers?: ConfigLayer[];
  /** Words that are never misspellings (workspace word list), lower-cased. */
  userWords?: ReadonlySet<string>;
  /** Called once per rule that throws; the other rules still report. */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /** Only these rules (tests). */
  only?: string[];
  rules?: Rule[];
}

export const MAX_PER_RULE = 50;
export const MAX_PER_DOCUMENT = 300;

/** THANKS_NOW (ISO date-time; without a zone it is local time) or the real clock. */
export function clockFrom(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
  if (m) return new Date(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function now(): Date {
  return clockFrom(process.env.THANKS_NOW) ?? new Date();
}

function format(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in data ? String(data[k]) : m));
}

export function lint(doc: ThanksDocument, options: LintOptions = {}): Diagnostic[] {
  const clock = options.now ?? now();
  const layers = options.layers ?? [];
  const userWords = options.userWords ?? new Set<string>();
  const out: Diagnostic[] = [];
  const ruleList = options.rules ?? allRules;
  let capped = false;
  for (const rule of ruleList) {
    if (options.only && !options.only.includes(rule.meta.id)) continue;
    if (resolveSeverity(rule.meta, layers) === 'off') continue;
    const found: Finding[] = [];
    const ctx: RuleContext = {
      doc,
      now: clock,
      userWords,
      report(f) {
        const { message, ...rest } = f;
        const template = message ?? rule.meta.messages[f.messageId] ?? f.messageId;
        found.push({ ...rest, ruleId: rule.meta.id, message: format(template, f.data) });
      },
    };
    try {
      rule.check(ctx);
    } catch (error) {
      options.onRuleError?.(rule.meta.id, error);
      continue;
    }
    let kept = 0;
    for (const f of found) {
      const severity = resolveSeverity(rule.meta, layers, f.severity);
      if (severity === 'off') continue;
      const line = doc.lines.lineOf(f.start);
      if (doc.directives.length && disabledAt(doc.directives, rule.meta.id, rule.meta.category, line, (o) => doc.lines.lineOf(o))) continue;
      if (kept === MAX_PER_RULE) {
        capped = true;
        out.push(capNotice(rule.meta.id, rule.meta.category, f, found.length - kept));
        break;
      }
      kept++;
      out.push({ ...f, start: clamp(f.start, doc.text.length), end: clamp(Math.max(f.end, f.start), doc.text.length), severity: severity as Severity, category: rule.meta.category });
    }
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  if (out.length > MAX_PER_DOCUMENT) {
    const rest = out.length - MAX_PER_DOCUMENT;
    const kept = out.slice(0, MAX_PER_DOCUMENT);
    kept.push({
      ruleId: 'structure/too-many-findings',
      messageId: 'capped',
      message: `${rest} more findings were not shown; fix the ones above first.`,
      start: 0,
      end: 0,
      severity: 'information',
      category: 'structure',
    });
    return kept;
  }
  void capped;
  return out;
}

function capNotice(ruleId: string, category: Category, at: Finding, rest: number): Diagnostic {
  return {
    ruleId,
    messageId: 'capped',
    message: `${ruleId}: ${rest} more findings of this rule were not shown.`,
    start: at.start,
    end: at.end,
    severity: 'information',
    category,
  };
}

function clamp(n: number, max: number): number {
  return n < 0 ? 0 : n > max ? max : n;
}
