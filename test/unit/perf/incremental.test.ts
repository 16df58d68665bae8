// The server checks a note again after each edit with what it kept from the last check: the previous
// parse (RuleContext.previous: the front matter, the spelling verdicts of the words still there), the
// grammar findings of the sentences it has seen (in any note) and the note's previous record (the fingerprint's
// shingles of unchanged sentences). Random edits — typing, deleting, pasting, joining and splitting
// sentences, changing the interviewer or the company — are applied one after the other, and after
// each one the findings and the fingerprint must be exactly a cold check's.
import assert from 'node:assert/strict';
import { checkNote, type CheckOptions } from '../../../server/src/core/lint/check';
import type { ThanksDocument } from '../../../server/src/core/document/model';
import { parseNote } from '../../../server/src/core/document/parse';
import { NoteIndex } from '../../../server/src/core/workspace/index';
import { recordOf, type NoteRecord } from '../../../server/src/core/workspace/record';
import { forgetGrammarFindings } from '../../../server/src/core/rules/proofreading/grammar';

const NOTE = `---
interviewer: Ana Lima, Tomás Okoye
company: Brightwater Labs
role: QA Analyst
interview_date: 2026-11-24 10:00
topics: [release checklist, flaky tests]
---
Dear Ana,

Thank you for the interview yesterday. She have a clear vision for the test lab, and I can helps your team with the [release checklist](https://example.com/a).

I am interested on the role. I will follow-up next week if I do not hear back. Our talk about flaky tests on the nightly build stayed with me; I once cut ours from forty a week to three.

I beleive my years at Harbour Freight make me a strong fit, and I know the zyntrix dashboards well; my favorite part was the color-coded board. Thank you again for your time and Ana's tour of the lab.

Best regards,
Jo Marchetti
`;
/** A panel peer: a note to the other interviewer of the same interview, mostly the same text. */
const PEER = NOTE.replace('interviewer: Ana Lima, Tomás Okoye', 'interviewer: Priya Raman').replace('Dear Ana,', 'Dear Priya,');
const OTHER = NOTE.replace('company: Brightwater Labs', 'company: Copperleaf Bank').replace('interviewer: Ana Lima, Tomás Okoye', 'interviewer: Kwame Boateng');

const PASTES = [
  'I enjoyed hearing how the lab triages a failed release. ',
  'Thank you for the interview yesterday. ',
  'She have a clear vision for the test lab, and I can helps your team. ',
  'I would welcome the chance to join Brightwater Labs [Company] soon. ',
  '\n\nP.S. I attached the checklist we talked about.\n',
  'Dr. Lima mentioned the 3 p.m. stand-up, e.g. the one on Fridays. ',
  'I am definately keen to start, lol. ',
  'The zyntrix exports were new to me. ',
];
const now = new Date(2026, 10, 25, 9);
/** Now and then the settings change between two edits: another dialect, the user's own words. */
const SETTINGS: CheckOptions['settings'][] = [undefined, { dialect: 'en-GB' } as CheckOptions['settings'], { words: ['zyntrix', 'beleive'] } as CheckOptions['settings']];
const uri = 'file:///notes/ana.thanks';

/** A small seeded generator (mulberry32): the same edits on every run, a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Edit = (text: string, r: () => number) => string;
const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)];
const at = (text: string, r: () => number) => Math.floor(r() * (text.length + 1));
const EDITS: [string, Edit][] = [
  ['type a character', (t, r) => { const i = at(t, r); return t.slice(0, i) + pick([...'abcdefghij eotn,.\n'], r) + t.slice(i); }],
  ['type a word', (t, r) => { const i = at(t, r); return t.slice(0, i) + pick(['very ', 'the ', 'Ana ', 'teams ', 'has '], r) + t.slice(i); }],
  ['delete a few characters', (t, r) => { const i = at(t, r); return t.slice(0, i) + t.slice(i + 1 + Math.floor(r() * 6)); }],
  ['delete a stretch', (t, r) => { const i = at(t, r); return t.slice(0, i) + t.slice(i + Math.floor(r() * 80)); }],
  ['paste a sentence', (t, r) => { const i = at(t, r); return t.slice(0, i) + pick(PASTES, r) + t.slice(i); }],
  ['join two sentences', (t, r) => { const stops = [...t.matchAll(/\. (\p{Lu})/gu)]; if (!stops.length) return t; const m = pick(stops, r); return t.slice(0, m.index) + ', ' + m[1].toLowerCase() + t.slice(m.index! + 3); }],
  ['split a sentence', (t, r) => { const commas = [...t.matchAll(/, (\p{Ll})/gu)]; if (!commas.length) return t; const m = pick(commas, r); return t.slice(0, m.index) + '. ' + m[1].toUpperCase() + t.slice(m.index! + 3); }],
  ['join two paragraphs', (t, r) => { const breaks = [...t.matchAll(/\n\n(?=\S)/g)]; if (!breaks.length) return t; const m = pick(breaks, r); return t.slice(0, m.index) + ' ' + t.slice(m.index! + 2); }],
  ['change an interviewer', (t, r) => t.replace(/^interviewer: .*$/m, `interviewer: ${pick(['Ana Lima', 'Priya Raman', 'Ana Lima, Tomás Okoye', 'Tomás'], r)}`)],
  // the company's words are the note's own: "zyntrix" in the body is spelled right only at Zyntrix
  ['change the company', (t, r) => t.replace(/^company: .*$/m, `company: ${pick(['Brightwater Labs', 'Zyntrix Analytics'], r)}`)],
  ['undo to the start', () => NOTE],
];

/** Findings without their lazily computed fixes (functions). */
const plain = (ds: readonly object[]) => ds.map((d) => JSON.parse(JSON.stringify(d)));
const printOfRecord = (r: NoteRecord) => ({ sentences: r.print.sentences, all: [...r.print.all] });

describe('incremental checks after random edits equal cold checks', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: 120 edits, every step identical`, () => {
      const r = random(seed);
      // the server's index: the peers on disk, and the edited note filed again on each check
      const index = new NoteIndex();
      for (const [name, text] of [['priya', PEER], ['kwame', OTHER]]) index.set(recordOf(`file:///notes/${name}.thanks`, parseNote(text)));
      const peersLive = (doc: ThanksDocument) => {
        index.set(recordOf(uri, doc, index.get(uri) ?? null));
        return index.peersOf(uri);
      };
      const coldIndex = new NoteIndex();
      for (const [name, text] of [['priya', PEER], ['kwame', OTHER]]) coldIndex.set(recordOf(`file:///notes/${name}.thanks`, parseNote(text)));
      let text = NOTE;
      let settings: CheckOptions['settings'];
      let last = checkNote(text, { now, peers: peersLive });
      const kinds = new Set<string>();
      for (let step = 0; step < 120; step++) {
        const [kind, edit] = pick(EDITS, r);
        text = edit(text, r);
        kinds.add(kind);
        if (r() < 0.15) settings = pick(SETTINGS, r);
        const live = checkNote(text, { now, settings, peers: peersLive, previous: last.doc });
        // cold: every sentence checked afresh
        forgetGrammarFindings();
        const coldDoc = parseNote(text);
        coldIndex.set(recordOf(uri, coldDoc));
        const cold = checkNote(text, { now, settings, peers: coldIndex.peersOf(uri), parsed: coldDoc });
        const where = `step ${step} (${kind}) of seed ${seed}`;
        assert.deepEqual(plain(live.diagnostics), plain(cold.diagnostics), `${where}: findings differ`);
        assert.deepEqual(printOfRecord(index.get(uri)!), printOfRecord(coldIndex.get(uri)!), `${where}: fingerprints differ`);
        last = live;
      }
      assert.ok(kinds.size >= 8, `only ${[...kinds].join(', ')}`);
    });
  }
});
