import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
const withSentence = (s: string) => GOOD_BODY.replace(P, s);

ruleTester('tone/hedging', {
  valid: [
    GOOD_BODY,
    { name: '"that kind of structure" is not a hedge', text: withSentence('That kind of structure helps new analysts.') },
    { name: '"kind of you" is kindness, not a hedge', text: withSentence('It was so kind of you to walk me through the dashboards.') },
    { name: '"kind of" + a person is kindness', text: withSentence('It was kind of Ms. Ortiz to share the runbook.') },
    { name: '"sort of" + a noun is a noun phrase', text: withSentence('We discussed what sort of work the analysts do and which kind of support helps.') },
    { name: '"what kind of" is a question', text: withSentence('You asked what kind of alerts we use.') },
    { name: '"just" meaning exactly or only', text: withSentence('The migration finished just in time, with just two hours of downtime.') },
    { name: 'a plain "I think" is left alone', text: withSentence('I think the streaming design is sound.') },
    { name: 'a plain "I believe" is left alone', text: withSentence('I believe in writing runbooks early.') },
  ],
  invalid: [
    { name: 'I just wanted to', text: withSentence('I just wanted to say thanks.'), errors: [{ messageId: 'replace', text: 'I just wanted to', severity: 'warning' }], output: withSentence('I want to say thanks.') },
    { name: 'sorry to bother you', text: withSentence('Sorry to bother you again.'), errors: [{ messageId: 'replace', text: 'Sorry to bother you', severity: 'warning' }] },
    { name: 'Sorry for bothering you', text: withSentence('Sorry for bothering you with one more question.'), errors: [{ messageId: 'replace', text: 'Sorry for bothering you' }] },
    { name: 'I think maybe', text: withSentence('I think maybe my experience could help.'), errors: [{ messageId: 'flag', text: 'I think maybe', severity: 'warning' }], output: withSentence('My experience could help.') },
    { name: 'I feel like', text: withSentence('I feel like the team is strong.'), errors: [{ messageId: 'replace', text: 'I feel like', severity: 'information' }] },
    { name: 'hopefully', text: withSentence('Hopefully we can talk again.'), errors: [{ messageId: 'replace', text: 'Hopefully' }] },
    { name: 'just as a minimiser', text: withSentence("I'm just following up on my note."), errors: [{ messageId: 'flag', text: 'just' }], output: withSentence("I'm following up on my note.") },
    { name: 'kind of as a hedge', text: withSentence('The project was kind of similar.'), errors: [{ messageId: 'flag', text: 'kind of' }], output: withSentence('The project was similar.') },
    { name: 'honestly mid-sentence with commas', text: withSentence('The team, honestly, was impressive.'), errors: [{ messageId: 'flag', text: 'honestly' }], output: withSentence('The team was impressive.') },
    { name: 'I may be wrong', text: withSentence('I may be wrong, but the cache looked cold.'), errors: [{ messageId: 'flag', text: 'I may be wrong' }] },
    { name: 'stacked intensifiers', text: withSentence('It was very very useful.'), errors: [{ messageId: 'flag', text: 'very' }], output: withSentence('It was very useful.') },
  ],
});
