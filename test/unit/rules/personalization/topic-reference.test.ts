import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

const offTopic = GOOD_BODY.replace('Our conversation about moving nightly batch jobs to streaming stayed with me.', 'Our conversation stayed with me.');

ruleTester('personalization/topic-reference', {
  valid: [
    GOOD_BODY,
    { name: 'a topic in other word forms', text: offTopic.replace('Our conversation stayed', 'Our talk about streaming the nightly jobs stayed') },
    { name: 'the second topic only', text: offTopic.replace('Our conversation stayed', 'Hearing how the on-call rotation works stayed') },
    { name: 'a topic split across a hard line break', text: offTopic.replace('Our conversation stayed', 'Our talk about the on-call\nrotation stayed') },
    { name: 'no topics listed', text: note({ topics: null }, offTopic) },
    { name: 'an accented topic typed without accents', text: note({ topics: ['the café’s crème brûlée'] }, offTopic.replace('Our conversation stayed', 'Our talk about the creme brulee stayed')) },
  ],
  invalid: [
    {
      name: 'no topic mentioned: the fix adds a sentence to the first paragraph',
      text: offTopic,
      errors: [{ messageId: 'none', text: 'topics', message: '"moving nightly batch jobs to streaming", "the on-call rotation"' }],
      output: offTopic.replace('with timely data.', 'with timely data. I especially enjoyed our conversation about moving nightly batch jobs to streaming.'),
    },
    {
      name: 'a topic mentioned only in a comment',
      text: note({ topics: ['the on-call rotation'] }, offTopic + '<!-- on-call rotation -->\n'),
      errors: [{ messageId: 'none' }],
      output: note({ topics: ['the on-call rotation'] }, offTopic.replace('with timely data.', 'with timely data. I especially enjoyed our conversation about the on-call rotation.') + '<!-- on-call rotation -->\n'),
    },
  ],
});
