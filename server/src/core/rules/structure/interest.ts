import type { Rule } from '../types';

const INTEREST =
  /\b(?:interest(?:ed|ing)?|excit(?:ed|ing|ement)|enthusias(?:m|tic)|eager(?:ly)?|keen|look(?:ing)? forward|motivated|thrilled|delighted|appeal(?:s|ing)?|(?:would|['’]d) (?:love|welcome|enjoy|like|be (?:glad|happy|proud|honou?red|thrilled|delighted|excited|pleased)) (?:to|the chance|the opportunity)|hope to (?:join|contribute|work|be part|hear|continue)|(?:chance|opportunity) to (?:join|contribute|work|help|continue)|want to (?:join|be part|contribute)|(?:joining|join) (?:your|the)|next steps)\b/i;

export const rule: Rule = {
  meta: {
    id: 'structure/interest',
    category: 'structure',
    defaultSeverity: 'warning',
    description: 'The note should renew your interest in the role.',
    why: 'Employers read the note for three things: thanks, fit, and whether you still want the job. Saying so plainly removes doubt.',
    advice: 'Add one sentence near the end: "I remain very interested in the role and would welcome the chance to contribute."',
    messages: { none: 'Nothing in the note says you are still interested in the role.' },
    fixable: true,
    examples: { bad: ['(a note that thanks and describes, but never says you want the job)'], good: ['I remain very interested in the Sous Chef position.'] },
  },
  check({ doc, report }) {
    const body = doc.body;
    if (body.sentences.length === 0) return;
    if (body.sentences.some((s) => INTEREST.test(s.text))) return;
    const last = body.paragraphs[body.paragraphs.length - 1];
    const { role, company } = doc.frontMatter;
    const sentence = ` I remain very interested in the ${role ?? 'role'}${role ? ' role' : ''}${company ? ` at ${company}` : ''} and would welcome the chance to contribute.`;
    report({ messageId: 'none', start: last.start, end: last.end, fixes: [{ title: 'Add a sentence of renewed interest', edits: [{ start: last.end, end: last.end, newText: sentence }], safe: false, preferred: true }] });
  },
};
