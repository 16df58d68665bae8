import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

ruleTester('placeholder/blank', {
  valid: [
    GOOD_BODY,
    { name: 'a Markdown rule of underscores', text: GOOD_BODY.replace('\n\nOur conversation', '\n\n___\n\nOur conversation') },
    { name: 'an ellipsis is not a blank', text: GOOD_BODY.replace('stayed with me.', 'stayed with me... and still does.') },
    { name: 'a real phone number in the signature', text: GOOD_BODY.replace('Alex Rivera\n', 'Alex Rivera\n(555) 010-2030\n') },
    { name: 'snake_case in a code span', text: GOOD_BODY.replace('to Kafka', 'to Kafka (`nightly___batch`)') },
    { name: 'clothing sizes and Roman numerals', text: GOOD_BODY.replace('timely data.', 'timely data, from XXL scrubs to Phase III trials.') },
    { name: 'a blank inside an HTML comment is invisible', text: GOOD_BODY + '<!-- cut XX percent -->\n' },
    { name: 'strong emphasis with underscores', text: GOOD_BODY.replace('very interested', '___very___ interested') },
    { name: 'a real address at example.com', text: GOOD_BODY.replace('Alex Rivera\n', 'Alex Rivera\nalex.rivera@example.com\n') },
    { name: 'a figure that looks like a phone number but is not one', text: GOOD_BODY.replace('twelve hours', '2,400 rows in 1.5 hours') },
  ],
  invalid: [
    { name: 'an all-fives phone number', text: GOOD_BODY.replace('Alex Rivera\n', 'Alex Rivera\n555-5555\n'), errors: [{ messageId: 'dummyPhone', text: '555-5555' }] },
    { name: 'a sequential phone number', text: GOOD_BODY.replace('Alex Rivera\n', 'Alex Rivera\nCell: 123-456-7890\n'), errors: [{ messageId: 'dummyPhone', text: '123-456-7890' }] },
    { name: 'a number ending in 0000', text: GOOD_BODY.replace('Alex Rivera\n', 'Alex Rivera\n(555) 010-0000\n'), errors: [{ messageId: 'dummyPhone', text: '(555) 010-0000' }] },
    { name: 'a template address', text: GOOD_BODY.replace('Alex Rivera\n', 'Alex Rivera\nyourname@email.com\n'), errors: [{ messageId: 'dummyEmail', text: 'yourname@email.com' }] },
    { name: 'a generic address at example.com', text: GOOD_BODY.replace('Alex Rivera\n', 'Alex Rivera\nemail@example.com\n'), errors: [{ messageId: 'dummyEmail', text: 'email@example.com' }] },
    { name: 'a number left as XX', text: GOOD_BODY.replace('from twelve hours to ten minutes', 'by XX percent'), errors: [{ messageId: 'blank', text: 'XX' }] },
    { name: 'lower-case xxx', text: GOOD_BODY.replace('twelve hours', 'xxx hours'), errors: [{ messageId: 'blank', text: 'xxx' }] },
    { name: 'an underscore line', text: GOOD_BODY.replace('Kafka', '____'), errors: [{ messageId: 'blank', text: '____' }] },
    { name: 'question marks for a fact to look up', text: GOOD_BODY.replace('twelve hours', '??? hours'), errors: [{ messageId: 'blank', text: '???' }] },
    { name: 'a dummy phone number', text: GOOD_BODY.replace('Alex Rivera\n', 'Alex Rivera\n(000) 000-0000\n'), errors: [{ messageId: 'blank', text: '(000) 000-0000' }] },
    { name: 'a blank in the greeting', text: GOOD_BODY.replace('Dear Dana,', 'Dear ____,'), errors: [{ messageId: 'blank', text: '____' }] },
  ],
});
