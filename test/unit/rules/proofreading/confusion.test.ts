import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
const withSentence = (s: string) => GOOD_BODY.replace(P, s);

ruleTester('proofreading/confusion', {
  valid: [
    GOOD_BODY,
    { name: 'your welcome email', text: withSentence('I read your welcome email for new hires.') },
    { name: 'its own and its team', text: withSentence('The clinic runs its own lab, and its team is small.') },
    { name: 'then as time', text: withSentence('We tested it, and then we shipped it.') },
    { name: 'than as comparison', text: withSentence('It was faster than the old job.') },
    { name: 'effect on', text: withSentence('The change had a real effect on wait times, and it affected every shift.') },
    { name: 'should of course', text: withSentence('I should of course mention the audit.') },
    { name: 'its great reputation', text: withSentence('The hospital is known for its great nursing staff.') },
  ],
  invalid: [
    { name: 'your welcome', text: withSentence('Your welcome to call me.'), errors: [{ messageId: 'replace', text: 'Your', severity: 'warning' }], output: withSentence("You're welcome to call me.") },
    { name: "you're team", text: withSentence("I enjoyed meeting you're team."), errors: [{ messageId: 'replace', text: "you're" }], output: withSentence('I enjoyed meeting your team.') },
    { name: 'its been', text: withSentence('Its been a pleasure.'), errors: [{ messageId: 'replace', text: 'Its' }], output: withSentence("It's been a pleasure.") },
    { name: "it's own", text: withSentence("The team has it's own lab."), errors: [{ messageId: 'replace', text: "it's" }], output: withSentence('The team has its own lab.') },
    { name: 'more then', text: withSentence('It was more then I expected.'), errors: [{ messageId: 'replace', text: 'then' }], output: withSentence('It was more than I expected.') },
    { name: 'better then', text: withSentence('It is better then the old way.'), errors: [{ messageId: 'replace', text: 'then' }], output: withSentence('It is better than the old way.') },
    { name: 'an affect on', text: withSentence('It had an affect on morale.'), errors: [{ messageId: 'replace', text: 'affect' }], output: withSentence('It had an effect on morale.') },
    { name: 'could of', text: withSentence('I could of explained it better.'), errors: [{ messageId: 'replace', text: 'of' }], output: withSentence('I could have explained it better.') },
    { name: 'look forward to hear', text: withSentence('I look forward to hear from you.'), errors: [{ messageId: 'replace', text: 'hear' }], output: withSentence('I look forward to hearing from you.') },
  ],
});
