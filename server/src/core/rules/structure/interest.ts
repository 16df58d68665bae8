import type { Rule } from '../types';
import list from '../../lexicon/interest.json';
import { sentenceHas, type MarkerList } from '../support/phrase-lists';

const INTEREST: MarkerList = list;

export const rule: Rule = {
  meta: {
    id: 'structure/interest',
    category: 'structure',
    defaultSeverity: 'information',
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
    if (body.sentences.some((s) => sentenceHas(INTEREST, s))) return;
    const last = body.paragraphs[body.paragraphs.length - 1];
    const { role, company } = doc.frontMatter;
    const sentence = ` I remain very interested in the ${role ?? 'role'}${role ? ' role' : ''}${company ? ` at ${company}` : ''} and would welcome the chance to contribute.`;
    report({ messageId: 'none', start: last.start, end: last.end, fixes: [{ title: 'Add a sentence of renewed interest', edits: [{ start: last.end, end: last.end, newText: sentence }], safe: false, preferred: true }] });
  },
};
