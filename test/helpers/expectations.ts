// Expectations written inline in fixture notes (markdownlint's scenario tests), in two styles:
//   <!-- expect: a/b, c -- reason -->   the next line has a finding of rule a/b and one of category c
//   <!-- expect-note: c -- reason -->   the note has a finding of rule or category c somewhere
//   <!-- expect-info: a/b -->           like expect, for an information or hint finding
//   # expect: a/b -- reason             the same, as a YAML comment inside the front matter
// A code with a slash is a rule id; a bare word is a category. The text after " -- " is for people.
// `strip` mode removes every expectation line before linting (so the comments never change how a
// note reads) and attaches each expectation to the next line of what is left.
import type { Diagnostic } from '../../server/src/core/rules/types';

export interface Expectations {
  /** "line:code" (0-based line of the linted text) for error/warning findings. */
  lines: Set<string>;
  note: Set<string>;
  info: Set<string>;
  /** The reasons written next to line expectations, by "line:code". */
  reasons: Map<string, string>;
}

const EXPECT_RE = /^\s*(?:<!--\s*expect(-note|-info)?:\s*(.*?)\s*-->|#\s*expect(-note|-info)?:\s*(.*?))\s*$/;

export function readExpectations(text: string, strip = false): { text: string; expected: Expectations } {
  const lines = text.split(/(?<=\n)|(?<=\r)(?!\n)/);
  const out: Expectations = { lines: new Set(), note: new Set(), info: new Set(), reasons: new Map() };
  const kept: string[] = [];
  const pending: { kind: string | undefined; codes: string[]; reason: string }[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r?\n$|\r$/, '');
    const m = EXPECT_RE.exec(line);
    if (m) {
      const [spec, reason = ''] = (m[2] ?? m[4]).split(/\s+--\s+/);
      pending.push({ kind: m[1] ?? m[3], codes: spec.split(/[\s,]+/).filter(Boolean), reason });
      if (!strip) kept.push(raw);
      return;
    }
    // Without stripping, an expectation names the next line of the original text.
    const target = strip ? kept.length : i;
    for (const p of pending.splice(0)) {
      for (const code of p.codes) {
        if (p.kind === '-note') out.note.add(code);
        else if (p.kind === '-info') out.info.add(`${target}:${code}`);
        else {
          out.lines.add(`${target}:${code}`);
          out.reasons.set(`${target}:${code}`, p.reason);
        }
      }
    }
    kept.push(raw);
  });
  return { text: strip ? kept.join('') : text, expected: out };
}

/** Whether finding `d` answers the expectation `code` (a rule id, or a category). */
export function answers(d: Pick<Diagnostic, 'ruleId' | 'category'>, code: string): boolean {
  return code.includes('/') ? d.ruleId === code : d.category === code;
}

export interface Comparison {
  missing: string[];
  noteMissing: string[];
  infoMissing: string[];
  unexpected: string[];
}

/** Compares findings with expectations: serious findings must match exactly; minor ones only where annotated. */
export function compare(text: string, found: Diagnostic[], lineOf: (offset: number) => number, expected: Expectations): Comparison {
  const line = (d: Diagnostic) => lineOf(d.start);
  // A finding over several lines (a pasted letter head) answers an expectation on any line it covers.
  const covers = (d: Diagnostic, l: number) => line(d) === l || (line(d) < l && l <= lineOf(Math.max(d.start, d.end - 1)));
  const show = (d: Diagnostic) => `${line(d)}:${d.ruleId} ${d.severity} [${text.slice(d.start, d.end).slice(0, 40)}]`;
  const serious = found.filter((d) => d.severity === 'error' || d.severity === 'warning');
  const minor = found.filter((d) => d.severity === 'information' || d.severity === 'hint');
  const onLine = (k: string, pool: Diagnostic[]) => {
    const [l, code] = [Number(k.slice(0, k.indexOf(':'))), k.slice(k.indexOf(':') + 1)];
    return pool.some((d) => covers(d, l) && answers(d, code));
  };
  const missing = [...expected.lines].filter((k) => !onLine(k, serious)).map((k) => `${k}${expected.reasons.get(k) ? ` (${expected.reasons.get(k)})` : ''}`);
  const lineCodes = [...expected.lines].map((k) => ({ l: Number(k.slice(0, k.indexOf(':'))), code: k.slice(k.indexOf(':') + 1) }));
  const rest = serious.filter((d) => !lineCodes.some((e) => covers(d, e.l) && answers(d, e.code)));
  const unexpected = rest.filter((d) => ![...expected.note].some((code) => answers(d, code))).map(show);
  const noteMissing = [...expected.note].filter((code) => !rest.some((d) => answers(d, code)));
  const infoMissing = [...expected.info].filter((k) => !onLine(k, minor));
  return { missing, noteMissing, infoMissing, unexpected };
}
