import { ruleTester, GOOD_NOTE } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

ruleTester('frontmatter/invalid-date', {
  valid: [
    GOOD_NOTE,
    { name: 'a date without a time', text: note({ interview_date: '2026-11-24' }) },
    { name: 'ISO with a T', text: note({ interview_date: '2026-11-24T15:30' }) },
    { name: 'with seconds and a zone', text: note({ interview_date: '2026-11-24 15:30:00 +01:00' }) },
    { name: 'UTC marker', text: note({ interview_date: '2026-11-24 14:30Z' }) },
    { name: 'a leap day', text: note({ interview_date: '2028-02-29' }) },
    { name: 'quoted', text: note({ interview_date: '"2026-11-24 15:30"' }) },
    { name: 'no date at all', text: note({ interview_date: null }) },
    { name: 'sent and decision dates', text: note({ sent: '2026-11-25 08:40', decision_date: '2026-12-04' }) },
  ],
  invalid: [
    { name: 'November has 30 days', text: note({ interview_date: '2026-11-31' }), errors: [{ messageId: 'noDay', text: '2026-11-31', message: 'November 2026 has 30 days' }] },
    { name: 'no leap day in 2026', text: note({ interview_date: '2026-02-29 10:00' }), errors: [{ messageId: 'noDay', text: '2026-02-29' }] },
    { name: 'month 13', text: note({ interview_date: '2026-13-02' }), errors: [{ messageId: 'noMonth', text: '2026-13-02' }] },
    { name: 'an impossible hour', text: note({ interview_date: '2026-11-24 25:00' }), errors: [{ messageId: 'badTime', text: '2026-11-24 25:00' }] },
    { name: 'words instead of a date', text: note({ interview_date: 'last Tuesday' }), errors: [{ messageId: 'malformed', text: 'last Tuesday' }] },
    { name: 'day-first order', text: note({ interview_date: '24/11/2026' }), errors: [{ messageId: 'malformed', text: '24/11/2026' }] },
    { name: 'an impossible sent date', text: note({ sent: '2026-11-31 08:00' }), errors: [{ messageId: 'noDay', text: '2026-11-31' }] },
    { name: 'a decision date in words', text: note({ decision_date: 'end of next week' }), errors: [{ messageId: 'malformed', text: 'end of next week' }] },
    { name: 'a 12-hour clock', text: note({ interview_date: '2026-11-24 3:30 PM' }), errors: [{ messageId: 'malformed', text: '2026-11-24 3:30 PM' }] },
  ],
});
