// What a template slot stands for: "[Company Name]", "{{role}}", "Your Name" map to a front-matter
// value ("company", "role", "candidate"), and the values the note can fill it with.
import type { ThanksDocument } from './model';
import slots from '../lexicon/slots.json';
import { fold } from './text';
import { factsOf, interviewWeekday } from './facts';

const FILLS = slots.fills as Record<string, string>;

/** The front-matter source a slot's words name ("company name" -> "company"), if any. */
export function slotKey(inner: string): string | undefined {
  let k = fold(inner).replace(/[_*]/g, ' ').replace(/\s+/g, ' ').trim();
  k = k.replace(/^(insert|add|enter|type|fill in|put)\s+/, '').replace(/^(your|the|a|an)\s+/, '').replace(/\s+here$/, '');
  if (FILLS[k]) return FILLS[k];
  const noPossessive = k.replace(/'s\b/g, '');
  if (FILLS[noPossessive]) return FILLS[noPossessive];
  if (inner.trim().toLowerCase().startsWith('your ') && FILLS['your ' + k]) return FILLS['your ' + k];
  return undefined;
}

/** The values a slot can be filled with, best first. */
export function fillValues(doc: ThanksDocument, source: string | undefined): string[] {
  if (!source) return [];
  const fm = doc.frontMatter;
  const facts = factsOf(doc);
  switch (source) {
    case 'interviewer':
      return fm.interviewers;
    case 'interviewer-first':
      return facts.interviewers.map((p) => p.first ?? p.full);
    case 'company':
      return fm.company ? [fm.company] : [];
    case 'role':
      return fm.role ? [fm.role] : [];
    case 'candidate':
      return fm.candidate ? [fm.candidate] : [];
    case 'topic':
      return fm.topics.slice(0, 3);
    case 'weekday': {
      const w = interviewWeekday(doc);
      return w ? [w] : [];
    }
    case 'date': {
      const d = fm.interviewDate?.date;
      return d ? [d.toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' })] : [];
    }
    case 'decision-date': {
      const d = fm.decisionDate?.date;
      return d ? [d.toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' })] : [];
    }
    case 'email':
      return fm.emails.map((e) => e.text);
  }
  return [];
}
