import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

ruleTester('placeholder/drafting-note', {
  valid: [
    GOOD_BODY,
    { name: 'lower-case "to-do" is prose', text: GOOD_BODY.replace('stayed with me.', 'stayed with me; it is first on my to-do list.') },
    { name: 'a note to self in an HTML comment', text: GOOD_BODY.replace('\nOur conversation', '<!-- TODO: add the Kafka numbers -->\n\nOur conversation') },
    { name: 'TODO inside a code span', text: GOOD_BODY.replace('to Kafka', 'to Kafka (we tracked gaps as `TODO` comments)') },
    { name: 'words that contain the letters', text: GOOD_BODY.replace('timely data.', 'timely data for TBDx trials and the Todoist board.') },
  ],
  invalid: [
    {
      name: 'a TODO line is deleted by the fix',
      text: GOOD_BODY.replace('Our conversation', 'TODO: mention the Kafka numbers\nOur conversation'),
      errors: [{ messageId: 'note', text: 'TODO:' }],
      output: GOOD_BODY,
    },
    { name: 'TBD in a sentence', text: GOOD_BODY.replace('twelve hours', 'TBD hours'), errors: [{ messageId: 'note', text: 'TBD' }] },
    { name: 'TK, the journalist’s mark', text: GOOD_BODY.replace('ten minutes', 'TK minutes'), errors: [{ messageId: 'note', text: 'TK' }] },
    { name: 'FIXME after a sentence', text: GOOD_BODY.replace('stayed with me.', 'stayed with me. FIXME'), errors: [{ messageId: 'note', text: 'FIXME' }] },
    { name: 'a note to self in capitals', text: GOOD_BODY.replace('stayed with me.', 'stayed with me. NOTE TO SELF: shorten this.'), errors: [{ messageId: 'note', text: 'NOTE TO SELF:' }] },
  ],
});
