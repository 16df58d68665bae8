import type { Rule } from '../types';
import { insertEntryEdit, setValueEdit } from '../../document/frontmatter/writer';

const VAGUE = /^(?:re:\s*)?(?:hi|hello|hey|interview|following up|follow up|follow-up|checking in|quick question|quick note|update|hello there|greetings|note|just a note|a note)[.!]*$/i;

export const rule: Rule = {
  meta: {
    id: 'structure/subject',
    category: 'structure',
    defaultSeverity: 'warning',
    description: 'The subject line should say who you are and why you write, in a few words.',
    why: 'The subject is what a busy interviewer sees first, often on a phone that cuts it short; short, specific subjects get read and answered most.',
    advice: 'Use something like "Thank you — Payroll Specialist interview": the thanks and the role, under about 60 characters.',
    messages: {
      missing: 'No `subject` yet: add one such as "{example}".',
      tooLong: 'The subject is {words} words and {chars} characters; phones cut it off. Aim for under 60 characters.',
      longish: 'The subject is {chars} characters; phones may cut it after about 60.',
      vague: '"{subject}" does not say why you are writing; say thank you and name the role.',
      fakeReply: '"Re:" makes the subject look like a reply to a thread that does not exist.',
      noThanks: 'The subject does not say thank you; a subject like "{example}" tells the reader why you write.',
    },
    fixable: true,
    examples: { bad: ['subject: Following up', 'subject: Interview'], good: ['subject: Thank you for the Payroll Specialist interview'] },
  },
  check({ doc, report }) {
    const fm = doc.frontMatter;
    if (!fm.present) return;
    const role = fm.role;
    const example = `Thank you for the ${role ?? '…'} interview`;
    const entry = fm.entries.get('subject');
    const subject = fm.subject?.trim();
    if (!entry || !subject) {
      if (entry?.wrongType || (!entry && fm.errors.length)) return;
      report({
        messageId: 'missing',
        // a missing optional key is a hint: the subject can be typed in the mail program (thanks-format.md)
        severity: 'hint',
        data: { example },
        ...(entry ? entry.keySpan : { start: fm.span.start, end: fm.span.start + 3 }),
        fixes: role && !entry ? [{ title: `Add "subject: ${example}"`, edits: [insertEntryEdit(doc, 'subject', example)], safe: false, preferred: true }] : [],
      });
      return;
    }
    const span = entry.valueSpan;
    const words = subject.split(/\s+/).length;
    const replace = role ? [{ title: `Use "${example}"`, edits: [setValueEdit(entry, example)], safe: false, preferred: true }] : [];
    if (VAGUE.test(subject) || words === 1) {
      report({ messageId: 'vague', data: { subject }, ...span, fixes: replace });
      return;
    }
    if (/^re:/i.test(subject)) {
      // Keep the YAML quote that may open the value: remove only "Re: ".
      const re = /^(["']?)(re:\s*)/i.exec(doc.text.slice(span.start, span.end));
      const at = span.start + (re?.[1].length ?? 0);
      report({ messageId: 'fakeReply', ...span, fixes: [{ title: 'Remove "Re:"', edits: [{ start: at, end: at + (re?.[2].length ?? 0), newText: '' }], safe: true }] });
    }
    if (words > 12 || subject.length > 78) report({ messageId: 'tooLong', data: { words, chars: subject.length }, ...span, fixes: replace });
    else if (subject.length > 60) report({ messageId: 'longish', severity: 'information', data: { chars: subject.length }, ...span });
    if (!/thank|appreciat|grateful/i.test(subject)) report({ messageId: 'noThanks', severity: 'information', data: { example }, ...span, fixes: replace });
  },
};
