// Notes for the protocol and CLI tests (own text): a clean note and variants with known findings.
// Every note is judged at THANKS_NOW=2026-11-25T09:00 (local time).

export const PINNED_NOW = '2026-11-25T09:00';

export const CLEAN_FM = `---
interviewer: Priya Raman
role: Product Designer
company: Lakeside Mobility
email: priya.raman@lakeside.example
interview_date: 2026-11-24 14:00
topics:
  - redesigning the rider onboarding flow
  - accessibility audits
subject: Thank you for the Product Designer interview
candidate: Morgan Ellis
---
`;

export const CLEAN_BODY = `Dear Priya,

Thank you for meeting with me to discuss the Product Designer role at Lakeside Mobility. I appreciated how openly you described the way your team tests ideas with riders before building them.

Our conversation about redesigning the rider onboarding flow stayed with me. At a travel booking company, I led a team that rebuilt a similar flow. The share of new users who finished registration rose from half to almost three quarters.

I am still very interested in the role and would be glad to bring that experience to your team.

Best regards,
Morgan Ellis
`;

/** A note every rule accepts at the pinned clock. */
export const CLEAN_NOTE = CLEAN_FM + CLEAN_BODY;

/** The clean note with a template slot and a text-speak closing (both safely fixable), and the company never named. */
export const FIXABLE_NOTE = CLEAN_NOTE.replace('meeting with me to discuss the Product Designer role at Lakeside Mobility.', 'meeting with me, [Interviewer Name], to discuss the Product Designer role.').replace('Best regards,\n', 'Thx,\n');

/** A short note: structure/length warns. */
export const SHORT_NOTE = `${CLEAN_FM}Dear Priya,

Thank you for the interview for the Product Designer role at Lakeside Mobility. I am still very interested.

Best regards,
Morgan Ellis
`;

/** Replaces `interview_date` in a note. */
export function withDate(text: string, date: string): string {
  return text.replace(/^interview_date: .*$/m, `interview_date: ${date}`);
}

/** The note with every \n turned into \r\n. */
export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
