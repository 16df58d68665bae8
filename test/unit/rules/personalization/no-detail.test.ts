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
    {
      name: 'a detail in a sentence that also speaks of the writer ("I loved seeing…")',
      text: noTopics('Dear Dana,\n\nThank you for the interview yesterday. I enjoyed hearing how the claims backlog dropped after the Snowflake move, and I would be glad to help.\n\nBest regards,\nAlex Rivera\n'),
    },
    {
      name: 'the writer’s background and a detail of the conversation in one sentence',
      text: noTopics('Dear Dana,\n\nAfter six years in hospital billing, I was glad to see the dashboard the denials team built for the night shift.\n\nBest regards,\nAlex Rivera\n'),
    },
  ],
  invalid: [
    { name: 'nothing but template sentences', text: noTopics(GENERIC), errors: [{ messageId: 'none' }] },
    {
      name: 'the writer’s own background is not a detail of the conversation',
      text: noTopics(GENERIC.replace('I am confident', 'I have five years of Kafka, Flink and dbt work behind me. I am confident')),
      errors: [{ messageId: 'none' }],
    },
    {
      name: 'a background clause in front of a template sentence ("After eight years as…")',
      text: noTopics(GENERIC.replace('I am confident', 'After eight years as a warehouse shift lead at a grocery distributor, I am confident')),
      errors: [{ messageId: 'none' }],
    },
    {
      name: 'verbs and adjectives of any note are no detail, nor a stand-in company name',
      text: noTopics(GENERIC.replace('I appreciated', 'It was exciting to hear how XYZ Company solves problems, and I appreciated')),
      errors: [{ messageId: 'none' }],
    },
  ],
});
