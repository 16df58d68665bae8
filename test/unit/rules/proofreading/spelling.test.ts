import assert from 'node:assert/strict';
import { ruleTester, GOOD_BODY, run } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';
import { parseNote } from '../../../../server/src/core/document/parse';
import { lint } from '../../../../server/src/core/lint/engine';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
const withSentence = (s: string) => GOOD_BODY.replace(P, s);

ruleTester('proofreading/spelling', {
  valid: [
    GOOD_BODY,
    { name: 'workplace and technical terms', text: withSentence('I run Kubernetes, PostgreSQL, Salesforce and QuickBooks, and I follow GAAP and IFRS.') },
    { name: 'a company name that looks like a proper noun', text: withSentence('I met the Brightline team at a conference.') },
    { name: 'names from the front matter', text: note({ interviewer: 'Małgorzata Wiśniewska', company: 'Zyphora Labs' }, GOOD_BODY.replace('Dear Dana,', 'Dear Małgorzata,').replace(P, 'Zyphora clearly values its analysts.')) },
    { name: 'British spellings when no dialect is chosen', text: withSentence('Our centre will organise the programme, whatever its colour.') },
    { name: 'British spellings in British English', text: withSentence('Our centre will organise the programme, whatever its colour.'), dialect: 'en-GB' },
    { name: 'British spellings in Canadian and Australian English', text: withSentence('The colour of the centre suits the programme.'), dialect: 'en-AU' },
    { name: 'Canadian English writes colour and organize', text: withSentence('They organize the colour reviews.'), dialect: 'en-CA' },
    { name: 'acronyms and words with digits', text: withSentence('I passed the NCLEX in 2019 and hold an OSHA 30 card, K8s included.') },
    { name: 'words in code and URLs', text: withSentence('See `kubectl rollout restartz` and https://example.org/wrongg for details.') },
    { name: 'initials', text: withSentence('We use e.g. dbt at the U.S. office.') },
    { name: 'names in the middle of a sentence, even one letter from a word', text: withSentence('I worked with Declan, Rhys, Briain, Halden, Priya and Tomasz at Riverbend.') },
    { name: 'a name at the start of a sentence', text: withSentence('Priya showed me the lab, and Tomasz explained the schedule.') },
    { name: 'name particles', text: withSentence('I trained under Dafydd ap Rhys and Ludwig van der Berg.') },
    { name: 'names with particles and hyphens', text: withSentence('I trained under Ana de la Cruz, Ahmed al-Farsi, Siobhan O\'Neill-Park and Mr. d\'Arcy.') },
    { name: '"et al." after an author', text: withSentence('The study by Chen et al. shaped our triage rules.') },
    { name: 'modern professional words', text: withSentence('We discussed readmissions, the makerspace, my recertification and the skillsets of the team.') },
  ],
  invalid: [
    { name: 'a typo', text: withSentence('Thank you for the oppurtunity.'), errors: [{ messageId: 'unknown', text: 'oppurtunity', severity: 'warning' }], output: withSentence('Thank you for the opportunity.') },
    { name: 'a capitalised typo at a sentence start', text: withSentence('Definately a great conversation.'), errors: [{ messageId: 'unknown', text: 'Definately' }], output: withSentence('Definitely a great conversation.') },
    { name: 'two typos', text: withSentence('I am commited to seperate concerns.'), errors: [{ messageId: 'unknown', text: 'commited' }, { messageId: 'unknown', text: 'seperate' }], output: withSentence('I am committed to separate concerns.') },
    { name: 'a misspelled interviewer name in the body', text: withSentence('Ms. Whitfeld explained the plan.'), errors: [{ messageId: 'unknown', text: 'Whitfeld' }], output: withSentence('Ms. Whitfield explained the plan.') },
    { name: 'a capitalised weekday typo', text: withSentence('We met on Tuseday.'), errors: [{ messageId: 'unknown', text: 'Tuseday' }], output: withSentence('We met on Tuesday.') },
    { name: 'a particle that is not before a name', text: withSentence('I found the der file.'), errors: [{ messageId: 'unknown', text: 'der' }] },
    { name: 'a British spelling in American English (en-US chosen)', text: withSentence('I liked the colour of the new centre.'), dialect: 'en-US', errors: [{ messageId: 'british', text: 'colour', message: '("color")' }, { messageId: 'british', text: 'centre' }], output: withSentence('I liked the color of the new center.') },
    { name: 'an American spelling in British English', text: withSentence('I liked the color of the new center.'), dialect: 'en-GB', errors: [{ messageId: 'unknown', text: 'color' }], output: withSentence('I liked the colour of the new center.') },
    { name: 'a typo in British English', text: withSentence('Thank you for the oppurtunity.'), dialect: 'en-GB', errors: [{ messageId: 'unknown', text: 'oppurtunity' }], output: withSentence('Thank you for the opportunity.') },
    { name: 'a typo in the sign-off', text: GOOD_BODY.replace('Best regards,', 'Sincerly,'), errors: [{ messageId: 'unknown', text: 'Sincerly' }], output: GOOD_BODY.replace('Best regards,', 'Sincerely,') },
  ],
});

describe('proofreading/spelling: dictionary and quick fixes', () => {
  it('reports the word for "Add to dictionary" and computes suggestions only on request', () => {
    const found = run('proofreading/spelling', note({}, withSentence('The enviroment was calm.')));
    assert.equal(found.length, 1);
    assert.equal(found[0].data?.word, 'enviroment');
    assert.equal(found[0].fixes, undefined, 'no eager fixes');
    const fixes = found[0].lazyFixes?.() ?? [];
    assert.equal(fixes[0].title, 'Replace with "environment"');
    assert.equal(fixes[0].preferred, true);
    assert.ok(fixes.every((f) => !f.safe), 'spelling fixes are never applied by fix-all');
  });

  it('never flags a word from the workspace word list', () => {
    const doc = parseNote(note({}, withSentence('Our Frobnicator cut costs, and the frobnicator team grew.')));
    const before = lint(doc, { only: ['proofreading/spelling'] });
    assert.ok(before.some((d) => d.data?.word === 'frobnicator'), 'flagged without the word list');
    const after = lint(doc, { only: ['proofreading/spelling'], userWords: new Set(['frobnicator']) });
    assert.deepEqual(after.map((d) => d.data?.word), []);
  });
});
