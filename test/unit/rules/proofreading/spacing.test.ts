import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
const withSentence = (s: string) => GOOD_BODY.replace(P, s);

ruleTester('proofreading/spacing', {
  valid: [
    GOOD_BODY,
    { name: 'spaces around inline code', text: withSentence('I ran `kubectl  get pods` daily.') },
    { name: 'a Markdown hard line break', text: GOOD_BODY.replace('Best regards,\n', 'Best regards,  \n') },
    { name: 'an emoticon is not punctuation', text: withSentence('It was fun :)') },
  ],
  invalid: [
    { name: 'double space', text: withSentence('Thank you  for your time.'), errors: [{ messageId: 'double', text: '  ', severity: 'information' }], output: withSentence('Thank you for your time.') },
    { name: 'space before a comma', text: withSentence('I enjoyed it , and learned a lot.'), errors: [{ messageId: 'beforePunctuation', text: ' ,' }], output: withSentence('I enjoyed it, and learned a lot.') },
    { name: 'space before a period', text: withSentence('I enjoyed it .'), errors: [{ messageId: 'beforePunctuation', text: ' .' }], output: withSentence('I enjoyed it.') },
  ],
});
