// The email render/export path under hostile notes: Markdown -> HTML, Markdown -> text and the .eml
// each finish in under a second and never throw (no super-linear parse, no call-stack overflow), and
// the words of the note are never lost from the text export.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseNote } from '../../../server/src/core/document/parse';
import { markdownToHtml } from '../../../server/src/core/compose/email/html';
import { markdownToText } from '../../../server/src/core/compose/email/plain-text';
import { emailOf } from '../../../server/src/core/compose/email/message';
import { composeEml } from '../../../server/src/core/compose/email/eml';
import { MAX_NESTING, parseBody, splitLines, stripComments } from '../../../server/src/core/compose/email/markdown';
import { cpuNow } from '../../helpers/cpu-time';

const LIMIT_MS = 1000;

const PROSE = 'Thank you for the conversation about the *design system* and [docs](https://x.example).\n\n';

const HOSTILE: Record<string, () => string> = {
  '8 KB of `*_` (emphasis soup)': () => '*_'.repeat(4096),
  '2,500 list items': () => Array.from({ length: 2500 }, (_, i) => `- item ${i}`).join('\n'),
  '10,000 nested `>`': () => '>'.repeat(10_000) + ' deep',
  '10,000 nested `>` over lines (a long quote thread)': () => Array.from({ length: 10_000 }, (_, i) => '>'.repeat(Math.min(i + 1, 10_000 - i)) + ' x').join('\n').slice(0, 2_000_000),
  '10,000 nested list levels': () => '- '.repeat(10_000) + 'deep',
  '"1. " x 10,600 (nested numbered lists; 42 s to export before)': () => '1. '.repeat(10_600) + 'deep',
  '"1) " x 10,600': () => '1) '.repeat(10_600) + 'deep',
  '10,000 nested list levels, one a line': () => Array.from({ length: 10_000 }, (_, i) => ' '.repeat(Math.min(i * 2, 40)) + '- level').join('\n'),
  '5 MB note': () => PROSE.repeat(Math.floor(5_000_000 / PROSE.length)),
  '1 MB single line': () => 'word '.repeat(200_000),
  '1 MB of spaces inside a line': () => 'a' + ' '.repeat(1_000_000) + 'b',
  '20,000 HTML comments': () => '<!-- note to self -->\n'.repeat(20_000) + 'Hello.',
  '20,000 unclosed-looking comments after spaces': () => '  \t <!-- x --'.repeat(20_000) + '>',
  '`[a](` soup': () => '[a]('.repeat(4096),
  '1,000,000 newlines': () => '\n'.repeat(1_000_000) + 'end',
};

function timed<T>(f: () => T): { value: T; ms: number } {
  const start = cpuNow();
  const value = f();
  return { value, ms: cpuNow() - start };
}

/** The letters and digits of `s`, in order: what the reader must still find in the text export. */
function wordChars(s: string): string {
  return s.replace(/[^\p{L}\p{N}]+/gu, '');
}

describe('email render/export: hostile notes are bounded in time and never throw', function () {
  this.timeout(60_000);

  for (const [name, make] of Object.entries(HOSTILE)) {
    it(`${name}: html, text and .eml each in < ${LIMIT_MS} ms, no words lost`, async () => {
      const body = make();
      const html = timed(() => markdownToHtml(body));
      const text = timed(() => markdownToText(body));
      assert.ok(html.ms < LIMIT_MS, `markdownToHtml took ${html.ms.toFixed(0)} ms`);
      assert.ok(text.ms < LIMIT_MS, `markdownToText took ${text.ms.toFixed(0)} ms`);
      assert.equal(typeof html.value, 'string');
      // every letter and digit of the visible note is in the text export, in order, nothing added
      assert.ok(wordChars(text.value) === wordChars(stripComments(body)), 'text export lost or changed words');

      const note = `---\ninterviewer: Dana Whitfield\nemail: dana@x.example\nsubject: Thank you\n---\n${body}`;
      const message = emailOf(parseNote(note));
      const start = cpuNow();
      const buf = await composeEml(message, { date: new Date(Date.UTC(2026, 10, 25, 9)) });
      const emlMs = cpuNow() - start;
      assert.ok(emlMs < LIMIT_MS, `composeEml took ${emlMs.toFixed(0)} ms`);
      assert.ok(buf.length > 0);
    });
  }

  it('composing the .eml of a 5 MB note resolves in < 1 s', async () => {
    const body = HOSTILE['5 MB note']();
    const message = emailOf(parseNote(`---\nsubject: Thanks\n---\n${body}`));
    const start = cpuNow();
    const buf = await composeEml(message, { date: new Date(Date.UTC(2026, 10, 25, 9)) });
    const ms = cpuNow() - start;
    assert.ok(ms < LIMIT_MS, `composeEml took ${ms.toFixed(0)} ms`);
    assert.ok(buf.length > body.length / 2);
  });

  it('nesting within the parse budget is capped at MAX_NESTING levels (words kept)', () => {
    const body = '> '.repeat(300) + 'deep *'.repeat(1) + 'x*';
    const html = markdownToHtml(body);
    const levels = html.match(/<blockquote>/g)?.length ?? 0;
    assert.ok(levels > 10 && levels <= MAX_NESTING + 1, `${levels} <blockquote> levels`);
    assert.match(html, /deep/);
    assert.match(markdownToText(body), /deep x/);
    let depth = 0;
    // the mdast itself is no deeper than the cap (plus paragraph and text)
    const stack: { node: { children?: unknown[] }; d: number }[] = [{ node: parseBody(body), d: 0 }];
    while (stack.length) {
      const { node, d } = stack.pop()!;
      depth = Math.max(depth, d);
      for (const c of node.children ?? []) stack.push({ node: c as { children?: unknown[] }, d: d + 1 });
    }
    assert.ok(depth <= MAX_NESTING + 3, `mdast depth ${depth}`);
  });

  it('an over-budget block is plain text: its characters kept (escaped in HTML), no formatting', () => {
    const soup = '*_'.repeat(4096) + ' <b>bold</b> & more';
    const html = markdownToHtml(`Dear Dana,\n\n${soup}\n\nBest regards,\nAlex`);
    assert.match(html, /^<p>Dear Dana,<\/p>/);
    assert.ok(html.includes('*_*_*_'), 'markers kept as text');
    assert.ok(html.includes('&#x3C;b>bold&#x3C;/b> &#x26; more'), 'markup escaped, not interpreted');
    assert.doesNotMatch(html, /<em>|<strong>|<b>/);
    const text = markdownToText(`Dear Dana,\n\n${soup}\n\nBest regards,\nAlex`);
    assert.ok(text.includes(soup), 'the block survives verbatim in the text export');
    assert.match(text, /Best regards,\nAlex\n$/);
  });

  it('a normal note is still one Markdown parse (formatting kept)', () => {
    assert.equal(markdownToText('I *really* enjoyed it.\n\n- one\n- two\n'), 'I really enjoyed it.\n\n- one\n- two\n');
    assert.equal(markdownToHtml('> quoted *line*'), '<blockquote>\n<p>quoted <em>line</em></p>\n</blockquote>');
  });

  it('stripComments matches the comment rules (spaces before, unclosed to the end)', () => {
    assert.equal(stripComments('a \t<!-- x -->b'), 'ab');
    assert.equal(stripComments('a<!-- x'), 'a');
    assert.equal(stripComments('a<!--x-->b<!--y-->c'), 'abc');
    assert.equal(stripComments('no comments'), 'no comments');
  });

  it('splitLines is the regular-expression split it replaces (without its quadratic backtracking)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', '\r', '\n', 'a', 'b') }), (s) => {
        assert.deepEqual(splitLines(s), s.split(/[ \t]*\r?\n[ \t]*/));
      }),
      { numRuns: 5000 },
    );
  });
});
