// Notices the engine itself raises about a check (not about the note's writing): a note too long to
// check whole, a check out of time, too many findings to show. They have ids and docs like rules,
// so the hover and the docs explain them, but no check of their own and no setting.
import type { RuleMeta } from '../rules/types';

export const NOT_FULLY_CHECKED: RuleMeta = {
  id: 'structure/not-fully-checked',
  category: 'structure',
  defaultSeverity: 'information',
  description: 'The note could not be checked whole: it is far longer than a thank-you note, or checking ran out of time.',
  why: 'A thank-you note is 1–3 KB; a pasted thread or log is checked in its first 32 KB only, so that the editor stays responsive.',
  advice: 'Keep only the note in the file; paste long reference material elsewhere.',
  messages: {
    tooLong: 'This note is {size}; only the first {checked} were checked. A thank-you note is usually under 3 KB.',
    timeBudget: 'Checking took longer than {budget} ms, so {count} {rules} skipped: {skipped}.',
  },
  fixable: false,
};

export const TOO_MANY_FINDINGS: RuleMeta = {
  id: 'structure/too-many-findings',
  category: 'structure',
  defaultSeverity: 'information',
  description: 'More findings than the editor shows at once (300 per note, 50 per rule).',
  why: 'A note with hundreds of findings is usually not a note (a pasted document) or one problem repeated; the first findings are the ones to fix.',
  advice: 'Fix the findings shown first; the rest appear as those go.',
  messages: {
    capped: '{rest} more findings were not shown; fix the ones above first.',
  },
  fixable: false,
};

export const NOTICES: readonly RuleMeta[] = [NOT_FULLY_CHECKED, TOO_MANY_FINDINGS];
export const NOTICES_BY_ID: ReadonlyMap<string, RuleMeta> = new Map(NOTICES.map((m) => [m.id, m]));
