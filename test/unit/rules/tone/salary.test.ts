import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
const withSentence = (s: string) => GOOD_BODY.replace(P, s);

ruleTester('tone/salary', {
  valid: [
    { name: 'a budget is not pay', text: GOOD_BODY.replace('to your team.', 'to your team. I managed a $38 million campaign budget last year.') },
    GOOD_BODY,
    { name: 'benefits of a design', text: withSentence('I liked hearing about the benefits of streaming for clinicians.') },
    { name: "workers' compensation claims", text: withSentence("I have handled workers' compensation claims for five years.") },
    { name: 'a bonus as an extra', text: withSentence('Knowing Spanish was a bonus on the night shift.') },
    { name: 'pay talk is the job of a payroll specialist', text: note({ role: 'Payroll Specialist', topics: ['PTO accrual rules'] }, withSentence('I reconcile salary, bonus and PTO payments every quarter.')) },
  ],
  invalid: [
    { name: 'a pay figure', text: GOOD_BODY.replace('to your team.', 'to your team. A base of $78,000 plus commission would work for me.'), errors: [{ messageId: 'salary', text: '$78,000' }] },
    { name: 'salary range', text: withSentence('I would also like to discuss the salary range.'), errors: [{ messageId: 'salary', text: 'discuss the salary', severity: 'warning' }], output: GOOD_BODY.replace(' ' + P, '') },
    { name: 'PTO', text: withSentence('Could you tell me more about the PTO policy?'), errors: [{ messageId: 'salary', text: 'PTO' }] },
    { name: 'my salary expectations', text: withSentence('My salary expectations are flexible.'), errors: [{ messageId: 'salary', text: 'My salary expectations' }] },
    { name: 'signing bonus', text: withSentence('Is there a signing bonus?'), errors: [{ messageId: 'salary', text: 'signing bonus' }] },
    { name: 'benefits package', text: withSentence('The benefits package sounded generous.'), errors: [{ messageId: 'salary', text: 'The benefits package' }] },
    { name: 'own pay even in a payroll role', text: note({ role: 'Payroll Specialist' }, withSentence('My salary expectations are flexible.')), errors: [{ messageId: 'salary', text: 'My salary expectations' }] },
  ],
});
