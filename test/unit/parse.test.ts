// The parser pieces, tested directly: front matter, body structure, sentences, words, prose view, directives.
import assert from 'node:assert/strict';
import { parseNote } from '../../server/src/core/document/parse';
import { parseDirective } from '../../server/src/core/document/directives';
import { splitSentences, wordsIn } from '../../server/src/core/document/body/sentences';
import { GOOD_BODY, GOOD_NOTE } from '../helpers/rule-tester';
import { note } from '../helpers/note';
import type { Span } from '../../server/src/core/document/span';

const slice = (text: string, s: Span) => text.slice(s.start, s.end);
const sentencesOf = (text: string) => splitSentences(text, 0).map((s) => s.text);

describe('parse: front matter', () => {
  it('keeps key and value ranges and typed values', () => {
    const doc = parseNote(GOOD_NOTE);
    const fm = doc.frontMatter;
    assert.equal(fm.present, true);
    assert.equal(fm.closed, true);
    assert.deepEqual(fm.errors, []);
    assert.equal(slice(GOOD_NOTE, fm.span), GOOD_NOTE.slice(0, GOOD_NOTE.indexOf('\n---\n') + 4));
    const role = fm.entries.get('role')!;
    assert.equal(slice(GOOD_NOTE, role.keySpan), 'role');
    assert.equal(slice(GOOD_NOTE, role.valueSpan), 'Senior Data Engineer');
    assert.equal(role.line, 2);
    assert.deepEqual(fm.interviewers, ['Dana Whitfield']);
    assert.equal(fm.role, 'Senior Data Engineer');
    assert.equal(fm.company, 'Northwind Health');
    assert.equal(fm.candidate, 'Alex Rivera');
    assert.deepEqual(fm.emails.map((e) => slice(GOOD_NOTE, e.span)), ['dana.whitfield@northwind.example']);
    assert.deepEqual(fm.topics, ['moving nightly batch jobs to streaming', 'the on-call rotation']);
    assert.deepEqual(fm.entries.get('topics')!.items.map((i) => slice(GOOD_NOTE, i.span)), fm.topics);
    assert.deepEqual(fm.keys.map((k) => k.key), ['interviewer', 'role', 'company', 'email', 'interview_date', 'topics', 'subject', 'candidate']);
    assert.equal(fm.interviewDate!.date!.getTime(), new Date(2026, 10, 24, 15, 30).getTime());
    assert.equal(fm.interviewDate!.hasTime, true);
    assert.equal(slice(GOOD_NOTE, fm.interviewDate!.span), '2026-11-24 15:30');
    assert.equal(doc.body.span.start, fm.span.end + 1);
  });

  it('reads dates with a zone, without a time, and impossible dates', () => {
    const zoned = parseNote(note({ interview_date: '2026-11-24 15:30 +01:00' })).frontMatter.interviewDate!;
    assert.equal(zoned.date!.toISOString(), '2026-11-24T14:30:00.000Z');
    const day = parseNote(note({ interview_date: '2026-11-24' })).frontMatter.interviewDate!;
    assert.equal(day.hasTime, false);
    assert.equal(day.date!.getTime(), new Date(2026, 10, 24).getTime());
    const impossible = parseNote(note({ interview_date: '2026-11-31' })).frontMatter.interviewDate!;
    assert.equal(impossible.date, undefined);
    assert.equal(impossible.text, '2026-11-31');
  });

  it('types values: lists, numbers as text, wrong types left out', () => {
    const panel = parseNote(note({ interviewer: '[Hélène Dubois, Kwame Mensah]', role: '911', company: 'true' })).frontMatter;
    assert.deepEqual(panel.interviewers, ['Hélène Dubois', 'Kwame Mensah']);
    assert.equal(panel.role, '911');
    assert.equal(panel.company, undefined);
    assert.deepEqual(panel.entries.get('company')!.wrongType?.found, 'true/false');
    const listRole = parseNote(note({ role: ['A', 'B'] })).frontMatter;
    assert.equal(listRole.role, undefined);
    assert.equal(listRole.entries.get('role')!.wrongType?.found, 'a list');
  });

  it('reports YAML errors at their position and keeps duplicate keys in order', () => {
    const text = note({ role: 'Lab Scientist: Microbiology' });
    const doc = parseNote(text);
    assert.ok(doc.frontMatter.errors.length > 0);
    assert.equal(doc.lines.lineOf(doc.frontMatter.errors[0].start), 2);
    const dup = parseNote(note({ company: 'Northwind Health\ncompany: Globex' })).frontMatter;
    assert.ok(dup.errors.some((e) => e.code === 'DUPLICATE_KEY'));
  });

  it('treats an unclosed front matter as ending at the first blank line, and still reads the body', () => {
    const text = '---\ninterviewer: Dana Whitfield\nrole: Senior Data Engineer\n\nDear Dana,\n\nThank you for meeting with me on Tuesday.\n';
    const doc = parseNote(text);
    assert.equal(doc.frontMatter.present, true);
    assert.equal(doc.frontMatter.closed, false);
    assert.deepEqual(doc.frontMatter.interviewers, ['Dana Whitfield']);
    assert.equal(doc.body.salutation?.text, 'Dear Dana,');
    assert.deepEqual(doc.body.sentences.map((s) => s.text), ['Thank you for meeting with me on Tuesday.']);
  });

  it('has no front matter when the note does not start with ---', () => {
    const doc = parseNote(GOOD_BODY);
    assert.equal(doc.frontMatter.present, false);
    assert.equal(doc.body.span.start, 0);
    assert.equal(doc.body.salutation?.addressee, 'Dana');
  });

  it('counts offsets after a byte-order mark', () => {
    const text = '\uFEFF' + GOOD_NOTE;
    const doc = parseNote(text);
    assert.equal(doc.frontMatter.present, true);
    assert.equal(doc.frontMatter.span.start, 1);
    assert.equal(slice(text, doc.frontMatter.entries.get('interviewer')!.keySpan), 'interviewer');
    assert.equal(slice(text, doc.body.salutation!), 'Dear Dana,');
    assert.equal(slice(text, doc.body.signature!.nameSpan), 'Alex Rivera');
  });

  it('keeps exact offsets with CRLF line endings', () => {
    const text = GOOD_NOTE.replace(/\n/g, '\r\n');
    const doc = parseNote(text);
    const fm = doc.frontMatter;
    assert.equal(fm.role, 'Senior Data Engineer');
    assert.equal(slice(text, fm.entries.get('company')!.valueSpan), 'Northwind Health');
    assert.equal(doc.body.salutation!.text, 'Dear Dana,');
    assert.equal(doc.body.signOff!.text, 'Best regards,');
    assert.equal(doc.body.signature!.name, 'Alex Rivera');
    for (const s of doc.body.sentences) assert.equal(slice(text, s), s.text);
    for (const w of doc.body.words) assert.equal(slice(text, w), w.text);
    assert.equal(doc.lines.lineOf(doc.body.salutation!.start), 12);
  });
});

describe('parse: letter structure', () => {
  it('finds salutation, paragraphs, sign-off and signature', () => {
    const doc = parseNote(GOOD_NOTE);
    const b = doc.body;
    assert.equal(b.salutation!.greeting, 'Dear');
    assert.equal(b.salutation!.addressee, 'Dana');
    assert.equal(slice(GOOD_NOTE, b.salutation!.addresseeSpan), 'Dana');
    assert.equal(b.paragraphs.length, 3);
    assert.ok(b.paragraphs[0].text.startsWith('Thank you for taking the time'));
    assert.equal(b.signOff!.text, 'Best regards,');
    assert.equal(b.signature!.name, 'Alex Rivera');
    assert.deepEqual(b.signature!.extraLines, []);
    assert.ok(!b.words.some((w) => w.text === 'Rivera' || w.text === 'regards'), 'the closing is not part of the letter’s words');
  });

  it('works without blank lines between the parts', () => {
    const text = note({}, 'Dear Dana,\nThank you for the interview on Tuesday.\nI remain very interested.\nBest regards,\nAlex Rivera\n');
    const b = parseNote(text).body;
    assert.equal(b.salutation!.text, 'Dear Dana,');
    assert.deepEqual(b.sentences.map((s) => s.text), ['Thank you for the interview on Tuesday.', 'I remain very interested.']);
    assert.equal(b.signOff!.text, 'Best regards,');
    assert.equal(b.signature!.name, 'Alex Rivera');
  });

  it('takes a name on the last line as the signature when there is no sign-off', () => {
    const b = parseNote(note({}, GOOD_BODY.replace('Best regards,\n', ''))).body;
    assert.equal(b.signOff, undefined);
    assert.equal(b.signature!.name, 'Alex Rivera');
    assert.equal(b.paragraphs.length, 3);
  });

  it('keeps contact lines after the name apart from it', () => {
    const text = note({}, GOOD_BODY.replace('Alex Rivera\n', 'Alex Rivera\n(555) 010-2030\nalex.rivera@example.com\n'));
    const sig = parseNote(text).body.signature!;
    assert.equal(sig.name, 'Alex Rivera');
    assert.deepEqual(sig.extraLines.map((l) => l.text), ['(555) 010-2030', 'alex.rivera@example.com']);
    assert.deepEqual(sig.extraLines.map((l) => slice(text, l.span)), ['(555) 010-2030', 'alex.rivera@example.com']);
  });

  it('recognises less common closings', () => {
    for (const closing of ['Respectfully,', 'With appreciation,', 'Warmly,', 'All my best,']) {
      const b = parseNote(note({}, GOOD_BODY.replace('Best regards,', closing))).body;
      assert.equal(b.signOff?.text, closing, closing);
      assert.equal(b.signature?.name, 'Alex Rivera', closing);
    }
  });

  it('splits a panel greeting into names with offsets', () => {
    const text = note({}, GOOD_BODY.replace('Dear Dana,', 'Dear Hélène, Kwame, and Dr. Mei-Ling Zhou,'));
    const sal = parseNote(text).body.salutation!;
    assert.deepEqual(sal.names.map((n) => n.text), ['Hélène', 'Kwame', 'Dr. Mei-Ling Zhou']);
    assert.deepEqual(sal.names.map((n) => slice(text, n.span)), ['Hélène', 'Kwame', 'Dr. Mei-Ling Zhou']);
  });

  it('keeps a title with its name and reads greetings without "Dear"', () => {
    const a = parseNote(note({}, GOOD_BODY.replace('Dear Dana,', 'Dear Dr. Lindqvist,'))).body.salutation!;
    assert.deepEqual(a.names.map((n) => n.text), ['Dr. Lindqvist']);
    const b = parseNote(note({}, GOOD_BODY.replace('Dear Dana,', 'Good afternoon Ms. O’Connell,'))).body.salutation!;
    assert.equal(b.greeting, 'Good afternoon');
    assert.equal(b.addressee, 'Ms. O’Connell');
    const c = parseNote(note({}, GOOD_BODY.replace('Dear Dana,', 'Dana,'))).body.salutation!;
    assert.equal(c.greeting, '');
    assert.equal(c.addressee, 'Dana');
    const none = parseNote(note({}, GOOD_BODY.replace('Dear Dana,\n\n', ''))).body.salutation;
    assert.equal(none, undefined);
  });
});

describe('parse: sentences', () => {
  it('does not end a sentence after a title', () => {
    assert.deepEqual(sentencesOf('I met Dr. Lindqvist on Tuesday. It went well.'), ['I met Dr. Lindqvist on Tuesday.', 'It went well.']);
  });
  it('does not end a sentence after e.g. or i.e.', () => {
    assert.deepEqual(sentencesOf('We used stream tools, e.g. Kafka and Flink. Then we shipped.'), ['We used stream tools, e.g. Kafka and Flink.', 'Then we shipped.']);
    assert.deepEqual(sentencesOf('The hard part, i.e. the backfill, took a week.'), ['The hard part, i.e. the backfill, took a week.']);
  });
  it('ends after p.m. only when a capital follows', () => {
    assert.deepEqual(sentencesOf('We spoke at 4 p.m. and I took notes.'), ['We spoke at 4 p.m. and I took notes.']);
    assert.deepEqual(sentencesOf('We spoke until 4 p.m. Then I wrote to you.'), ['We spoke until 4 p.m.', 'Then I wrote to you.']);
  });
  it('keeps initials together', () => {
    assert.deepEqual(sentencesOf('I reread J. R. R. Tolkien last winter. It helped.'), ['I reread J. R. R. Tolkien last winter.', 'It helped.']);
  });
  it('does not split decimals', () => {
    assert.deepEqual(sentencesOf('Latency fell by 3.5 seconds. The team was pleased.'), ['Latency fell by 3.5 seconds.', 'The team was pleased.']);
  });
  it('ends after "Co." at a sentence end but not mid-sentence', () => {
    assert.deepEqual(sentencesOf('I worked at Acme Co. It was a good place.'), ['I worked at Acme Co.', 'It was a good place.']);
    assert.deepEqual(sentencesOf('I worked at Acme Co. for two years.'), ['I worked at Acme Co. for two years.']);
  });
  it('ends after an ellipsis, ! and ?', () => {
    assert.deepEqual(sentencesOf('I paused... Then I answered.'), ['I paused...', 'Then I answered.']);
    assert.deepEqual(sentencesOf('Was it hard? Yes! We managed.'), ['Was it hard?', 'Yes!', 'We managed.']);
  });
  it('starts a new sentence after a period even when the next word is lower case', () => {
    assert.deepEqual(sentencesOf('It ran late. then we left.'), ['It ran late.', 'then we left.']);
  });
  it('gives offsets into the note', () => {
    const text = '  Thank you. I learned a lot.';
    for (const s of splitSentences(text, 100)) assert.equal(text.slice(s.start - 100, s.end - 100), s.text);
  });
});

describe('parse: words and prose', () => {
  it('finds words with offsets, keeping apostrophes, hyphens and abbreviations whole', () => {
    const text = "O'Connell’s Mei-Ling said e.g. U.S. end.Next 3.5";
    const words = wordsIn(text, 10);
    assert.deepEqual(words.map((w) => w.text), ["O'Connell’s", 'Mei-Ling', 'said', 'e.g', 'U.S', 'end', 'Next', '3', '5']);
    for (const w of words) assert.equal(text.slice(w.start - 10, w.end - 10), w.text);
    assert.equal(words[1].lower, 'mei-ling');
  });

  it('blanks code spans, URLs, e-mail addresses and comments out of the prose', () => {
    const body = GOOD_BODY.replace('timely data.', 'timely data (`kafka_topic`, https://northwind.example/a, ops@northwind.example). <!-- secret aside -->');
    const text = note({}, body);
    const doc = parseNote(text);
    assert.equal(doc.body.prose.length, text.length);
    const words = doc.body.words.map((w) => w.text);
    for (const hidden of ['kafka_topic', 'kafka', 'https', 'northwind.example', 'ops', 'secret', 'aside']) assert.ok(!words.includes(hidden), hidden);
    const codeAt = text.indexOf('`kafka_topic`');
    assert.equal(doc.body.prose.slice(codeAt, codeAt + 13).trim(), '');
    assert.ok(doc.body.code.some((c) => slice(text, c) === '`kafka_topic`'));
    assert.ok(doc.body.comments.some((c) => slice(text, c) === '<!-- secret aside -->'));
    assert.ok(doc.body.excluded.some((c) => slice(text, c) === 'https://northwind.example/a'));
    assert.ok(words.includes('timely'));
  });

  it('blanks each kind of bare link in any case, and only in the body (the front matter may hold an address)', () => {
    for (const link of ['ops@northwind.example', 'HTTPS://Northwind.example/Jobs', 'Http://northwind.example', 'WWW.northwind.example', 'www.northwind.example/a.']) {
      const text = note({ email: 'dana@northwind.example' }, GOOD_BODY.replace('timely data.', `timely data, see ${link}`));
      const doc = parseNote(text);
      const at = text.indexOf(link, text.indexOf('\n---\n') + 5);
      const shown = link.replace(/\.$/, '');
      assert.ok(doc.body.excluded.some((c) => c.start === at && slice(text, c) === shown), link);
      assert.ok(!doc.body.words.some((w) => w.start >= at && w.end <= at + link.length), link);
    }
    const plain = parseNote(note({ email: 'dana@northwind.example' }, GOOD_BODY));
    assert.ok(plain.body.words.length > 20);
    assert.deepEqual(plain.body.excluded.filter((c) => !plain.body.code.some((x) => x.start === c.start)).map((c) => slice(plain.text, c)), []);
  });

  it('keeps link text and emphasis as prose', () => {
    const text = note({}, GOOD_BODY.replace('timely data.', '*timely* data from [the portal](https://northwind.example).'));
    const words = parseNote(text).body.words.map((w) => w.text);
    assert.ok(words.includes('timely') && words.includes('portal'));
    assert.ok(!words.includes('https'));
  });
});

describe('parse: directives', () => {
  it('parses a disable-next-line comment', () => {
    assert.deepEqual(parseDirective('<!-- thanks-disable-next-line tone/informal -->'), { kind: 'disable-next-line', targets: ['tone/informal'] });
    assert.deepEqual(parseDirective('<!-- thanks-disable-line tone, proofreading/spelling -->'), { kind: 'disable-line', targets: ['tone', 'proofreading/spelling'] });
    assert.deepEqual(parseDirective('<!-- thanks-disable -->'), { kind: 'disable', targets: [] });
    assert.equal(parseDirective('<!-- an ordinary comment -->'), undefined);
  });

  it('collects directives from the body with their lines, and from the front matter for the whole note', () => {
    const text = note({ role: 'Senior Data Engineer  # thanks-disable personalization/role-missing' }, GOOD_BODY
      .replace('Our conversation', '<!-- thanks-disable-next-line tone/informal -->\nOur conversation')
      .replace('I remain', '<!-- thanks-disable proofreading/spelling -->\nI remain')
      .replace('Best regards,', '<!-- thanks-enable proofreading/spelling -->\nBest regards,'));
    const doc = parseNote(text);
    const ds = doc.directives.map((d) => ({ kind: d.kind, targets: d.targets, line: d.line }));
    const lineOf = (s: string) => doc.lines.lineOf(text.indexOf(s));
    assert.deepEqual(ds, [
      { kind: 'disable', targets: ['personalization/role-missing'], line: 0 },
      { kind: 'disable-next-line', targets: ['tone/informal'], line: lineOf('<!-- thanks-disable-next-line') },
      { kind: 'disable', targets: ['proofreading/spelling'], line: lineOf('<!-- thanks-disable proofreading') },
      { kind: 'enable', targets: ['proofreading/spelling'], line: lineOf('<!-- thanks-enable') },
    ]);
    assert.equal(doc.frontMatter.role, 'Senior Data Engineer');
  });
});
