// The front matter of a new note from what New Thank-You Note asked, written by the one front-matter
// writer (document/frontmatter/writer).
import { frontMatterBlock, type WrittenValue } from '../document/frontmatter/writer';

export interface NewNoteFacts {
  interviewers: string[];
  role: string;
  company?: string;
  email?: string[];
  /** "YYYY-MM-DD HH:MM". */
  interviewDate?: string;
  topics?: string[];
  /** A template prefix, e.g. "thanks-first-interview". */
  situation: string;
}

/** Situations whose note is not about the interview itself (no 24-hour window). */
const NOT_A_THANK_YOU = new Set(['thanks-turned-down']);

export function subjectFor(situation: string, role: string): string {
  if (situation === 'thanks-follow-up') return `Following up on the ${role} role`;
  if (situation === 'thanks-turned-down') return `Thank you, and the ${role} role`;
  if (situation === 'thanks-informational') return `Thank you for the ${role} conversation`;
  if (situation === 'thanks-phone-screen') return `Thank you for the ${role} call`;
  return `Thank you for the ${role} interview`;
}

export function newNoteFrontMatter(facts: NewNoteFacts, candidate?: string): string {
  const clean = (xs: string[] | undefined) => (xs ?? []).map((x) => x.trim()).filter(Boolean);
  // One person or address is written as a plain value, several as a list; topics are always a list.
  const oneOrList = (xs: string[]): WrittenValue => (xs.length === 1 ? xs[0] : xs);
  const entries: [string, WrittenValue][] = [
    ['interviewer', oneOrList(clean(facts.interviewers))],
    ['role', facts.role.trim()],
    ['company', facts.company?.trim() || undefined],
    ['email', oneOrList(clean(facts.email))],
    ['interview_date', facts.interviewDate && !NOT_A_THANK_YOU.has(facts.situation) ? facts.interviewDate.trim() : undefined],
    ['topics', clean(facts.topics)],
    ['subject', subjectFor(facts.situation, facts.role.trim())],
    ['candidate', candidate?.trim() || undefined],
    // A follow-up keeps the interview date (its timing counts from it) and says what it is: no 24-hour window.
    ['type', facts.situation === 'thanks-follow-up' ? 'follow-up' : undefined],
  ];
  return frontMatterBlock(entries);
}
