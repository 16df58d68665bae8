import type { Fix, Rule } from '../types';
import type { HeaderBlock } from '../../document/model';
import type { Span, TextEdit } from '../../document/span';
import { insertEntryEdit } from '../../document/frontmatter/writer';

/** The span with the blank lines after it, so that removing it leaves no gap above the greeting. */
function removal(text: string, block: Span): TextEdit {
  let end = block.end;
  while (end < text.length && /[ \t\r\n]/.test(text[end])) end++;
  return { start: block.start, end, newText: '' };
}

/** The parts of a letter head: a sender or recipient block, a date line, contact lines, a name and title. */
const LETTER_HEAD: ReadonlySet<HeaderBlock['kind']> = new Set(['address', 'date', 'contact', 'name']);
const PART_NAMES: Record<string, [string, string]> = {
  address: ['an address block', 'address blocks'],
  date: ['a date line', 'date lines'],
  contact: ['contact lines', 'contact lines'],
  name: ['a name-and-title block', 'name-and-title blocks'],
};
const COUNT = ['', 'one', 'two', 'three', 'four', 'five'];

/** Header blocks in order, the runs of letter-head parts taken together: one pasted letter head is one mistake. */
function groups(blocks: readonly HeaderBlock[]): HeaderBlock[][] {
  const out: HeaderBlock[][] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (last && LETTER_HEAD.has(b.kind) && LETTER_HEAD.has(last[0].kind)) last.push(b);
    else out.push([b]);
  }
  return out;
}

/** "two address blocks and a date line" */
function describeParts(group: readonly HeaderBlock[]): string {
  const counts = new Map<string, number>();
  for (const b of group) counts.set(b.kind, (counts.get(b.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => (n === 1 ? PART_NAMES[kind][0] : `${COUNT[n] ?? n} ${PART_NAMES[kind][1]}`));
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export const rule: Rule = {
  meta: {
    id: 'structure/letter-format',
    category: 'structure',
    defaultSeverity: 'warning',
    description: 'A letter pasted into an email: address blocks, a date line, or memo lines (To:, From:, Re:, Subject:) above the greeting.',
    why: 'An email already says who it is from, to whom, when and about what; a postal address block or a memo header above the greeting shows a letter template pasted in, and pushes the greeting out of the preview.',
    advice: 'Start the email with the greeting. Put your phone and profile under your name instead, and the subject in the front matter (`subject:`).',
    messages: {
      address: 'A postal address block does not belong in an email; start with the greeting.',
      date: 'A date line is a letter habit: the email carries its own date.',
      memo: 'Memo lines ({field}) are for printed memos; the email already has its sender, recipient and subject.',
      subject: 'The subject goes in the email’s subject line (`subject:` in the front matter), not in the text.',
      contact: 'Contact details above the greeting belong under your name, in the signature.',
      name: 'A name-and-title block above the greeting is a letter habit; start the email with the greeting.',
      letterhead: 'A letter head ({parts}) above the greeting belongs on paper; the email starts with the greeting.',
    },
    fixable: true,
    examples: {
      bad: ['Marcus Tran\n4117 Birchwood Ave\nDuluth, MN 55804\n\nNovember 25, 2026\n\nDear Mr. Kowalski:', 'To: Captain Ray Gallardo\nFrom: Hollis Greene\nRe: Paramedic interview\n\nCaptain Gallardo,'],
      good: ['Dear Mr. Kowalski,'],
    },
  },
  check({ doc, report }) {
    const { text, frontMatter: fm } = doc;
    for (const group of groups(doc.body.header)) {
      if (group.length > 1) {
        const head = { start: group[0].start, end: group[group.length - 1].end };
        report({ messageId: 'letterhead', data: { parts: describeParts(group) }, ...head, fixes: [{ title: 'Remove the letter head', edits: [removal(text, head)], safe: false, preferred: true }] });
        continue;
      }
      const block = group[0];
      const fixes: Fix[] = [];
      const remove = removal(text, block);
      const first = text.slice(block.lines[0].start, block.lines[0].end);
      if (block.kind === 'subject') {
        const subject = first.replace(/^\**[A-Za-z ]+\**\s*:\s*\**/, '').replace(/\**\s*$/, '').trim();
        if (fm.present && fm.closed && !fm.entries.has('subject') && subject) {
          fixes.push({ title: `Move "${subject}" to the front matter as the subject`, edits: [insertEntryEdit(doc, 'subject', subject), remove], safe: false, preferred: true });
        }
      }
      fixes.push({ title: block.kind === 'subject' && fixes.length ? 'Remove the subject line' : 'Remove these lines', edits: [remove], safe: false, preferred: fixes.length === 0 });
      const field = block.lines.map((l) => /^\**([A-Za-z ]+?)\**\s*:/.exec(text.slice(l.start, l.end))?.[1]).filter(Boolean).join(', ');
      report({ messageId: block.kind, data: { field: field || 'To, From' }, start: block.start, end: block.end, fixes });
    }
  },
};
