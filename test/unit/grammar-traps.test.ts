// Agreement traps and quoted titles. The subjunctive after a word of asking, urging or necessity ("asked that each
// tenant give") is no agreement error, whatever the subject (the agreement file's `unlessEarlier`,
// language/grammar/check.ts), while an agreement error before such a clause still is one. A job title
// that ends in a word that is also a verb ("tech lead", "shift lead") before a past tense is a noun.
import assert from 'node:assert/strict';
import { findingsOf } from '../helpers/grammar-set';
import { warmUp } from '../../server/src/core/lint/check';

const grammar = (text: string) => findingsOf(text).filter((f) => f.ruleId === 'proofreading/grammar');

function leavesAlone(texts: readonly string[]): void {
  for (const text of texts) it(`leaves alone: ${text}`, () => assert.deepEqual(grammar(text).map((f) => text.slice(f.start, f.end)), []));
}

function stillFlags(cases: readonly (readonly [string, string])[]): void {
  for (const [text, error] of cases) {
    it(`still flags "${error}": ${text}`, () => {
      assert.ok(grammar(text).some((f) => text.slice(f.start, f.end).includes(error)), JSON.stringify(grammar(text)));
    });
  }
}

describe('grammar: agreement traps', function () {
  this.timeout(60_000);
  before(() => warmUp());
  leavesAlone([
    'The site lead asked that each visitor sign the logbook at the gate.',
    'It is important that the pharmacist check the dosage twice.',
    'Our studio requires that every intern complete a safety course.',
    'The hiring panel recommended that the candidate meet the wider team.',
    'The warehouse lead trained me on the forklift last year.',
    'Our data lead described the migration to the new warehouse.',
    // a quoted title in Title Case is a name: its words are no verbs or nouns of the sentence
    'I enjoyed reading the article "Cuts Wait Times in Half" on your blog.',
    'Your post “Why Nurses Leave Night Shifts” stayed with me.',
    // a floating "both" before a predicate adjective
    'My forklift and first-aid certifications are both current until 2027.',
    // an amount as one quantity takes a singular verb
    'Ten dollars is a reasonable fee for the parking permit.',
  ]);
  stillFlags([
    ['The supervisor who train new drivers suggested that I apply.', 'train'],
    ['My references has asked that you call them after five.', 'has'],
    ['Our office manager call every client on Fridays.', 'call'],
    // a Title Case quotation does not hide a mistake outside it, nor one in a quoted sentence in lower case
    ['I read "Cuts Wait Times in Half" but she have not shared it with the team.', 'have'],
    ['The note said "she have the keys" so I waited by the door.', 'have'],
  ]);
});

// A finished time that belongs to a relative clause, verbs said in the moment, singular nouns in -s
// before "'s", "writing" as a noun, and set phrases of a preposition and a bare noun.
describe('grammar: time phrases, performatives, possessives and set phrases', function () {
  this.timeout(60_000);
  before(() => warmUp());
  leavesAlone([
    'I have enclosed the budget sheet we reviewed at the end of our meeting.',
    'We have shared the floor plan you asked about during the tour.',
    'The clinic has posted the rota the charge nurse drew up last week.',
    'I missed your call this morning, and I apologise for the delay.',
    'Your team asked about my notice period, and I confirm that it is four weeks.',
    'I spoke with the class’s tutor after the demonstration lesson.',
    'Our campus\'s new library opened in the spring.',
    'The writing test you sent is attached as a PDF.',
    'In response to your question about night shifts, I am fully available.',
    'I am writing in support of my application for the archivist post.',
    // names in Title Case, a relative clause without "that", a phrasal verb's particle before a time
    'Engineers Without Borders was where I learned to plan water projects.',
    'General Motors is one of the plants I supplied as a tooling contractor.',
    'I admire the quality of service your front desk gives every guest.',
    'The new tenants are settling in next week, so the keys are ready.',
  ]);
  stillFlags([
    ['We have visited the new depot yesterday.', 'have visited'],
    ['I have been at the conference in Leeds last month.', 'have been'],
    ['The drivers’s schedule changed on Monday.', 'drivers’s'],
    ['I am writing thank you for the site visit.', 'thank'],
    ['I am interested in position you advertised.', 'position'],
    ['The reports from the night shift was ready by six.', 'was'],
    ['Thank you for show me the loading dock.', 'show'],
    ['I could begin in next month if that suits the team.', 'in'],
  ]);
});
