import { note } from '../../../helpers/note';
import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

ruleTester('tone/emoji', {
  valid: [
    GOOD_BODY,
    { name: 'typographic symbols', text: GOOD_BODY.replace('timely data.', 'timely data (ClinView® and DataSync™).') },
    { name: 'times and ratios', text: GOOD_BODY.replace('timely data.', 'timely data at 10:30 (a 3:1 ratio).') },
    { name: 'a list in parentheses', text: GOOD_BODY.replace('timely data.', 'timely data: (a) intake, (b) triage.') },
    { name: 'less than three years', text: GOOD_BODY.replace('timely data.', 'timely data in <3 years.') },
  ],
  invalid: [
    { name: 'an emoji in the subject line', text: note({ subject: 'Thank you for the interview 🙏' }), errors: [{ messageId: 'emoji', text: '🙏' }], output: note({ subject: 'Thank you for the interview' }) },
    { name: 'a smiley emoji', text: GOOD_BODY.replace('timely data.', 'timely data 🙂.'), errors: [{ messageId: 'emoji', text: '🙂', severity: 'warning' }], output: GOOD_BODY },
    { name: 'an emoticon', text: GOOD_BODY.replace('timely data.', 'timely data :)'), errors: [{ messageId: 'emoji', text: ':)' }], output: GOOD_BODY.replace('timely data.', 'timely data') },
    { name: 'a winking emoticon', text: GOOD_BODY.replace('timely data.', 'timely data ;-)'), errors: [{ messageId: 'emoji', text: ';-)' }] },
    { name: 'an emoji in the sign-off', text: GOOD_BODY.replace('Best regards,', 'Best regards 🙏,'), errors: [{ messageId: 'emoji', text: '🙏' }] },
    { name: 'a joined emoji sequence', text: GOOD_BODY.replace('timely data.', 'timely data 👩‍💻.'), errors: [{ messageId: 'emoji', text: '👩‍💻' }] },
  ],
});
