// Tests of the spelling engine (server/src/core/spelling). Run alone with
//   npx mocha --require tsx/cjs test/unit/spelling.test.ts
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWord, getSpeller, isLoaded, noteWords, normalizeWord, preload } from '../../server/src/core/language/spelling';
import { americanForms } from '../../server/src/core/language/spelling/british';
import { weightedDistance } from '../../server/src/core/language/spelling/suggest';
import VOCABULARY from '../../server/src/core/lexicon/vocabulary.txt';
import { report } from '../helpers/report';
import { checkNote, type CheckOptions } from '../../server/src/core/lint/check';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');

/** The tokenizer the tests use: letters/digits joined by apostrophes, hyphens, dots, slashes, ampersands. */
const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+(?:['’\-./&][\p{L}\p{N}]+)*/gu) ?? [];

const NONE: ReadonlySet<string> = new Set();

describe('spelling engine', function () {
  this.timeout(60_000);

  before(async () => {
    await preload();
    assert.ok(isLoaded());
  });

  describe('misspelling list (test/fixtures/misspellings.tsv)', () => {
    const rows = fixture('misspellings.tsv')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.split('\t') as [string, string]);

    it('has at least 300 entries, each with an intended word that is itself correct', () => {
      assert.ok(rows.length >= 300, `only ${rows.length} entries`);
      for (const [wrong, right] of rows) {
        assert.ok(wrong && right, `bad row: ${wrong} / ${right}`);
        assert.ok(right.split(' ').every((w) => checkWord(w, NONE)), `intended word flagged: ${right}`);
      }
    });

    it('detects ≥ 95 % and has the intended word in the top 3 suggestions for ≥ 85 %', () => {
      const speller = getSpeller();
      let detected = 0;
      let top1 = 0;
      let top3 = 0;
      const missed: string[] = [];
      const started = performance.now();
      for (const [wrong, right] of rows) {
        if (!speller.isCorrect(wrong)) detected++;
        const s = speller.suggest(wrong, 3);
        if (s[0] === right) top1++;
        if (s.includes(right)) top3++;
        else missed.push(`${wrong}→${right} [${s.join(', ')}]`);
      }
      const perSuggest = (performance.now() - started) / rows.length;
      const pct = (k: number): string => ((100 * k) / rows.length).toFixed(1);
      report(`spelling: ${rows.length} misspellings, detection ${pct(detected)} %, top-1 ${pct(top1)} %, ` +
          `top-3 ${pct(top3)} %, ${perSuggest.toFixed(1)} ms per check+suggest` +
          (missed.length ? `\n      not in top 3: ${missed.join('; ')}` : ''),
      );
      assert.ok(detected / rows.length >= 0.95, `detection ${pct(detected)} %`);
      assert.ok(top3 / rows.length >= 0.85, `top-3 ${pct(top3)} %`);
    });
  });

  describe('clean professional text (test/fixtures/clean-professional.txt)', () => {
    // What the notes' front matter would carry (interviewer, company, candidate): people and
    // companies only. Technical terms must pass through the dictionary and the vocabulary.
    const frontMatter = [
      'Wiśniewski', 'Maple Hollow Analytics', 'Domínguez', "Siobhan O'Connell", 'Nkechi Okonkwo',
      'Hélène Marchetti-Rossi', "St. Aidan's Children's Hospital", 'Tomás Ní Bhriain',
      'Precious Adeyemi-Clarke', 'Aoife Fitzgerald', 'Nakamura', 'Northgate Freight',
      'Marisol Gutiérrez-Pérez', 'Okafor', 'Calder & Finch', 'Raghunathan Venkataraman',
      'Zoë Van der Berg', 'Lindqvist', 'Oakridge Primary School', 'Ó Súilleabháin', 'Dafydd ap Rhys',
      'Baptiste', 'Ironbridge Builders', 'Declan Ó Briain', 'Moreau', 'Ngozi', 'Jean-Luc Beauchêne',
      'Castellanos', 'Halden Biosciences', 'Kwabena', 'Ingrid', 'Thandiwe', 'Saoirse Ní Mhurchú',
      'Fairbanks', 'Lumen & Lark', 'Priyanka Raghavendra',
    ];
    // The candidates' own word lists: their previous employers.
    const userWordList = ['Brightwater', 'Riverbend'];
    const text = fixture('clean-professional.txt');

    it('is at least 1,000 words long', () => {
      assert.ok(words(text).length >= 1000, `${words(text).length} words`);
    });

    it('flags no word at all in British English (the text is written in it)', () => {
      const extra = noteWords([...frontMatter, ...userWordList]);
      const flagged = [...new Set(words(text).filter((w) => !checkWord(w, extra, 'en-GB')))];
      assert.deepEqual(flagged, []);
    });

    it('flags no word with no dialect chosen (British spellings accepted beside the American dictionary)', () => {
      const extra = noteWords([...frontMatter, ...userWordList]);
      assert.deepEqual([...new Set(words(text).filter((w) => !checkWord(w, extra)))], []);
    });

    it('in American English (en-US chosen), flags only its British spellings, each with its American form', () => {
      const extra = noteWords([...frontMatter, ...userWordList]);
      const flagged = [...new Set(words(text).filter((w) => !checkWord(w, extra, 'en-US')))];
      assert.ok(flagged.includes('programme') && flagged.includes('organised'), flagged.join(' '));
      for (const w of flagged) assert.ok(getSpeller('en-US').americanFor(w), `${w} is not a British spelling`);
    });

    it('flags the names when the front matter is missing (so the test above is meaningful)', () => {
      const flagged = new Set(words(text).filter((w) => !checkWord(w, NONE)));
      for (const name of ['Wiśniewski', 'Nkechi', 'Okonkwo', 'Venkataraman', 'Thandiwe']) assert.ok(flagged.has(name), name);
    });
  });

  describe('rules', () => {
    const ok = (w: string, extra: ReadonlySet<string> = NONE): void => assert.ok(checkWord(w, extra), `flagged: ${w}`);
    const bad = (w: string, extra: ReadonlySet<string> = NONE): void => assert.ok(!checkWord(w, extra), `not flagged: ${w}`);

    it('follows Hunspell on case', () => {
      ok('Monday');
      bad('monday');
      ok('MONDAY');
      ok('Interview'); // capitalised at the start of a sentence
      ok('INTERVIEW');
      bad('intervew');
    });

    it('accepts possessives', () => {
      ok("company's");
      ok('company’s');
      ok("teams'");
      ok("Kubernetes's");
      ok("KPI's");
      bad("compnay's");
      const extra = noteWords(['Maple Hollow', 'Nkechi Okonkwo']);
      ok("Hollow's", extra);
      ok('Maple', extra);
      ok("Nkechi's", extra);
      ok('NKECHI', extra);
      ok('nkechi’s', extra);
      bad("Nkechy's", extra);
    });

    it('accepts hyphenated compounds when every part is correct', () => {
      ok('well-known');
      ok('follow-up');
      ok('co-founder');
      ok('pre-screen');
      ok('cross-functional');
      ok('data-driven');
      ok('self-starter');
      ok('mother-in-law');
      ok('Okonkwo-led', noteWords(['Nkechi Okonkwo']));
      bad('well-knwon');
      bad('folow-up');
    });

    it('accepts ALL-CAPS acronyms of up to 6 letters, also in the plural', () => {
      for (const w of ['HVAC', 'GAAP', 'IFRS', 'OSHA', 'NEC', 'IEP', 'ERP', 'CRM', 'KPI', 'KPIs', 'SKUs', 'RFIs', 'WMS', 'LTL', 'EPA', 'BLS', 'ACLS', 'ABCDEF']) ok(w);
      bad('ABCDEFGH');
      bad('adn'); // "ADN" is a nursing degree, but only in capitals
      ok('ADN');
    });

    it('accepts numbers, ordinals and tokens with digits', () => {
      for (const w of ['3rd', '21st', '12th', '2023', '12-hour', '24/7', 'Q4', 'H1-B', 'i18n', '401k', '10x', '1:1']) ok(w);
    });

    it('accepts contractions with straight and curly apostrophes', () => {
      for (const w of ["I'm", 'I’m', "we'll", 'we’ll', "wouldn't", 'wouldn’t', "don't", 'don’t', "it's", "you're", "they've", "o'clock"]) ok(w);
      bad("dont'");
      bad('wouldnt');
    });

    it('accepts workplace and technical vocabulary, with plurals and verb forms', () => {
      for (const w of [
        'Kubernetes', 'PostgreSQL', 'MySQL', 'Salesforce', 'Epic', 'AutoCAD', 'Revit', 'Procore', 'QuickBooks',
        'Terraform', 'Jira', 'Tableau', 'Workday', 'SAP', 'Canva', 'Zendesk', 'REDCap', 'Quarto', 'MALDI-TOF',
        'PhD', 'onboarding', 'offboarding', 'runbook', 'runbooks', 'failover', 'roadmap', 'roadmaps',
        'walkthrough', 'observability', 'stateful', 'cutover', 'preconfigured', 'upskill', 'upskilled',
        'upskilling', 'teammate', 'teammates', 'stakeholder', 'stakeholders', 'workstream', 'workstreams',
        'onboarded', 'timeboxed', 'Dockerfiles', 'submittals', 'HubSpot', 'Node.js', 'CI/CD', 'e.g.',
      ]) ok(w);
    });

    it('accepts British spellings with no dialect chosen and in en-GB, en-CA and en-AU, and flags them in en-US with their American form', () => {
      const british = [
        'centre', 'centres', 'centred', 'organise', 'organised', 'organising', 'organisation', 'organisational',
        'colour', 'colours', 'coloured', 'favourite', 'behaviour', 'behavioural', 'honour', 'labour',
        'programme', 'programmes', 'analyse', 'analysed', 'licence', 'defence', 'travelled', 'travelling',
        'labelled', 'modelling', 'cancelled', 'catalogue', 'catalogued', 'dialogue', 'metre', 'theatre',
        'fibre', 'paediatric', 'anaesthetist', 'oesophagus', 'grey', 'judgement', 'enrolment', 'fulfil',
        'fulfilment', 'practise', 'whilst', 'amongst', 'learnt', 'cheque', 'jewellery', 'aluminium',
        'prioritise', 'prioritisation', 'recognised', 'Centre', 'COLOUR',
      ];
      for (const dialect of [undefined, 'en-GB', 'en-AU'] as const) for (const w of british) assert.ok(checkWord(w, NONE, dialect), `${dialect} flagged ${w}`);
      for (const w of ['colour', 'centre', 'honour', 'catalogue', 'Centre']) assert.ok(checkWord(w, NONE, 'en-CA'), `en-CA flagged ${w}`);
      for (const w of ['colour', 'centre', 'organise', 'programme', 'travelled', 'Colour']) assert.ok(!checkWord(w, NONE, 'en-US'), `en-US accepted ${w}`);
      assert.equal(getSpeller('en-US').americanFor('colour'), 'color');
      assert.equal(getSpeller('en-US').americanFor('Centre'), 'Center');
      assert.equal(getSpeller('en-US').americanFor('COLOUR'), 'COLOR');
      assert.equal(getSpeller().americanFor('colour'), undefined);
      assert.equal(getSpeller('en-GB').americanFor('colour'), undefined);
      assert.ok(!checkWord('color', NONE, 'en-GB'), 'en-GB accepted color');
    });

    it('does not let the British patterns hide real typos', () => {
      for (const w of ['fourty', 'schedulling', 'bettre', 'lettre', 'sence', 'thoe', 'ovre', 'numbre', 'realy']) {
        bad(w);
        assert.ok(!checkWord(w, NONE, 'en-GB'), `en-GB accepted ${w}`);
      }
    });

    it('accepts accented forms of known words and normalises the token', () => {
      for (const w of ['café', 'résumé', 'naïve', 'fiancée', 'cliché', 'façade']) ok(w);
      assert.equal(normalizeWord('“don’t,”'), "don't");
      assert.equal(normalizeWord('(teams’)'), "teams'");
      assert.equal(normalizeWord('‘quoted’'), 'quoted');
    });

    it('treats camelCase product names as their parts', () => {
      ok('HubSpot');
      ok('DataBricks');
      ok('PowerPoint');
      bad('PowerPiont');
    });

    it('honours the user word list', () => {
      const speller = getSpeller();
      bad('Brightwater');
      speller.setUserWords(['Brightwater', 'Zyxwv']);
      try {
        ok('Brightwater');
        ok("Brightwater's");
        ok('zyxwvs');
      } finally {
        speller.setUserWords([]);
      }
      bad('Brightwater');
    });
  });

  describe('suggestions', () => {
    const top = (w: string, n = 3, extra?: ReadonlySet<string>): string[] => getSpeller().suggest(w, n, extra);

    it('ranks the intended word first for classic misspellings', () => {
      assert.equal(top('definately')[0], 'definitely');
      assert.equal(top('recieve')[0], 'receive');
      assert.equal(top('seperate')[0], 'separate');
      assert.equal(top('commited')[0], 'committed');
      assert.equal(top('wich')[0], 'which');
      assert.equal(top('teh')[0], 'the');
      assert.equal(top('oppurtunity')[0], 'opportunity');
      assert.equal(top('enviroment')[0], 'environment');
    });

    it('keeps the case of the input', () => {
      assert.equal(top('Definately')[0], 'Definitely');
      assert.equal(top('DEFINATELY')[0], 'DEFINITELY');
      assert.equal(top('Recieve')[0], 'Receive');
      assert.equal(top('febuary')[0], 'February'); // proper nouns keep their capital
    });

    it('handles possessives, compounds, run-together words and note names', () => {
      assert.equal(top("colleauge's")[0], "colleague's");
      assert.equal(top('follow-uup')[0], 'follow-up');
      assert.equal(top('alot')[0], 'a lot');
      assert.equal(top('thankyou')[0], 'thank you');
      assert.equal(top('Nkechy', 3, noteWords(['Nkechi Okonkwo']))[0], 'Nkechi');
      assert.equal(top('Kuberentes')[0], 'Kubernetes');
    });

    it('respects max and returns nothing for an empty word', () => {
      assert.equal(top('definately', 1).length, 1);
      assert.deepEqual(getSpeller().suggest(''), []);
      assert.deepEqual(getSpeller().suggest('definately', 0), []);
    });

    it('never suggests words marked NOSUGGEST in the dictionary', () => {
      for (const s of getSpeller().suggest('fuk', 10)) assert.notEqual(s.toLowerCase(), 'fuck');
    });
  });

  describe('building blocks', () => {
    it('weighted distance: doubled letters, vowels and swaps are cheap', () => {
      assert.ok(weightedDistance('comited', 'committed') < 1);
      assert.ok(weightedDistance('seperate', 'separate') < weightedDistance('seperate', 'desperate'));
      assert.ok(weightedDistance('recieve', 'receive') < 1);
      assert.equal(weightedDistance('same', 'same'), 0);
    });

    it('British mapping produces American forms', () => {
      assert.ok(americanForms('organisation').includes('organization'));
      assert.ok(americanForms('centred').includes('centered'));
      assert.ok(americanForms('travelled').includes('traveled'));
      assert.ok(americanForms('catalogued').includes('cataloged'));
      assert.deepEqual(americanForms('fourty'), []);
    });

    it('vocabulary is data: one term per line, no duplicates, at least 1,500 terms', () => {
      const terms = VOCABULARY.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
      assert.ok(terms.length >= 1500, `${terms.length} terms`);
      const lower = terms.map((t) => t.toLowerCase());
      assert.equal(new Set(lower).size, lower.length, 'duplicate terms');
    });

    it('isCorrect is fast once loaded (cached)', () => {
      const speller = getSpeller();
      const sample = words(fixture('clean-professional.txt'));
      const extra = noteWords(['Nkechi Okonkwo']);
      for (const w of sample) speller.isCorrect(w, extra); // warm the cache
      const started = performance.now();
      const rounds = 20;
      for (let r = 0; r < rounds; r++) for (const w of sample) speller.isCorrect(w, extra);
      const perWord = (performance.now() - started) / (rounds * sample.length);
      report(`spelling: ${(perWord * 1000).toFixed(2)} µs per word (cached), ${sample.length} words`);
      assert.ok(perWord < 0.05, `${perWord} ms per word`);
    });
  });
});

// The spelling rule remembers the words the dictionary accepts alone (Speller.knows) across notes:
// that must never carry a verdict from one note's names or the user's words over to another note.
describe('words the dictionary knows, remembered across notes', () => {
  const now = new Date(2026, 10, 25, 9);
  const note = (company: string, body: string) => `---\ninterviewer: Ana Lima\ncompany: ${company}\nrole: QA Analyst\ninterview_date: 2026-11-24 10:00\n---\nDear Ana,\n\n${body}\n\nBest regards,\nJo\n`;
  const misspelt = (text: string, settings?: { words: string[] }) =>
    checkNote(text, { now, settings: settings as CheckOptions['settings'] }).diagnostics.filter((d) => d.ruleId === 'proofreading/spelling').map((d) => text.slice(d.start, d.end));

  it('knows what the dictionary accepts, not what the user or a note adds', () => {
    const speller = getSpeller();
    assert.ok(speller.knows('committee') && speller.knows('Committee') && speller.knows('2026') && speller.knows('Kubernetes'));
    assert.ok(!speller.knows('zyntrix') && !speller.knows('comittee'));
    speller.setUserWords(['zyntrix']);
    try {
      assert.ok(speller.isCorrect('zyntrix') && !speller.knows('zyntrix'));
    } finally {
      speller.setUserWords([]);
    }
  });

  it('flags a word in a note after another note had it right by its own name or by the user\'s word list', () => {
    const body = 'The zyntrix exports and the comittee review were new to me. Thank you for the tour of the lab.';
    // right in a note at Zyntrix, and with the user's word list…
    assert.deepEqual(misspelt(note('Zyntrix Analytics', body)), ['comittee']);
    assert.deepEqual(misspelt(note('Brightwater Labs', body), { words: ['zyntrix', 'comittee'] }), []);
    // …and still a misspelling in a note that has neither
    assert.deepEqual(misspelt(note('Brightwater Labs', body)), ['zyntrix', 'comittee']);
  });
});
