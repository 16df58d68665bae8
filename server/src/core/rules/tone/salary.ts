import type { Rule } from '../types';
import data from '../../lexicon/salary.json';
import { findPhrases, matchedText, sentenceRemoval, type PhraseList } from '../support/phrase-lists';
import { sentenceTokens } from '../../document/tokens';

const PAY_CONTEXT = new Set(data.payContext);
const NOT_PAY = new Set(data.notPay);
/** "$78,000", "$62k", "$24.50 an hour", "£30,000". */
const MONEY = /[$£€]\s?\d[\d,]*(?:\.\d+)?(?:\s?[kK]\b)?(?:\s?(?:\/|per|an|a)\s?(?:hr|hour|year|yr|annum|month|week)\b)?/g;

const PERSONAL: PhraseList = { description: data.description, entries: data.personal };
const GENERAL: PhraseList = { description: data.description, entries: data.general };
/** Roles and topics where pay is the subject matter of the job itself. */
const PAY_WORK = /\b(payroll|compensation|benefits?|total rewards|hr|human resources|people operations|accounting|accountant|bookkeep\w*|tax|finance|financial|claims?|insurance|actuar\w*|labor relations|labour relations|union|wage)\b/i;

export const rule: Rule = {
  meta: {
    id: 'tone/salary',
    category: 'tone',
    defaultSeverity: 'warning',
    description: 'Salary, pay, benefits, PTO or bonuses raised in the thank-you note.',
    why: 'The note is there to thank and to reinforce your fit; bringing up pay or benefits before an offer makes it look as if that is what you care about most.',
    advice: 'Leave pay and benefits for the offer stage, when the employer raises them or the recruiter asks for your expectations.',
    messages: { salary: '"{text}": {reason} belongs in the offer stage, not in a thank-you note.' },
    fixable: true,
    examples: { bad: ['I would also like to discuss the salary range.', 'Could you tell me more about the PTO policy?'], good: ['I enjoyed hearing how your payroll team handles multi-state withholding.'] },
  },
  check({ doc, report }) {
    const fm = doc.frontMatter;
    const payIsTheJob = PAY_WORK.test([fm.role ?? '', ...fm.topics].join(' '));
    const found = findPhrases(doc, PERSONAL);
    if (!payIsTheJob) {
      for (const m of findPhrases(doc, GENERAL)) if (!found.some((f) => f.start < m.end && m.start < f.end)) found.push(m);
    }
    // A money amount in a sentence about pay ("a base of $78,000"), not a budget or a sales figure.
    for (const sentence of doc.body.sentences) {
      const tokens = sentenceTokens(sentence);
      if (!tokens.some((t) => PAY_CONTEXT.has(t.norm)) || tokens.some((t) => NOT_PAY.has(t.norm))) continue;
      MONEY.lastIndex = 0;
      for (let m = MONEY.exec(sentence.text); m; m = MONEY.exec(sentence.text)) {
        const start = sentence.start + m.index;
        if (found.some((f) => f.start < start + m![0].length && start < f.end)) continue;
        found.push({ start, end: start + m[0].length, sentence, value: { phrase: m[0], reason: 'a pay figure' }, tokens: [], index: 0, all: [] });
      }
    }
    found.sort((a, b) => a.start - b.start);
    for (const m of found) {
      report({
        messageId: 'salary',
        data: { text: matchedText(doc, m), reason: m.value.reason },
        start: m.start,
        end: m.end,
        fixes: [{ title: 'Remove this sentence', edits: [sentenceRemoval(doc, m.sentence)], safe: false, preferred: true }],
      });
    }
  },
};
