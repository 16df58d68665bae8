// text -> ThanksDocument. The one parse every rule reads.
import type { ThanksDocument } from './model';
import { buildLineIndex } from './lines';
import { parseFrontMatter } from './frontmatter';
import { parseBody, parseDirective } from './body';

export function parseNote(text: string): ThanksDocument {
  const lines = buildLineIndex(text);
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const { frontMatter, bodyStart } = parseFrontMatter(text, start, (o) => lines.lineOf(o));
  const { body, directives } = parseBody(text, bodyStart, lines);
  for (const c of frontMatter.comments) {
    const d = parseDirective(c.text);
    // `# thanks-disable rule` in the front matter switches the rule off for the whole note.
    if (d) directives.push({ ...d, start: c.span.start, end: c.span.end, line: d.kind === 'disable' ? 0 : lines.lineOf(c.span.start) });
  }
  directives.sort((a, b) => a.start - b.start);
  const knownWords = new Set<string>();
  const addWords = (s: string | undefined) => {
    if (!s) return;
    for (const w of s.toLowerCase().split(/[^\p{L}\p{M}\p{N}'’-]+/u)) {
      const t = w.replace(/^['’-]+|['’-]+$/g, '');
      if (t) {
        knownWords.add(t);
        for (const part of t.split(/[-'’]/)) if (part) knownWords.add(part);
      }
    }
  };
  const fm = frontMatter;
  [...fm.interviewers, fm.role, fm.company, fm.candidate, ...fm.topics, fm.subject].forEach(addWords);
  return { text, frontMatter, body, directives, lines, knownWords };
}
