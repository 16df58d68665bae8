import assert from 'node:assert/strict';
import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';
import { emailMatches } from '../../../../server/src/core/rules/placeholder/blank';

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

// The made-up e-mail addresses are looked for around each "@" only: the same matches as the regular
// expression's scan of the whole text, on random texts made of the characters that matter.

describe('placeholder/blank: e-mail addresses found around each "@"', () => {
  const EMAIL_RE = /(?<![\w.+-])([\w.+-]{1,64})@([\w-]+(?:\.[\w-]+)+)/g;
  const scan = (text: string) => [...text.matchAll(EMAIL_RE)].map((m) => [m.index, m[0], m[1], m[2]]);
  const found = (text: string) => emailMatches(text).map((m) => [m.index, m[0], m[1], m[2]]);
  let seed = 7;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pieces = ['a', 'b', '.', '@', '-', '+', '_', ' ', '\n', '1', 'é', 'x'.repeat(60), 'y'.repeat(70), 'you@email.com', '@@', '.com'];

  it('gives what the whole scan gives, on 5,000 random texts and on the edge cases', () => {
    const cases = ['', '@', 'a@b', 'a@b.c', ' a@b.c@d.e ', 'a@b@c.com', `${'z'.repeat(64)}@x.io`, `${'z'.repeat(65)}@x.io`, `q ${'z'.repeat(64)}@x.io`, 'name@mail.example.com, other@mail.example.org', 'x@y.z.@w.v'];
    for (let n = 0; n < 5000; n++) cases.push(Array.from({ length: 1 + Math.floor(random() * 30) }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
    let matched = 0;
    for (const text of cases) {
      assert.deepEqual(found(text), scan(text), JSON.stringify(text));
      matched += scan(text).length;
    }
    assert.ok(matched > 500, `${matched} matches in all`);
  });
});
