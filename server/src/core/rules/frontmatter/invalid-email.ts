import type { Rule } from '../types';
import { parseMailbox } from '../../document/mailbox';

const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** Accepts `addr` or `Name <addr>`; returns the bare address. */
export function bareAddress(value: string): string {
  return parseMailbox(value).address;
}

export function isValidAddress(value: string): boolean {
  const a = bareAddress(value);
  return a.length <= 254 && ADDRESS.test(a) && !a.includes('..');
}

/** Repairs the common slips: doubled @, spaces, a trailing dot, a comma for a dot. */
function repair(a: string): string | undefined {
  const fixed = a.replace(/@{2,}/g, '@').replace(/\s+/g, '').replace(/\.+$/, '').replace(/\.{2,}/g, '.').replace(/,(?=[a-z]{2,}$)/i, '.');
  return fixed !== a && isValidAddress(fixed) ? fixed : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'frontmatter/invalid-email',
    category: 'frontmatter',
    defaultSeverity: 'error',
    description: '`email` must hold well-formed addresses.',
    why: 'A malformed address means the mail program cannot send the note, and the exported draft bounces.',
    advice: 'Copy the address from the interviewer’s signature or calendar invitation; write `Name <address>` or the bare address.',
    messages: { invalid: '"{value}" is not a valid e-mail address.', invalidFix: '"{value}" is not a valid e-mail address; did you mean {suggestion}?' },
    fixable: true,
    examples: { bad: ['email: jonas.larsen@@northstarfoods.example'], good: ['email: jonas.larsen@northstarfoods.example'] },
  },
  check({ doc, report }) {
    for (const e of doc.frontMatter.emails) {
      if (isValidAddress(e.text)) continue;
      const addr = bareAddress(e.text);
      const suggestion = repair(addr);
      if (suggestion) {
        const at = doc.text.indexOf(addr, e.span.start);
        const span = at >= 0 && at < e.span.end ? { start: at, end: at + addr.length } : e.span;
        report({ messageId: 'invalidFix', data: { value: e.text, suggestion }, ...e.span, fixes: [{ title: `Change to ${suggestion}`, edits: [{ ...span, newText: suggestion }], safe: true, preferred: true }] });
      } else report({ messageId: 'invalid', data: { value: e.text }, ...e.span });
    }
  },
};
