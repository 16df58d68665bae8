// Applying fixes: one text edit set at a time, and "fix all" that applies every safe fix until
// nothing changes (bounded), as ESLint does.
import type { Diagnostic, Fix } from '../rules/types';
import { applyEdits } from '../document/span';
import type { TextEdit } from '../document/span';
import { parseNote } from '../document/parse';
import { lint, type LintOptions } from './engine';

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

