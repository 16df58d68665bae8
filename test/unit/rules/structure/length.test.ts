import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const FILLER = 'On the data platform I also kept the nightly loads on time and wrote the runbooks that new engineers still use today.';
const padded = (sentences: number) => GOOD_BODY.replace('stayed with me.', 'stayed with me. ' + Array(sentences).fill(FILLER).join(' '));
const SHORT = 'Dear Dana,\n\nThank you for the interview. I am still very interested.\n\nBest regards,\nAlex Rivera\n';

ruleTester('structure/length', {
  valid: [
    GOOD_BODY,
    { name: 'about 200 words', text: padded(4) },
    { name: 'code and comments do not count', text: GOOD_BODY + '<!-- ' + 'word '.repeat(400) + '-->\n' },
    { name: 'an empty body', text: '' },
  ],
  invalid: [
    { name: 'too short', text: SHORT, errors: [{ messageId: 'tooShort', text: 'Thank you for the interview.', message: 'only 10 words' }] },
    { name: 'long', text: padded(8), errors: [{ messageId: 'long', severity: 'information', text: FILLER, message: '264 words' }] },
    { name: 'too long', text: padded(12), errors: [{ messageId: 'tooLong', severity: 'warning', text: FILLER, message: '352 words' }] },
  ],
});
