// What New Thank-You Note… asks, in order, with its step counter; and the defaults it offers. No
// editor API here (unit-tested); newNote.ts shows the steps.

export type StepId = 'interviewers' | 'role' | 'company' | 'email' | 'interviewDate' | 'topics' | 'situation' | 'candidate' | 'panel';

const ORDER: StepId[] = ['interviewers', 'role', 'company', 'email', 'interviewDate', 'topics', 'situation', 'candidate', 'panel'];

/** The steps for a note to `interviewers` people (the panel question only for several); unknown count: as for one. */
export function stepsFor(interviewers: number | undefined): StepId[] {
  return ORDER.filter((s) => s !== 'panel' || (interviewers ?? 1) > 1);
}

/** "3/8": where a step stands, for the prompt's title. */
export function stepCounter(step: StepId, interviewers: number | undefined): { step: number; totalSteps: number } {
  const steps = stepsFor(interviewers);
  return { step: steps.indexOf(step) + 1, totalSteps: steps.length };
}

/** The name to offer: the setting thanks.candidateName, else `git config user.name`, else nothing. */
export function defaultCandidate(setting: string | undefined, gitUserName: string | undefined): string {
  return setting?.trim() || gitUserName?.trim() || '';
}

/**
 * A situation's line in the quick pick: the first sentence of the snippet description without the
 * lead that repeats the label ("After a first interview: thanks, one detail…" -> "Thanks, one detail…").
 */
export function situationDetail(description: string): string {
  const colon = description.indexOf(': ');
  const rest = (colon >= 0 ? description.slice(colon + 2) : description).trim();
  const sentence = /^.*?[.!?](?=\s|$)/.exec(rest)?.[0] ?? rest;
  return sentence ? sentence[0].toUpperCase() + sentence.slice(1) : sentence;
}

/** Snippets that are parts of a note (front matter blocks, sign-offs), not a whole letter for a situation. */
export const TEMPLATE_PARTS: ReadonlySet<string> = new Set(['thanks-frontmatter', 'thanks-follow-up-frontmatter', 'thanks-signoff', 'thanks-signoff-contact']);
