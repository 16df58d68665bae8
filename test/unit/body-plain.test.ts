// The plain-prose shortcut of the body parse (document/body/plain.ts) must give exactly the tree
// mdast-util-from-markdown gives, wherever it answers at all, and must hand anything that looks like
// Markdown to the parser.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { plainTree } from '../../server/src/core/document/body/plain';
import { readExpectations } from '../helpers/expectations';

interface Shape {
  type: string;
  s?: number;
  e?: number;
  c: Shape[];
}
const shape = (n: { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }): Shape => ({
  type: n.type,
  s: n.position?.start.offset,
  e: n.position?.end.offset,
  c: ((n.children ?? []) as (typeof n)[]).map(shape),
});

function sameAsParser(text: string): boolean {
  const plain = plainTree(text);
  if (!plain) return false;
  assert.deepEqual(shape(plain), shape(fromMarkdown(text)), JSON.stringify(text));
  return true;
}

const notesIn = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? notesIn(p) : p.endsWith('.thanks') ? [p] : [];
  });

describe('body parse: the plain-prose shortcut', () => {
  it('gives the Markdown parser\'s tree for every fixture note it takes, with and without the test annotations', () => {
    let taken = 0;
    const files = notesIn(join(__dirname, '../fixtures'));
    for (const file of files) {
      const raw = readFileSync(file, 'utf8');
      sameAsParser(raw);
      // the note as its writer has it: without the <!-- expect: … --> comments of the tests
      const text = readExpectations(raw, true).text;
      const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
      if (sameAsParser(fm ? text.slice(fm[0].length) : text)) taken++;
    }
    // most notes are plain prose: the shortcut is worth having only if it is taken
    assert.ok(taken > files.length / 2, `${taken} of ${files.length}`);
  });

  it('gives the parser\'s tree for generated texts of words, spaces, line breaks and punctuation', function () {
    this.timeout(30_000); // thousands of micromark parses on a shared machine
    const parts = ['!', '&', 'amp;', '#', '~', '|', '>', '[', 'a', 'Word', ' ', ' ', '\n', '\n', '\r\n', '  ', '   ', '    ', '1', '12', '.', ')', '-', '=', "'", ',', 'é', '\u00a0', '\u2003', ':', '"', '(', '?', '/', '%', '$', '@'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let taken = 0;
    for (let k = 0; k < 10_000; k++) {
      let text = '';
      for (let i = 1 + Math.floor(next() * 30); i > 0; i--) text += parts[Math.floor(next() * parts.length)];
      if (sameAsParser(text)) taken++;
    }
    assert.ok(taken > 2_500, `only ${taken} generated texts were plain`);
  });

  it('takes plain letters, with CRLF line ends and trailing spaces at the very end', () => {
    for (const text of ['Dear Ms. Okafor,\r\n\r\nThank you for the tour of the bakery.\r\nIt was a pleasure.\r\n\r\nBest,\r\nLina  ', 'Hello Tomás,\n\n\n   Thanks again — see you on 12 May.\n']) assert.ok(sameAsParser(text), text);
  });

  it('leaves Markdown to the parser: lists, headings, quotes, code, emphasis, links, entities, hard breaks, tabs', () => {
    for (const text of [
      'Thanks!\n\n- one\n- two',
      'Thanks\n\n1. first',
      'Thanks\n\n2) second',
      'Title\n=====',
      'Title\n---',
      '# Thank you',
      '> quoted',
      '    indented code',
      'a `tick`',
      'an *emphasis*',
      'snake_case',
      '[link](https://example.com)',
      'AT&amp;T',
      'two trailing spaces  \nbreak',
      'tab\there',
      'escaped \\* star',
      'lone\rreturn',
      '<b>html</b>',
      '+ plus list',
    ]) assert.equal(plainTree(text), undefined, JSON.stringify(text));
  });
});
