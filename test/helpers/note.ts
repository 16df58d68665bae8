// Builds whole notes for rule tests: the default front matter of the rule tester with some keys
// changed (a string, a list, raw YAML via { raw }) or removed (null).
import { GOOD_BODY } from './rule-tester';

export type FmValue = string | string[] | { raw: string } | null;

export const DEFAULT_KEYS: Record<string, FmValue> = {
  interviewer: 'Dana Whitfield',
  role: 'Senior Data Engineer',
  company: 'Northwind Health',
  email: 'dana.whitfield@northwind.example',
  interview_date: '2026-11-24 15:30',
  topics: ['moving nightly batch jobs to streaming', 'the on-call rotation'],
  subject: 'Thank you for the Senior Data Engineer interview',
  candidate: 'Alex Rivera',
};

export function frontMatter(overrides: Record<string, FmValue> = {}): string {
  const keys: Record<string, FmValue> = { ...DEFAULT_KEYS, ...overrides };
  const lines = ['---'];
  for (const [key, value] of Object.entries(keys)) {
    if (value === null) continue;
    if (typeof value === 'string') lines.push(`${key}: ${value}`);
    else if (Array.isArray(value)) lines.push(`${key}:`, ...value.map((v) => `  - ${v}`));
    else lines.push(`${key}:${value.raw.startsWith('\n') ? '' : ' '}${value.raw}`);
  }
  lines.push('---');
  return lines.join('\n') + '\n';
}

/** A whole note: front matter with `overrides`, then `body` (the rule tester's clean body by default). */
export function note(overrides: Record<string, FmValue> = {}, body: string = GOOD_BODY): string {
  return frontMatter(overrides) + body;
}
