import { ruleTester, GOOD_NOTE } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

// The pinned clock is 2026-11-25 09:00 local time.
const at = (interview_date: string | null) => note({ interview_date });

ruleTester('timing/late', {
  valid: [
    { name: '17 hours after', text: GOOD_NOTE },
    { name: 'yesterday without a time counts from the end of that day', text: at('2026-11-24') },
    { name: 'exactly 24 hours', text: at('2026-11-24 09:00') },
    { name: 'earlier the same morning', text: at('2026-11-25T08:15') },
    { name: 'no date: no timing check', text: at(null) },
    { name: 'an impossible date is invalid-date’s business', text: at('2026-11-31') },
    { name: 'a future date is future-date’s business', text: at('2026-12-24') },
    { name: 'sent: the window no longer matters', text: note({ interview_date: '2026-11-18 14:00', sent: '2026-11-19 08:00' }) },
    { name: 'a follow-up has no 24-hour window', text: note({ interview_date: '2026-11-18 14:00', type: 'follow-up' }) },
  ],
  invalid: [
    { name: '25 hours', text: at('2026-11-24 08:00'), errors: [{ messageId: 'late', text: '2026-11-24 08:00', message: '25 hours' }] },
    { name: 'two days without a time', text: at('2026-11-23'), errors: [{ messageId: 'late', text: '2026-11-23', message: '33 hours' }] },
    { name: 'a week ago', text: at('2026-11-18 14:00'), errors: [{ messageId: 'veryLate', text: '2026-11-18 14:00', message: '7 days' }] },
    { name: 'the weekday is named for the rewrite', text: at('2026-11-20'), errors: [{ messageId: 'veryLate', message: 'on Friday' }] },
  ],
});
