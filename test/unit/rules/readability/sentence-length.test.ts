import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
// GOOD_BODY's Kafka sentence has 26 words (a coaching hint of its own): shortened here.
const BASE = GOOD_BODY.replace('and we cut report delays from twelve hours to ten minutes without losing a record.', 'and we cut report delays to ten minutes.');
const withSentence = (s: string) => BASE.replace(P, s);
const LONG = 'I enjoyed hearing how your team supports clinicians across four hospitals with timely data, and I would like to help it grow into streaming with careful monitoring.';
const SEMI = 'The current nightly batch jobs give the clinicians reports that are twelve hours old by morning, but the streaming design you sketched would make them almost live.';
const words = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'Word' : 'word')).join(' ') + '.';

ruleTester('readability/sentence-length', {
  valid: [
    BASE,
    { name: '25 words is fine', text: withSentence(words(25)) },
    { name: 'code does not count as words', text: withSentence(`I ran \`${'x '.repeat(40)}\` on the cluster.`) },
    { name: 'the sign-off and signature are not sentences', text: BASE.replace('Alex Rivera', 'Alex Rivera, Senior Data Engineer, Northwind Clinic Data Platform, Boston Massachusetts, 555 0100, alex.rivera at example dot org, linkedin profile available on request always') },
  ],
  invalid: [
    { name: 'the 26-word sentence of the shared clean body', text: GOOD_BODY, errors: [{ messageId: 'long', severity: 'hint', message: '26 words' }] },
    { name: '26 words is coaching', text: withSentence(words(26)), errors: [{ messageId: 'long', text: words(26), severity: 'hint', message: '26 words' }] },
    { name: '40 words is still coaching', text: withSentence(words(40)), errors: [{ messageId: 'long', text: words(40), severity: 'hint', message: '40 words' }] },
    { name: '41 words is a warning', text: withSentence(words(41)), errors: [{ messageId: 'veryLong', text: words(41), severity: 'warning', message: '41 words' }] },
    {
      name: 'split at ", and" before a new clause, nearest the middle',
      text: withSentence(LONG),
      errors: [{ messageId: 'long', text: LONG }],
      output: withSentence('I enjoyed hearing how your team supports clinicians across four hospitals with timely data. I would like to help it grow into streaming with careful monitoring.'),
    },
    {
      name: 'split at ", but", keeping "But" as the new opening',
      text: withSentence(SEMI),
      errors: [{ messageId: 'long', text: SEMI }],
      output: withSentence('The current nightly batch jobs give the clinicians reports that are twelve hours old by morning. But the streaming design you sketched would make them almost live.'),
    },
  ],
});
