import { ruleTester, GOOD_NOTE } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

// The pinned clock is 2026-11-25 09:00 local time.
const at = (interview_date: string | null) => note({ interview_date });

ruleTester('timing/future-date', {
  valid: [
    GOOD_NOTE,
    { name: 'today without a time', text: at('2026-11-25') },
    { name: 'one minute ago', text: at('2026-11-25 08:59') },
    { name: 'long ago is timing/late’s business', text: at('2025-03-02') },
    { name: 'no date', text: at(null) },
  ],
  invalid: [
    {
      name: 'the month one too far',
      text: at('2026-12-24 15:30'),
      errors: [{ messageId: 'future', text: '2026-12-24 15:30' }],
      output: at('2026-11-24 15:30'),
    },
    {
      name: 'the year one too far',
      text: at('2027-11-24'),
      errors: [{ messageId: 'future', text: '2027-11-24' }],
      output: at('2026-11-24'),
    },
    { name: 'later today, with a time', text: at('2026-11-25 14:00'), errors: [{ messageId: 'future', text: '2026-11-25 14:00' }] },
    { name: 'tomorrow', text: at('2026-11-26'), errors: [{ messageId: 'future', text: '2026-11-26' }] },
  ],
});
