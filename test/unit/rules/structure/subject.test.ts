import { ruleTester, GOOD_NOTE } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

const subj = (s: string | null) => note({ subject: s });

ruleTester('structure/subject', {
  valid: [
    { name: 'capitals, exclamation marks and emoji in the subject are the tone rules’ findings', text: subj('Thank you for the Senior Data Engineer interview! 🙏') },
    { name: '"Thank you" says why you write', text: subj('Thank you') },
    GOOD_NOTE,
    { name: 'thanks and the role with a dash', text: subj('Thank you — Senior Data Engineer interview') },
    { name: 'appreciation', text: subj('Appreciating our conversation about the data platform') },
    { name: 'an apostrophe and a name', text: subj("Thank you for Tuesday's interview, Ms. O'Connell") },
    { name: 'a quoted subject with a colon', text: subj('"Thank you: Senior Data Engineer interview"') },
    { name: 'a YAML error elsewhere: no hint about the subject', text: subj(null).replace('role: Senior Data Engineer', 'role: Data Engineer: Platform') },
  ],
  invalid: [
    {
      name: 'no subject: the fix adds one with the role',
      text: subj(null),
      errors: [{ messageId: 'missing', text: '---', severity: 'hint' }],
      output: subj(null).replace('candidate: Alex Rivera\n', 'candidate: Alex Rivera\nsubject: Thank you for the Senior Data Engineer interview\n'),
    },
    { name: 'an empty subject', text: subj(''), errors: [{ messageId: 'missing', text: 'subject', severity: 'hint' }] },
    {
      name: 'vague',
      text: subj('Following up'),
      errors: [{ messageId: 'vague', text: 'Following up' }],
      output: GOOD_NOTE,
    },
    { name: 'one word', text: subj('Interview'), errors: [{ messageId: 'vague', text: 'Interview' }] },
    {
      name: 'a fake reply, quoted in YAML: the quotes survive the fix',
      text: subj('"Re: Thank you for the Senior Data Engineer interview"'),
      errors: [{ messageId: 'fakeReply' }],
      output: subj('"Thank you for the Senior Data Engineer interview"'),
    },
    {
      name: 'a fake reply without quotes',
      text: subj("'Re: Thank you for the Senior Data Engineer interview'"),
      errors: [{ messageId: 'fakeReply' }],
      output: subj("'Thank you for the Senior Data Engineer interview'"),
    },
    {
      name: 'far too long',
      text: subj('Thank you so much for taking the time to meet with me on Tuesday afternoon about the Senior Data Engineer role'),
      errors: [{ messageId: 'tooLong', message: 'Aim for under 60 characters' }],
      output: GOOD_NOTE,
    },
    { name: 'a little long', text: subj('Thank you for Tuesday’s conversation about the data platform role'), errors: [{ messageId: 'longish', severity: 'information' }] },
    { name: 'no thanks in it', text: subj('Senior Data Engineer interview on Tuesday'), errors: [{ messageId: 'noThanks', severity: 'information' }], output: GOOD_NOTE },
  ],
});
