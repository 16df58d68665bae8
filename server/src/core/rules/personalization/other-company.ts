import type { Rule } from '../types';
import { companyKeysOf, factsOf } from '../../document/facts';
import { fold } from '../../document/text';

// Contexts in which a capitalised name is the employer the note is addressed to: "join X",
// "bring … to X", "the role at X", "X's mission". Past-tense mentions ("I worked at X") are the
// writer's own history and are left alone.
const TARGET_CONTEXT =
  /\b(?:join(?:ing)?(?: the team at| the team of)?|(?:bring|contribute|add|return|commit|dedicate|apply)\b[^.!?\n]{0,60}?\bto|(?:role|position|job|opening|opportunity|team|career|future|interview|interviewing|work|working|everyone|colleagues|staff) (?:at|with)|excited about|interest in|(?:part|member) of|(?:thank you|thanks) for (?:considering me|the opportunity) (?:at|with|for))\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:&|of|and|\p{Lu}[\p{L}\p{M}'’&.-]*)){0,4})/gu;
const POSSESSIVE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,3})['’]s\s+(?:mission|team|culture|values|vision|commitment|approach|clients|customers|patients|students|growth|success|future|work|reputation|products?|services?)\b/gu;

/** Right before the context: the writer's own history ("my team at X", "before joining X", "I served X's clients"). */
const OWN_HISTORY = /(?:\b(?:my|our)\s+(?:\p{L}+\s+)?|\b(?:before|after|since|while|when)\s+|\b(?:I|we)\s+(?:was|were|had|\p{L}+ed)\s+(?:\p{L}+\s+)?)$/iu;

/** Words that start with a capital for other reasons (sentence starts, days, pronouns). */
const NOT_A_COMPANY = new Set([
  'i', 'the', 'a', 'an', 'your', 'our', 'my', 'this', 'that', 'these', 'those', 'it', 'we', 'you', 'they', 'he', 'she',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'english', 'spanish', 'french',
  'mandarin', 'team', 'company', 'organization', 'organisation', 'firm', 'department', 'hospital', 'school', 'office',
  'lab', 'unit', 'studio', 'kitchen', 'group', 'board', 'committee', 'city', 'state', 'county', 'us', 'them', 'him', 'her',
]);

export const rule: Rule = {
  meta: {
    id: 'personalization/other-company',
    category: 'personalization',
    defaultSeverity: 'error',
    description: 'The note names a different employer than `company` — usually left over from the last note.',
    why: 'Naming another company in a thank-you note is the most damaging copy-paste slip: it tells the interviewer they are one of many, and that you did not reread.',
    advice: 'Replace the other name with the company from the front matter, and reread the note for other leftovers.',
    messages: { other: '"{name}" is not {company}: is this left over from another note?' },
    fixable: true,
    examples: { bad: ['company: Larkspur Software … I would love to bring that experience to Brightline.'], good: ['I would love to bring that experience to Larkspur.'] },
  },
  check({ doc, report }) {
    const company = doc.frontMatter.company;
    if (!company) return;
    const facts = factsOf(doc);
    const known = new Set([...facts.companyKeys, ...facts.interviewerKeys, ...doc.knownWords]);
    if (facts.candidate) for (const t of facts.candidate.tokens) known.add(fold(t));
    const prose = doc.body.prose;
    const seen = new Set<string>();
    for (const p of doc.body.paragraphs) {
      const text = prose.slice(p.start, p.end);
      for (const re of [TARGET_CONTEXT, POSSESSIVE]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (OWN_HISTORY.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
          let name = m[1].replace(/^the\s+/i, '').replace(/[.,;:]+$/, '').replace(/['’]s$/, '').replace(/\s+(?:and|of|&)$/i, '');
          // "Brightline and help your agents": stop at the first lower-case word
          name = name.split(/\s+(?=\p{Ll})/u)[0];
          const words = name.split(/\s+/).map((w) => fold(w).replace(/['’]s$/, '').replace(/[^\p{L}\p{N}-]/gu, ''));
          if (words.length === 0 || NOT_A_COMPANY.has(words[0])) continue;
          const keys = companyKeysOf(name);
          const overlaps = [...keys, ...words].some((k) => known.has(k));
          if (overlaps || keys.size === 0) continue;
          const at = p.start + m.index + m[0].lastIndexOf(m[1]) + (m[1].length - m[1].replace(/^the\s+/i, '').length);
          const span = { start: at, end: at + name.length };
          if (seen.has(`${span.start}`)) continue;
          seen.add(`${span.start}`);
          report({
            messageId: 'other',
            data: { name, company },
            ...span,
            fixes: [{ title: `Replace with "${company}"`, edits: [{ ...span, newText: company }], safe: false, preferred: true }],
          });
        }
      }
    }
  },
};
