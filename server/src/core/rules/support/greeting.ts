// Who a salutation greets, compared with the interviewers in the front matter.
import type { ThanksDocument } from '../../document/model';
import type { Span } from '../../document/span';
import { factsOf } from '../../document/facts';
import { placeholderAt } from './placeholder-scan';
import { editDistance, fold, listJoin } from '../../document/text';
import { greetingFormOf, isTitle, nameKeys, personName, type PersonName } from '../../document/names';

/** Words that address a group or nobody in particular. */
export const IMPERSONAL_ADDRESSEES = new Set([
  'hiring manager', 'hiring managers', 'hiring team', 'hiring committee', 'search committee', 'selection committee',
  'recruiter', 'recruiters', 'recruiting team', 'recruitment team', 'talent team', 'talent acquisition team', 'team', 'all',
  'everyone', 'everybody', 'there', 'sir', 'madam', 'sir or madam', 'sir/madam', 'friend', 'friends', 'interviewer',
  'interviewers', 'interview panel', 'panel', 'panel members', 'committee', 'folks', 'guys', 'colleagues', 'hr', 'hr team',
  'human resources', 'manager', 'to whom it may concern', 'whom it may concern', 'sirs', 'madams', 'you', 'y\'all', 'all of you',
]);

export interface GreetedName {
  text: string;
  span: Span;
  /** The interviewer this greeting refers to, if any. */
  match?: PersonName;
  /** An interviewer whose name this is probably a misspelling of. */
  near?: { person: PersonName; token: string; tokenSpan: Span; correct: string };
  impersonal: boolean;
  placeholder: boolean;
}

export function greetedNames(doc: ThanksDocument): GreetedName[] {
  const sal = doc.body.salutation;
  if (!sal) return [];
  const facts = factsOf(doc);
  return sal.names.map((n) => {
    const folded = fold(n.text).replace(/[.,]/g, '');
    const impersonal = IMPERSONAL_ADDRESSEES.has(folded) || IMPERSONAL_ADDRESSEES.has(folded.replace(/^(the|dear)\s+/, ''));
    const placeholder = /[\[\]<>{}_]/.test(n.text) || placeholderAt(doc, n.span) !== undefined;
    const out: GreetedName = { text: n.text, span: n.span, impersonal, placeholder };
    if (impersonal || placeholder) return out;
    const greeted = personName(n.text);
    const keys = nameKeys(greeted);
    out.match = facts.interviewers.find((p) => {
      const pk = nameKeys(p);
      for (const k of keys) if (pk.has(k)) return true;
      return false;
    });
    if (!out.match) {
      // A near miss on one token: "Chirara" for "Chiara", "Petrescu" for "Petrescou".
      let offset = n.span.start;
      for (const token of n.text.split(/(\s+)/)) {
        const tokenSpan = { start: offset, end: offset + token.length };
        offset += token.length;
        if (!token.trim() || isTitle(token)) continue;
        const ft = fold(token).replace(/[.,]/g, '');
        if (ft.length < 3) continue;
        for (const p of facts.interviewers) {
          for (const t of p.tokens) {
            const fp = fold(t);
            const d = editDistance(ft, fp, 2);
            if (d > 0 && d <= (fp.length >= 6 ? 2 : 1)) {
              out.near = { person: p, token, tokenSpan, correct: t };
              break;
            }
          }
          if (out.near) break;
        }
        if (out.near) break;
      }
    }
    return out;
  });
}

/** How to greet these interviewers, with their own names: `"Dear Jennifer," or "Dear Jennifer Lee,"`. */
export function greetingAdvice(people: readonly PersonName[]): string {
  const forms = [...new Set([listJoin(people.map((p) => greetingFormOf(p, false))), listJoin(people.map((p) => greetingFormOf(p, true)))])];
  return forms.map((f) => `"Dear ${f},"`).join(' or ');
}
