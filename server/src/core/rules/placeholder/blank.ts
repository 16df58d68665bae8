import type { Rule } from '../types';
import { slotView } from '../support/placeholders';
import slots from '../../lexicon/slots.json';

// ____ lines, XXX/xx markers and dummy numbers such as (000) 000-0000 stand for something to write.
// Underscores touching a word are Markdown emphasis (___very___), not a blank.
const BLANK_RE = /(?<![\p{L}\p{N}])_{3,}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:X{2,}|x{3,})(?![\p{L}\p{N}])|\(0{3}\)\s*0{3}-0{4}|\b0{3}-0{3}-0{4}\b|#{3,}(?=\s|$)|\?{3,}|\.{3}\s*\]/gu;

// Phone numbers and e-mail addresses, to tell a template's made-up ones from real ones.
const PHONE_RE = /(?<![\d\p{L}])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})?[\s.-]?\d{3}[\s.-]\d{4}(?![\d\p{L}])/gu;
const EMAIL_RE = /(?<![\w.+-])([\w.+-]{1,64})@([\w-]+(?:\.[\w-]+)+)/g;
const DUMMY_LOCALS = new Set(slots.dummyContacts.emailLocals);
const DUMMY_DOMAINS = new Set(slots.dummyContacts.emailDomains);

/**
 * The matches of EMAIL_RE in `text`, as its global scan finds them, looked for only around each "@":
 * a local part is at most 64 characters and holds no "@", so a match ends in the first "@" after its
 * start. (The scan from the start tried the local part at every word of the note.)
 */
export function emailMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < from) continue;
    EMAIL_RE.lastIndex = Math.max(from, at - 65);
    const m = EMAIL_RE.exec(text);
    if (!m) break;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}

/** 555-5555, (555) 010-0000, 123-456-7890, 000-000-0000: the last four digits all one digit, or a run. */
function dummyPhone(number: string): boolean {
  const digits = number.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  const line = digits.slice(-4);
  const run = '01234567890';
  return /^(\d)\1{3}$/.test(line) || run.includes(digits) || /^(\d)\1+$/.test(digits);
}

export const rule: Rule = {
  meta: {
    id: 'placeholder/blank',
    category: 'placeholder',
    defaultSeverity: 'error',
    description: 'Finds blanks left to fill: ____, XXX, ???, and made-up contact details: (000) 000-0000, 555-5555, 123-456-7890, yourname@email.com.',
    why: 'A blank in a sent note is the plainest sign of a form letter, and a number left as XXX makes a claim the reader cannot believe.',
    advice: 'Write the real value, or rephrase the sentence without it.',
    messages: {
      blank: 'Blank left to fill: "{text}".',
      dummyPhone: '"{text}" is a made-up phone number from a template; write yours or leave it out.',
      dummyEmail: '"{text}" is a made-up address from a template; write yours or leave it out.',
    },
    fixable: false,
    examples: { bad: ['reduced processing time by XXX percent'], good: ['reduced processing time by 40 percent'] },
  },
  check({ doc, report }) {
    const view = slotView(doc);
    BLANK_RE.lastIndex = 0;
    for (let m = BLANK_RE.exec(view); m; m = BLANK_RE.exec(view)) {
      // A Markdown horizontal rule (a line of only ___ or ###) is not a blank.
      const ls = view.lastIndexOf('\n', m.index) + 1;
      const le = view.indexOf('\n', m.index);
      const line = view.slice(ls, le < 0 ? view.length : le).trim();
      if (/^(_{3,}|#{3,})$/.test(line) && m[0].startsWith(line[0])) continue;
      report({ messageId: 'blank', data: { text: m[0] }, start: m.index, end: m.index + m[0].length });
    }
    PHONE_RE.lastIndex = 0;
    const phones: RegExpExecArray[] = [];
    for (let m = PHONE_RE.exec(view); m; m = PHONE_RE.exec(view)) phones.push(m);
    for (const [re, found] of [[PHONE_RE, phones], [EMAIL_RE, emailMatches(view)]] as const) {
      for (const m of found) {
        const dummy = re === PHONE_RE ? dummyPhone(m[0]) : DUMMY_LOCALS.has(m[1].toLowerCase()) || DUMMY_DOMAINS.has(m[2].toLowerCase());
        // (000) 000-0000 is reported above as a blank
        if (!dummy || /^\(?0{3}\)?[\s.-]*0{3}-0{4}$/.test(m[0].trim())) continue;
        const start = m.index + (m[0].length - m[0].trimStart().length);
        report({ messageId: re === PHONE_RE ? 'dummyPhone' : 'dummyEmail', data: { text: m[0].trim() }, start, end: m.index + m[0].length });
      }
    }
  },
};