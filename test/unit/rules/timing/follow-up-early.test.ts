import { ruleTester } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

// Follow-ups to the Northwind Health interview of Tuesday 2026-11-24 15:30. Business days are Monday to Friday.
const followUp = (keys: Record<string, string | null> = {}) => note({ type: 'follow-up', subject: 'Following up on the Senior Data Engineer role', ...keys });
const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);
const thankYouWithDecision = note({ decision_date: '2026-12-04', sent: '2026-11-24 19:00' });

ruleTester('timing/follow-up-early', {
  valid: [
    { name: 'five business days after the interview, at the start of that day', text: followUp(), now: at(2026, 12, 1, 0, 0) },
    { name: 'two business days after a Monday decision date', text: followUp({ decision_date: '2026-11-30' }), now: at(2026, 12, 2, 0, 0) },
    { name: 'two business days after a Friday decision date skip the weekend', text: followUp({ decision_date: '2026-12-04' }), now: at(2026, 12, 8, 8, 0) },
    { name: 'a thank-you note is not a follow-up', text: note({ decision_date: '2026-12-04' }) },
    { name: 'a sent follow-up is no longer timed', text: followUp({ sent: '2026-11-26 09:00' }) },
    { name: 'no interview date and no decision date: nothing to count from', text: followUp({ interview_date: null }) },
    { name: 'the decision date from the thank-you note of the same interview', text: followUp(), now: at(2026, 12, 8, 9, 0), peers: { 'dana.thanks': thankYouWithDecision } },
  ],
  invalid: [
    { name: 'the day before five business days have passed', text: followUp(), now: at(2026, 11, 30, 23, 59), errors: [{ messageId: 'afterInterview', text: 'follow-up', message: 'Tue 1 Dec' }] },
    { name: 'the day after the interview', text: followUp(), errors: [{ messageId: 'afterInterview', text: 'follow-up' }] },
    { name: 'one business day after a Monday decision date', text: followUp({ decision_date: '2026-11-30' }), now: at(2026, 12, 1, 23, 59), errors: [{ messageId: 'afterDecision', message: 'Wed 2 Dec' }] },
    { name: 'on the decision date itself', text: followUp({ decision_date: '2026-12-04' }), now: at(2026, 12, 4, 17, 0), errors: [{ messageId: 'afterDecision', message: 'Fri 4 Dec' }] },
    { name: 'the Monday after a Friday decision date', text: followUp({ decision_date: '2026-12-04' }), now: at(2026, 12, 7, 18, 0), errors: [{ messageId: 'afterDecision', message: 'Tue 8 Dec' }] },
    { name: 'the thank-you note’s decision date counts', text: followUp(), now: at(2026, 12, 7, 9, 0), peers: { 'dana.thanks': thankYouWithDecision }, errors: [{ messageId: 'afterDecision', message: 'Fri 4 Dec' }] },
  ],
});
