// One slip of the keyboard: the words a typist meant when one letter went wrong. The spelling rule
// asks it of a capitalised word the dictionary lacks: a name ("Whitfield") is one slip from no common
// word, a typo ("Thnaks") is one slip from one.
import { commonWords } from './suggest';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Lower-case words one edit (delete, swap, change, insert) from `w`, keeping its first letter. */
export function oneSlipAway(w: string): string[] {
  const out = new Set<string>();
  for (let i = 1; i <= w.length; i++) {
    if (i < w.length) out.add(w.slice(0, i) + w.slice(i + 1));
    if (i + 1 < w.length) out.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    for (const c of LETTERS) {
      if (i < w.length && c !== w[i]) out.add(w.slice(0, i) + c + w.slice(i + 1));
      out.add(w.slice(0, i) + c + w.slice(i));
    }
  }
  out.delete(w);
  return [...out];
}

const isLetter = (code: number) => code >= 97 && code <= 122;

/** Whether `c` is among oneSlipAway(w), without making the list: same first letter, then one edit at
 *  index 1 or later (a letter changed or put in is a-z). */
export function oneSlipBetween(w: string, c: string): boolean {
  if (c === w || c.length === 0 || w.length === 0 || c.charCodeAt(0) !== w.charCodeAt(0)) return false;
  let i = 1;
  const n = Math.min(w.length, c.length);
  while (i < n && w.charCodeAt(i) === c.charCodeAt(i)) i++;
  if (c.length === w.length) {
    // one letter changed, or two neighbours swapped
    if (w.slice(i + 1) === c.slice(i + 1)) return isLetter(c.charCodeAt(i));
    return i + 1 < w.length && w[i] === c[i + 1] && w[i + 1] === c[i] && w.slice(i + 2) === c.slice(i + 2);
  }
  if (c.length === w.length - 1) return w.slice(i + 1) === c.slice(i); // one letter of w left out
  if (c.length === w.length + 1) return isLetter(c.charCodeAt(i)) && c.slice(i + 1) === w.slice(i); // one put in
  return false;
}

let byFirst: Map<number, string[]> | undefined;

/** Whether a common word (./frequency) is one slip from `w`: oneSlipAway(w).some(commonRank), by
 *  comparing `w` with the few common words of its first letter and about its length. */
export function commonWordOneSlipFrom(w: string): boolean {
  if (!byFirst) {
    byFirst = new Map();
    for (const l of commonWords()) {
      const list = byFirst.get(l.charCodeAt(0));
      if (list) list.push(l);
      else byFirst.set(l.charCodeAt(0), [l]);
    }
  }
  const list = byFirst.get(w.charCodeAt(0));
  if (!list) return false;
  for (const c of list) if (Math.abs(c.length - w.length) <= 1 && oneSlipBetween(w, c)) return true;
  return false;
}
