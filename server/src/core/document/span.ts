// Offsets into the note. Every offset in the core is a UTF-16 code-unit offset into the whole note
// text; only server/src/lsp converts them to LSP positions.

/** A half-open range [start, end) of offsets into the note text. */
export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  newText: string;
}

/** Applies non-overlapping edits (the later ones first, so offsets stay valid). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  // Overlapping edits have no meaning: applied anyway they cut text out of the middle of others.
  for (let i = 1; i < sorted.length; i++) {
    const [later, earlier] = [sorted[i - 1], sorted[i]];
    const sameStartBothReplace = earlier.start === later.start && earlier.end > earlier.start && later.end > later.start;
    if ((earlier.end > later.start && earlier.start < later.start) || sameStartBothReplace) throw new Error(`overlapping edits at ${earlier.start}-${earlier.end} and ${later.start}-${later.end}`);
  }
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
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
