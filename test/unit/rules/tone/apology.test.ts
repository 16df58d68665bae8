import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
const withSentence = (s: string) => GOOD_BODY.replace(P, s);

ruleTester('tone/apology', {
  valid: [
    GOOD_BODY,
    { name: 'adding to an answer positively', text: withSentence('I would also like to add to my answer about budgets.') },
    { name: 'stumbled upon something', text: withSentence('I stumbled on your engineering blog last year.') },
    { name: 'froze a release', text: withSentence('I froze the release branch two days before launch.') },
    { name: 'could have an impact', text: withSentence('I know I could have a strong impact on your team.') },
  ],
  invalid: [
    { name: 'a part of the interview judged poorly', text: GOOD_BODY.replace('stayed with me.', 'stayed with me. I know the test plate was not perfect on the root pass.'), errors: [{ messageId: 'flag', text: 'the test plate was not perfect' }] },
    { name: 'sorry I was nervous', text: withSentence('Sorry I was so nervous during the interview.'), errors: [{ messageId: 'flag', text: 'Sorry I was so nervous' }], output: GOOD_BODY.replace(' ' + P, '') },
    { name: 'I blanked', text: withSentence('I blanked on the question about budgets.'), errors: [{ messageId: 'flag', text: 'I blanked' }] },
    { name: 'I messed up', text: withSentence('I messed up the SQL question.'), errors: [{ messageId: 'flag', text: 'I messed up' }] },
    { name: "I know I didn't answer well", text: withSentence("I know I didn't answer the SQL question well."), errors: [{ messageId: 'flag', text: "I know I didn't" }] },
    { name: 'I was nervous', text: withSentence('I was a bit nervous at the start.'), errors: [{ messageId: 'flag', text: 'I was a bit nervous' }] },
    { name: 'my mind went blank', text: withSentence('My mind went blank when you asked about budgets.'), errors: [{ messageId: 'flag', text: 'My mind went blank' }] },
    { name: 'forgot to mention is coaching with a rewrite', text: withSentence('I forgot to mention my Kafka certification.'), errors: [{ messageId: 'replace', text: 'I forgot to mention', severity: 'information' }], output: withSentence('I would also like to add my Kafka certification.') },
  ],
});
