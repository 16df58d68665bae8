import { ruleTester, GOOD_BODY, FRONT_MATTER } from '../../../helpers/rule-tester';

// FRONT_MATTER: interview on Tuesday 2026-11-24 15:30; the tests' clock is Wednesday 2026-11-25 09:00.
const late = FRONT_MATTER.replace('interview_date: 2026-11-24 15:30', 'interview_date: 2026-11-20 10:00');
const body = (sentence: string) => GOOD_BODY.replace('Thank you for taking the time to talk with me yesterday about', sentence);

ruleTester('timing/relative-date', {
  valid: [
    GOOD_BODY,
    { name: 'yesterday afternoon matches 15:30 the day before', text: body('Thank you for meeting with me yesterday afternoon about') },
    { name: 'the weekday of the interview', text: body('Thank you for meeting with me on Tuesday about') },
    { name: 'last Friday when the interview was last Friday', text: late + GOOD_BODY.replace('talk with me yesterday', 'talk with me last Friday') },
    { name: 'a habit, not a date: "on Friday evenings"', text: body('Thank you for talking with me about the check-in queue on Friday evenings and') },
    { name: 'the future is not the interview', text: GOOD_BODY.replace('I remain very interested', 'I will call your office on Monday. I remain very interested') },
    { name: 'a day word about something else than the meeting', text: GOOD_BODY.replace('to your team.', 'to your team. I tried your advice on a real call this morning, and it worked.') },
    { name: '"today" meaning these days', text: GOOD_BODY.replace('timely data.', 'timely data, which matters more today than ever.') },
    { name: 'a day word in a clause about something else', text: GOOD_BODY.replace('to your team.', 'to your team, and I finished the Kafka course today.') },
    { name: 'no interview date, nothing to compare', text: '---\ninterviewer: Dana Whitfield\nrole: Senior Data Engineer\n---\n' + GOOD_BODY },
  ],
  invalid: [
    {
      name: '"today" the day after, with any meeting verb',
      text: body('Thank you for interviewing me today about'),
      errors: [{ messageId: 'wrongDay', text: 'today', message: 'yesterday' }],
      output: body('Thank you for interviewing me on Tuesday about'),
    },
    { name: 'the day word away from the verb', text: body('Thank you for the time you took today to talk about'), errors: [{ messageId: 'wrongDay', text: 'today' }] },
    { name: '"this past Monday" when it was Tuesday', text: body('Thank you for chatting with me this past Monday about'), errors: [{ messageId: 'wrongDay', text: 'this past Monday' }] },
    { name: '"on Monday" when it was Tuesday', text: body('Thank you for speaking with me on Monday about'), errors: [{ messageId: 'wrongDay', text: 'on Monday' }] },
    {
      name: 'the subject line counts too',
      text: FRONT_MATTER.replace('subject: Thank you for the Senior Data Engineer interview', "subject: Thank you for today's interview") + GOOD_BODY,
      errors: [{ messageId: 'wrongDay', text: "today's" }],
    },
    {
      name: '"yesterday" five days later',
      text: late + GOOD_BODY,
      errors: [{ messageId: 'wrongDay', text: 'yesterday', message: 'Friday' }],
      output: late + GOOD_BODY.replace('talk with me yesterday', 'talk with me on Friday'),
    },
    {
      name: '"this morning" the day after',
      text: body('Thank you for meeting with me this morning about'),
      errors: [{ messageId: 'wrongDay', text: 'this morning' }],
      output: body('Thank you for meeting with me on Tuesday about'),
    },
    {
      name: 'the wrong part of the day',
      text: body('Thank you for meeting with me yesterday morning about'),
      errors: [{ messageId: 'wrongPart', text: 'morning', message: 'afternoon' }],
      output: body('Thank you for meeting with me yesterday afternoon about'),
    },
    {
      name: 'last Monday when it was Tuesday',
      text: body('Thank you for meeting with me last Monday about'),
      errors: [{ messageId: 'wrongDay', text: 'last Monday' }],
    },
  ],
});
