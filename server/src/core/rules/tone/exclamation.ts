import type { Rule } from '../types';
import type { Span } from '../../document/span';

export const rule: Rule = {
  meta: {
    id: 'tone/exclamation',
    category: 'tone',
    defaultSeverity: 'warning',
    description: 'Exclamation overuse: "!!" (or "?!") anywhere, more than one "!" in the note, or any in the subject line.',
    why: 'One exclamation mark can carry warmth; several read as gushing or as a text to a friend, and undercut the composure the interviewer is looking for.',
    advice: 'Keep at most one exclamation mark in the note, and never two in a row; a period carries confident enthusiasm.',
    messages: {
      stacked: '"{text}" stacks exclamation marks; use one period.',
      many: 'This is exclamation mark number {count} in the note; keep at most one.',
      subject: 'An exclamation mark in the subject line reads as casual.',
    },
    fixable: true,
    examples: { bad: ['I loved meeting the team!!', 'Thank you! I enjoyed it! I am excited!'], good: ['Thank you again for your time!'] },
  },
  check({ doc, report }) {
    const entry = doc.frontMatter.subject ? doc.frontMatter.entries.get('subject') : undefined;
    if (entry) {
      const value = doc.text.slice(entry.valueSpan.start, entry.valueSpan.end);
      const m = /[!?]*![!?]*/.exec(value);
      if (m) {
        const span = { start: entry.valueSpan.start + m.index, end: entry.valueSpan.start + m.index + m[0].length };
        report({ messageId: 'subject', ...span, fixes: [{ title: 'Remove the exclamation mark', edits: [{ ...span, newText: m[0].replace(/!/g, '') }], safe: true, preferred: true }] });
      }
    }
    const { body } = doc;
    const first = body.salutation ?? body.paragraphs[0];
    if (!first) return;
    const last = body.signOff ?? body.paragraphs[body.paragraphs.length - 1] ?? first;
    const prose = body.prose;
    const runs: Span[] = [];
    for (let i = first.start; i < last.end; i++) {
      if (prose[i] !== '!') continue;
      let s = i;
      let e = i + 1;
      while (s > first.start && (prose[s - 1] === '?' || prose[s - 1] === '!')) s--;
      while (e < last.end && (prose[e] === '!' || prose[e] === '?')) e++;
      runs.push({ start: s, end: e });
      i = e - 1;
    }
    let count = 0;
    for (const r of runs) {
      count++;
      const text = prose.slice(r.start, r.end);
      const replacement = text.includes('?') ? '?' : '.';
      const fixes = [{ title: `Replace with "${replacement}"`, edits: [{ ...r, newText: replacement }], safe: true, preferred: true }];
      if (text.length > 1) report({ messageId: 'stacked', data: { text }, ...r, fixes });
      else if (count > 1) report({ messageId: 'many', severity: 'information', data: { count }, ...r, fixes });
    }
  },
};
