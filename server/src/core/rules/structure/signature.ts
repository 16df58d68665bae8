import type { Rule } from '../types';
import { eolOf } from '../../document/lines';
import { fold } from '../../document/text';
import { personName } from '../../document/names';
import { placeholderAt } from '../support/placeholder-scan';

export const rule: Rule = {
  meta: {
    id: 'structure/signature',
    category: 'structure',
    defaultSeverity: 'warning',
    description: 'The note must end with your full name, as `candidate` gives it.',
    why: 'Interviewers meet several candidates a day; your full name at the end leaves no doubt who wrote, and a different name there reads as a copied note.',
    advice: 'Sign with your full name under the closing line.',
    messages: {
      missing: 'The note does not end with your name{candidate}.',
      mismatch: 'The note is signed "{signed}", but the candidate is {candidate}.',
      firstOnly: 'Sign with your full name ({candidate}), not only "{signed}".',
    },
    fixable: true,
    examples: { bad: ['Kind regards,\nJordan Ellis   (candidate: Gabriela Ferreira)'], good: ['Kind regards,\nGabriela Ferreira'] },
  },
  check({ doc, report, reporting }) {
    const { signOff, signature, paragraphs } = doc.body;
    if (paragraphs.length === 0) return;
    const candidate = doc.frontMatter.candidate;
    const eol = eolOf(doc.text);
    if (!signature) {
      const anchor = signOff ?? paragraphs[paragraphs.length - 1];
      report({
        messageId: 'missing',
        data: { candidate: candidate ? ` (${candidate})` : '' },
        start: anchor.start,
        end: anchor.end,
        fixes: candidate && signOff ? [{ title: `Sign as ${candidate}`, edits: [{ start: signOff.end, end: signOff.end, newText: `${eol}${candidate}` }], safe: true, preferred: true }] : [],
      });
      return;
    }
    // "Your Name" or "[Your Name]" as the signature is the placeholder rules' finding
    if (!candidate || placeholderAt(doc, signature.nameSpan, reporting) || /[[<{]/.test(signature.name)) return;
    const want = personName(candidate);
    const signed = signature.name.trim();
    const got = fold(signed).replace(/[.,]/g, '');
    const wantTokens = want.tokens.map((t) => fold(t));
    const gotTokens = new Set(got.split(/\s+/));
    const allThere = wantTokens.every((t) => gotTokens.has(t) || got.includes(t));
    if (allThere) return;
    const span = signature.nameSpan;
    const fix = { title: `Sign as ${candidate}`, edits: [{ ...span, newText: candidate }], safe: true, preferred: true };
    const someThere = wantTokens.some((t) => gotTokens.has(t));
    if (someThere) report({ messageId: 'firstOnly', severity: 'information', data: { candidate, signed }, ...span, fixes: [fix] });
    else report({ messageId: 'mismatch', severity: 'error', data: { candidate, signed }, ...span, fixes: [fix] });
  },
};
