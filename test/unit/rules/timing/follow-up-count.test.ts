import { ruleTester } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

const followUp = (keys: Record<string, string | null> = {}) => note({ type: 'follow-up', subject: 'Following up on the Senior Data Engineer role', decision_date: '2026-11-26', ...keys });
const sentOn = (day: string) => followUp({ sent: `${day} 09:00` });

ruleTester('timing/follow-up-count', {
  valid: [
    { name: 'the first follow-up', text: followUp() },
    { name: 'the second follow-up', text: followUp(), peers: { 'first.thanks': sentOn('2026-12-01') } },
    { name: 'a sent follow-up that was the first of three', text: sentOn('2026-12-01'), peers: { 'second.thanks': sentOn('2026-12-08'), 'third.thanks': followUp() } },
    { name: 'follow-ups to another company do not count', text: followUp(), peers: { 'a.thanks': sentOn('2026-12-01').replace('Northwind Health', 'Contoso'), 'b.thanks': sentOn('2026-12-08').replace('Northwind Health', 'Contoso') } },
    { name: 'thank-you notes do not count', text: followUp(), peers: { 'dana.thanks': note(), 'kofi.thanks': note({ interviewer: 'Kofi Osei' }) } },
  ],
  invalid: [
    {
      name: 'a third follow-up after two sent',
      text: followUp(),
      peers: { 'first.thanks': sentOn('2026-12-01'), 'second.thanks': sentOn('2026-12-08') },
      errors: [{ messageId: 'tooMany', text: 'follow-up', message: 'follow-up 3 for the Northwind Health interview' }],
    },
    {
      name: 'the third of three drafts, by name',
      text: followUp(),
      peers: { 'a.thanks': followUp(), 'b.thanks': followUp() },
      errors: [{ messageId: 'tooMany', message: 'follow-up 3' }],
    },
  ],
});
