// Regression and property tests for the second reliability round (issue 12), in the core: clocks
// and dates, overlapping edits, Split on flow-style and duplicate keys, the front-matter writer's
// escaping, recipients written as `Name <address>`, CRLF kept by every fix, nothing the writer typed
// vanishing from the email, config problems placed where they are, and file names within 255 bytes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { clockFrom } from '../../server/src/core/lint/engine';
import { parseDateTime } from '../../server/src/core/document/frontmatter/dates';
import { applyEdits } from '../../server/src/core/document/span';
import { parseNote } from '../../server/src/core/document/parse';
import { splitPerInterviewer } from '../../server/src/core/compose/split';
import { yamlScalar } from '../../server/src/core/document/frontmatter/writer';
import { emailOf, formatMailbox, recipientsOf } from '../../server/src/core/compose/email/message';
import { buildMailto } from '../../server/src/core/compose/email/mailto';
import { markdownToText } from '../../server/src/core/compose/email/plain-text';
import { fixAll } from '../../server/src/core/lint/fixes';
import { lint } from '../../server/src/core/lint/engine';
import { readRcFile } from '../../server/src/core/lint/config';
import { fileSlug, fitFileName } from '../../server/src/protocol';

const NOW = new Date(2026, 10, 25, 9, 0);

describe('reliability: clocks and dates', () => {
  it('THANKS_NOW / --now: only ISO date-times; "1" and "hello 1" are not 2001', () => {
    for (const bad of ['1', 'hello 1', '2026', 'Nov 25 2026', '2026-11-25T9', '2026-11-25T09:00+99:99', '2026-11-25T09:00-15:00', '2026-02-30', '2026-11-25T24:00']) assert.equal(clockFrom(bad), undefined, bad);
    assert.equal(clockFrom('2026-11-25T09:00Z')!.toISOString(), '2026-11-25T09:00:00.000Z');
    assert.equal(clockFrom('2026-11-25T09:00:30.250+05:30')!.toISOString(), '2026-11-25T03:30:30.000Z');
    assert.equal(clockFrom('2026-11-25 09:00')!.getTime(), NOW.getTime());
  });

  it('years 0001–0099 are those years, not 1901–1999', () => {
    const local = parseDateTime('0050-06-01 10:00');
    assert.ok(local && local !== 'malformed');
    assert.equal(local.date.getFullYear(), 50);
    const utc = parseDateTime('0007-03-04T05:06Z');
    assert.ok(utc && utc !== 'malformed');
    assert.equal(utc.date.getUTCFullYear(), 7);
    assert.equal(parseNote('---\ninterview_date: 0099-12-31\n---\n').frontMatter.interviewDate?.date?.getFullYear(), 99);
  });

  it('a zone outside -14:00…+14:00 (or minutes past 59) makes the date impossible, not accepted', () => {
    for (const z of ['+99:99', '+15:00', '-14:60', '+0960']) assert.equal(parseDateTime(`2026-11-24 14:00${z}`), undefined, z);
    for (const z of ['+14:00', '-12:00', '+0530', '+05', 'Z', ' UTC']) assert.ok(parseDateTime(`2026-11-24 14:00${z}`), z);
    assert.equal(parseNote('---\ninterview_date: 2026-11-24 14:00+99:99\n---\n').frontMatter.interviewDate?.date, undefined);
  });

  it('property: every real moment written in ISO form reads back as itself', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), fc.integer({ min: -12 * 60, max: 14 * 60 }), (d, zone) => {
        const t = new Date(Math.floor(d.getTime() / 1000) * 1000);
        const shifted = new Date(t.getTime() + zone * 60000);
        const pad = (n: number, w = 2) => String(n).padStart(w, '0');
        const z = `${zone < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(zone) / 60))}:${pad(Math.abs(zone) % 60)}`;
        const iso = `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}${z}`;
        assert.equal(clockFrom(iso)?.getTime(), t.getTime(), iso);
      }),
      { numRuns: 500 },
    );
  });
});

describe('reliability: edits and the front-matter writer', () => {
  it('overlapping edits are refused instead of cutting text out of each other', () => {
    assert.throws(() => applyEdits('abcdef', [{ start: 0, end: 4, newText: 'X' }, { start: 2, end: 6, newText: 'Y' }]), /overlapping edits/);
    assert.throws(() => applyEdits('abcdef', [{ start: 1, end: 3, newText: 'X' }, { start: 1, end: 2, newText: 'Y' }]), /overlapping edits/);
    assert.equal(applyEdits('abcdef', [{ start: 0, end: 2, newText: 'X' }, { start: 2, end: 4, newText: 'Y' }, { start: 4, end: 4, newText: '+' }]), 'XY+ef');
  });

  it('Split on flow-style front matter keeps role, company, greeting and the first paragraph', () => {
    const text = '---\n{interviewer: [Ana Silva, Ben Okafor], role: "Data Analyst", company: Fieldstone, email: [ana@f.example, ben@f.example]}\n---\nDear Ana and Ben,\n\nThank you both for the conversation about dashboards.\n\nBest regards,\nKim Lee\n';
    const notes = splitPerInterviewer(parseNote(text));
    assert.equal(notes.length, 2);
    notes.forEach((n, i) => {
      const fm = parseNote(n.text).frontMatter;
      assert.deepEqual(fm.interviewers, [['Ana Silva', 'Ben Okafor'][i]]);
      assert.equal(fm.role, 'Data Analyst');
      assert.equal(fm.company, 'Fieldstone');
      assert.deepEqual(fm.emails.map((e) => e.text), [['ana@f.example', 'ben@f.example'][i]]);
      assert.match(n.text, new RegExp(`\\nDear ${['Ana', 'Ben'][i]},\\n\\nThank you both for the conversation about dashboards\\.`));
      assert.match(n.text, /Best regards,\nKim Lee\n$/);
    });
  });

  it('Split with `interviewer:` written twice splits to both people (and the duplicate goes)', () => {
    const text = '---\ninterviewer: Ana Silva\ninterviewer: Ben Okafor\nrole: Data Analyst\n---\nDear Ana and Ben,\n\nThank you both.\n';
    const notes = splitPerInterviewer(parseNote(text));
    assert.deepEqual(notes.map((n) => n.interviewer), ['Ana Silva', 'Ben Okafor']);
    for (const n of notes) {
      assert.equal(n.text.match(/^interviewer:/gm)?.length, 1, n.text);
      assert.deepEqual(parseNote(n.text).frontMatter.interviewers, [n.interviewer]);
    }
  });

  it('the writer escapes a backslash: `Engineer: Backend\\tools` reads back as written, no TAB', () => {
    for (const v of ['Engineer: Backend\\tools', 'C:\\new\\temp', 'a "quoted" \\ value', 'tab\there', '\\']) {
      const back = parseYaml(`role: ${yamlScalar(v)}\n`) as { role: string };
      assert.equal(back.role, v);
    }
  });
});

describe('reliability: the email keeps what the writer typed', () => {
  const note = (email: string) => parseNote(`---\ninterviewer: Dana Whitfield\nemail: ${email}\nsubject: Thanks\ncandidate: Alex Rivera\n---\nDear Dana,\n\nThank you.\n`);

  it('`email: Name <address>` is one recipient: the name once, the bare address', () => {
    for (const [value, name] of [
      ['Dana Whitfield <dana@acme.example>', 'Dana Whitfield'],
      ['\'"Whitfield, Dana" <dana@acme.example>\'', 'Whitfield, Dana'],
      ['<dana@acme.example>', 'Dana Whitfield'],
      ['dana@acme.example', 'Dana Whitfield'],
    ]) {
      const doc = note(value);
      assert.deepEqual(recipientsOf(doc), [{ name, address: 'dana@acme.example' }], value);
      assert.equal(formatMailbox(recipientsOf(doc)[0]), `${name} <dana@acme.example>`);
      assert.equal(buildMailto({ to: recipientsOf(doc).map((m) => m.address!) }).url, 'mailto:dana@acme.example');
      assert.deepEqual(lint(doc, { now: NOW }).filter((d) => d.ruleId === 'frontmatter/invalid-email'), []);
    }
  });

  it('property: with no HTML comment in the body, every letter typed is in the text export, in order', () => {
    const piece = fc.constantFrom('Thank you for explaining <details> of the build.', 'Use `<!--` to open a comment.', 'See [the docs](HTTPS://acme.example/docs).', '<div>raw block</div>', '1. first\n2. second', '*really* **glad**', '> quoted line', '<b>bold</b> words', '[x](javascript:void(0))', 'Best regards,\nAlex Rivera');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const body = pieces.join('\n\n');
        if (/<!--[\s\S]*-->/.test(body.replace(/`<!--`/g, ''))) return;
        // (letters only: Markdown renumbers a list that continues across pieces)
        const words = (s: string) => s.replace(/[^\p{L}]+/gu, '');
        assert.equal(words(markdownToText(body)), words(body));
        const html = emailOf(parseNote(`---\nsubject: x\n---\n${body}`)).html.replace(/<[^>]+>/g, '').replace(/&#x3C;/g, '<');
        for (const w of ['details', 'raw block', 'explaining', 'open a comment']) if (body.includes(w)) assert.ok(html.includes(w), `${w} missing from the HTML part: ${html}`);
      }),
      { numRuns: 200 },
    );
  });
});

describe('reliability: line breaks, messages and names', () => {
  it('property: fix-all on a CRLF note never adds a bare LF (every fixture, and an unclosed front matter)', () => {
    const dir = join(__dirname, '..', 'fixtures', 'notes');
    const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    texts.push('---\ninterviewer: Priya Raman\nrole: Designer\n\nDear Priya,\n\nThank you.\n', '---\ninterviewer: Priya Raman\nrole: Designer');
    for (const t of texts) {
      const crlf = t.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n');
      const fixed = fixAll(crlf, { now: NOW }).text;
      assert.equal(/(^|[^\r])\n/.test(fixed), false, `bare LF after fix-all: ${JSON.stringify(fixed.slice(0, 200))}`);
    }
  });

  it('a front matter over 16 KB says 16 KB were read, not 64 KB', () => {
    const text = '---\ninterviewer: A B\ntopics:\n' + '  - a topic about something in particular\n'.repeat(700) + '---\nDear A,\n';
    const e = parseNote(text).frontMatter.errors.find((x) => x.code === 'TOO_LARGE');
    assert.match(e!.message, /only the first 16 KB were read/);
  });

  it('.thanksrc.json problems point at the value they are about, not at 1:1', () => {
    const rc = readRcFile('/x/.thanksrc.json', '{\n  "rules": {"tone/informal": "loud"},\n  "words": 5,\n  "categories": {"nope": "off"},\n  "extra": 1\n}');
    const at = (re: RegExp) => rc.problems.find((p) => re.test(p.message));
    assert.deepEqual([at(/rules\.tone\/informal/)!.line, at(/rules\.tone\/informal/)!.column], [1, 29]);
    assert.deepEqual([at(/"words"/)!.line, at(/"words"/)!.column], [2, 11]);
    assert.deepEqual([at(/unknown category "nope"/)!.line, at(/unknown category "nope"/)!.column], [3, 25]);
    assert.deepEqual([at(/unknown key "extra"/)!.line, at(/unknown key "extra"/)!.column], [4, 11]);
  });

  it('file names for new and split notes stay within 255 bytes, however long the name', () => {
    assert.equal(fileSlug('Dr. Zoë O’Brien', 'x'), 'dr-zoe-o-brien');
    assert.ok(fileSlug('Ana '.repeat(200), 'x').length <= 60);
    assert.equal(fileSlug('黄', 'interviewer'), 'interviewer');
    const base = fitFileName('ü'.repeat(200), 60 + '--99.thanks'.length);
    assert.ok(Buffer.byteLength(`${base}-${'a'.repeat(60)}-99.thanks`) <= 255);
    assert.ok(!base.includes('\ufffd'));
  });
});
