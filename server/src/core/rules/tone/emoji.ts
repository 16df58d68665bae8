import type { Rule } from '../types';
import type { Span } from '../../document/span';

// Pictographs, with the text-presentation symbols (©, ®, ™, ↔…) that are ordinary typography left out.
const PICTOGRAPH = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\u200D(?:\p{Extended_Pictographic})|\p{Emoji_Modifier}|\p{Regional_Indicator})*/gu;
const TYPOGRAPHY = /^[©®™‼⁉↔-↙↩↪⌚⌛⌨⏏⏩-⏳⏸-⏺▪▫▶◀◻-◾☑✔✖➡⬅-⬇]$/u;
// Emoticons stand alone: ":)", ";-)", ":D", "^_^" ("<3" and "XD" are left alone: "<3 years", Adobe XD).
const EMOTICON = /(?<![\p{L}\p{N}:;=^(])(?:[:;=][-‑o^']?[)(\]\[DPpO3*|/\\]{1,3}|\^_*\^|T_T|-_-)(?![\p{L}\p{N}])/gu;

export const rule: Rule = {
  meta: {
    id: 'tone/emoji',
    category: 'tone',
    defaultSeverity: 'warning',
    description: 'Emoji and emoticons (🙂, 🙏, :), ;-)) in the note.',
    why: 'In a study of 549 people, smileys in work email lowered how competent the writer seemed and added no warmth; an interviewer reads the note as a work email.',
    advice: 'Let the words carry the warmth: "I enjoyed our conversation" needs no smiley.',
    messages: { emoji: '"{text}" in a note to an interviewer looks unprofessional; remove it.' },
    fixable: true,
    examples: { bad: ['Thanks again 🙂', 'I loved the team :)'], good: ['Thank you again.'] },
  },
  check({ doc, report }) {
    const { body } = doc;
    const from = body.salutation?.start ?? body.paragraphs[0]?.start ?? body.span.start;
    const to = body.signature?.end ?? body.signOff?.end ?? body.paragraphs[body.paragraphs.length - 1]?.end ?? body.span.end;
    const prose = body.prose.slice(0, to);
    const found: (Span & { from: number })[] = [];
    // the letter, and the subject line
    const subject = doc.frontMatter.subject ? doc.frontMatter.entries.get('subject') : undefined;
    const scans: [string, number][] = [[prose, from]];
    if (subject) scans.push([doc.text.slice(0, subject.valueSpan.end), subject.valueSpan.start]);
    for (const [text, at] of scans) {
      for (const re of [PICTOGRAPH, EMOTICON]) {
        re.lastIndex = at;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (re === PICTOGRAPH && TYPOGRAPHY.test(m[0])) continue;
          found.push({ start: m.index, end: m.index + m[0].length, from: at });
        }
      }
    }
    found.sort((a, b) => a.start - b.start);
    for (const f of found) {
      // Remove the emoji with the space before it ("Thanks again 🙂" -> "Thanks again").
      let start = f.start;
      while (start > f.from && (doc.text[start - 1] === ' ' || doc.text[start - 1] === '\t')) start--;
      if (start > 0 && (doc.text[start - 1] === '\n' || start === f.from)) start = f.start;
      let end = f.end;
      if (start === f.start) while (doc.text[end] === ' ') end++;
      report({
        messageId: 'emoji',
        data: { text: doc.text.slice(f.start, f.end) },
        ...f,
        fixes: [{ title: `Remove "${doc.text.slice(f.start, f.end)}"`, edits: [{ start, end, newText: '' }], safe: true, preferred: true }],
      });
    }
  },
};
