import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

const GENERIC = `Dear Dana,

Thank you for taking the time to speak with me yesterday about the Senior Data Engineer position. I appreciated the opportunity to learn more about the role and the team.

I am confident that my skills and experience would make me a valuable addition to your organization, and I look forward to hearing from you.

Best regards,
Alex Rivera
`;
const noTopics = (body: string) => note({ topics: null }, body);

ruleTester('personalization/no-detail', {
  valid: [
    { name: 'topics listed: topic-reference decides', text: note({}, GENERIC) },
    { name: 'a note with details from the conversation', text: noTopics(GOOD_BODY) },
    {
      name: 'a short note with one concrete detail',
      text: noTopics('Hi Dana,\n\nThanks for walking me through the Kafka cutover plan and the on-call rota yesterday. I would be glad to help your team finish the migration.\n\nBest,\nAlex Rivera\n'),
    },
  ],
  invalid: [
    { name: 'nothing but template sentences', text: noTopics(GENERIC), errors: [{ messageId: 'none' }] },
    {
      name: 'the writer’s own background is not a detail of the conversation',
      text: noTopics(GENERIC.replace('I am confident', 'I have five years of Kafka, Flink and dbt work behind me. I am confident')),
      errors: [{ messageId: 'none' }],
    },
  ],
});
