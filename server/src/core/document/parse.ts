// text -> ThanksDocument. The one parse every rule reads.
import type { ThanksDocument } from './model';
import { buildLineIndex } from './lines';
import { parseFrontMatter } from './frontmatter/parse';
import { parseBody } from './body/parse';
import { parseDirective } from './directives';

/**
 * `previous`: the note's last parse (after an edit): what the edit left as it was is taken over from
 * it, and the same text is the same parse (a check again after a setting or another note changed).
 */
export function parseNote(text: string, previous?: ThanksDocument): ThanksDocument {
  if (previous?.text === text) return previous;
  const lines = buildLineIndex(text);
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const { frontMatter, bodyStart } = parseFrontMatter(text, start, (o) => lines.lineOf(o), previous);
  // A huge paste (a log, a whole thread) is analysed in its head only; see MAX_ANALYSED.
  const limit = analysedLength(text, bodyStart);
  // The candidate's name tells a signature ("Thanks again, Tom") from a greeting by name.
  const signers = new Set((frontMatter.candidate ?? '').toLowerCase().split(/[\s,]+/).filter((w) => w.length > 1));
  const { body, directives } = parseBody(text, bodyStart, lines, limit, signers);
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
  return { text, frontMatter, body, directives, lines, knownWords, ...(limit < text.length ? { analysedLength: limit } : {}) };
}

/**
 * Notes longer than this (in UTF-16 code units) are checked in their first part only, so that any
 * paste is answered within the time budget. A real thank-you note is 1–3 KB.
 */
export const MAX_ANALYSED = 32 * 1024;

/** Where analysis stops: the end of the note, or the end of the last whole line before MAX_ANALYSED. */
function analysedLength(text: string, bodyStart: number): number {
  if (text.length <= MAX_ANALYSED) return text.length;
  const eol = Math.max(text.lastIndexOf('\n', MAX_ANALYSED - 1), text.lastIndexOf('\r', MAX_ANALYSED - 2));
  // At a line end; on one giant line, after a space; else anywhere.
  const space = text.lastIndexOf(' ', MAX_ANALYSED - 1);
  const cut = eol > bodyStart && eol >= MAX_ANALYSED / 2 ? eol + 1 : space > bodyStart && space >= MAX_ANALYSED / 2 ? space + 1 : MAX_ANALYSED;
  // never split a surrogate pair
  return cut > 0 && (text.charCodeAt(cut - 1) & 0xfc00) === 0xd800 ? cut - 1 : Math.max(cut, bodyStart);
}
