import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
const withSentence = (s: string) => GOOD_BODY.replace(P, s);

ruleTester('tone/pushy', {
  valid: [
    { name: 'their own timeline, restated', text: GOOD_BODY.replace('to your team.', 'to your team. I understand you hope to make a decision by December 4.') },
    GOOD_BODY,
    { name: 'looking forward to next steps', text: withSentence('I look forward to hearing about the next steps.') },
    { name: 'a decision described in the past', text: withSentence('You explained the decision behind the new data warehouse.') },
    { name: 'need in a technical sense', text: withSentence('The pipeline needs a decision log, and I need the job scheduler to be idempotent.') },
    { name: 'thanks for answers is polite', text: withSentence('Thank you for your answers to my questions about the on-call rotation.') },
    { name: 'a first day described at another job', text: withSentence('On my first day at Acme I shadowed the on-call engineer.') },
  ],
  invalid: [
    { name: 'a gift card', text: GOOD_BODY.replace('to your team.', 'to your team. I left a coffee gift card at the front desk for you.'), errors: [{ messageId: 'flag', text: 'gift card' }] },
    { name: 'a deadline within the week', text: GOOD_BODY.replace('to your team.', 'to your team. Please let me know within the week.'), errors: [{ messageId: 'flag', text: 'let me know within the week' }] },
    { name: 'desperation', text: GOOD_BODY.replace('to your team.', 'to your team. This job means everything to me.'), errors: [{ messageId: 'flag', text: 'This job means everything to me' }] },
    { name: 'I really need this job', text: withSentence('I really need this job.'), errors: [{ messageId: 'flag', text: 'I really need this job', severity: 'warning' }], output: GOOD_BODY.replace(' ' + P, '') },
    { name: 'when will I hear back', text: withSentence('When will I hear back?'), errors: [{ messageId: 'replace', text: 'When will I hear' }] },
    { name: 'I need your decision by Friday', text: withSentence('I need your decision by Friday.'), errors: [{ messageId: 'flag', text: 'I need your decision by' }] },
    { name: 'please let me know by Friday', text: withSentence('Please let me know by Friday.'), errors: [{ messageId: 'replace', text: 'let me know by Friday' }] },
    { name: 'calling for a decision', text: withSentence('I will call your office on Monday to get your decision.'), errors: [{ messageId: 'flag', text: 'I will call your office' }, { messageId: 'flag', text: 'to get your decision' }] },
    { name: 'other offers as leverage', text: withSentence('I have other offers, so please decide soon.'), errors: [{ messageId: 'flag', text: 'I have other offers' }] },
    { name: 'any salary', text: withSentence('I will accept any salary you offer.'), errors: [{ messageId: 'flag', text: 'I will accept any salary' }] },
    { name: 'begging is an error', text: withSentence('Please hire me.'), errors: [{ messageId: 'replace', text: 'Please hire me', severity: 'error' }] },
    { name: 'asap', text: withSentence('Let me know ASAP.'), errors: [{ messageId: 'replace', text: 'Let me know ASAP' }] },
  ],
});
