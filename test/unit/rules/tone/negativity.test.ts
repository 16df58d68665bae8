import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
const withSentence = (s: string) => GOOD_BODY.replace(P, s);

ruleTester('tone/negativity', {
  valid: [
    GOOD_BODY,
    { name: 'a story about fixing a chaotic process', text: withSentence('When I joined my current team, the intake process was chaotic, so I rebuilt it.') },
    { name: 'negative words about a technical problem', text: withSentence('The legacy batch job was terrible at handling late records, which is why we moved to streaming.') },
    { name: 'my team did good work in a terrible season', text: withSentence('My team kept the clinic running through a terrible flu season.') },
    { name: 'toxic in a lab context', text: withSentence('I trained new staff to handle toxic reagents safely.') },
    { name: 'a mess hall', text: withSentence('I ran the mess hall kitchen for two years.') },
    { name: 'praise of the interview', text: withSentence('The interview was the best conversation I have had this year.') },
  ],
  invalid: [
    { name: 'my previous employer was a mess', text: withSentence('My previous employer was honestly a mess.'), errors: [{ messageId: 'complaint', text: 'My previous employer was honestly a mess' }], output: GOOD_BODY.replace(' ' + P, '') },
    { name: 'my boss was terrible', text: withSentence('My boss was terrible, so I am ready for a change.'), errors: [{ messageId: 'complaint', text: 'My boss was terrible' }] },
    { name: 'a toxic workplace', text: withSentence('I am eager to leave a toxic workplace.'), errors: [{ messageId: 'phrase', text: 'toxic workplace' }] },
    { name: 'hated my job', text: withSentence('I hated my job there.'), errors: [{ messageId: 'phrase', text: 'hated my job' }] },
    { name: 'a manager who never listened', text: withSentence('My manager never listened to the team.'), errors: [{ messageId: 'complaint', text: 'My manager never listened' }] },
    { name: 'complaining about the hiring process', text: withSentence('The interview process was long and confusing.'), errors: [{ messageId: 'complaint', text: 'The interview process was long and confusing' }] },
    { name: 'coworkers', text: withSentence('My coworkers are lazy and I want out.'), errors: [{ messageId: 'complaint', text: 'My coworkers are lazy' }] },
  ],
});
