// Applying fixes: one text edit set at a time, and "fix all" that applies every safe fix until
// nothing changes (bounded), as ESLint does.
import type { Diagnostic, Fix, TextEdit } from '../rules/types';
import { parseNote } from '../document/parse';
import { lint, type LintOptions } from './engine';

/** Applies non-overlapping edits (the later ones first, so offsets stay valid). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The safe fix of each diagnostic, dropping fixes whose edits overlap an earlier one. */
export function safeFixesOf(diagnostics: Diagnostic[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: TextEdit[] = [];
  const overlaps = (a: TextEdit, b: TextEdit) => a.start < b.end && b.start < a.end || (a.start === b.start && (a.end === a.start || b.end === b.start));
  for (const d of diagnostics) {
    const fix = d.fixes?.find((f) => f.safe);
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return chosen;
}

export interface FixAllResult {
  text: string;
  applied: number;
  passes: number;
}

/** Applies safe fixes until none is left or 10 passes have run. */
export function fixAll(text: string, options: LintOptions = {}): FixAllResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  for (; passes < 10; passes++) {
    const fixes = safeFixesOf(lint(parseNote(current), options));
    if (fixes.length === 0) break;
    const next = applyEdits(current, fixes.flatMap((f) => f.edits));
    if (next === current) break;
    applied += fixes.length;
    current = next;
  }
  return { text: current, applied, passes };
}

/** The smallest single edit that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  return { start, end: endB, newText: after.slice(start, endA) };
}
