import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const QUAL = 'At my current company I led a similar migration to Kafka, and we cut report delays from twelve hours to ten minutes without losing a record.';
const withQual = (s: string) => GOOD_BODY.replace(QUAL, s);

ruleTester('structure/qualification', {
  valid: [
    GOOD_BODY,
    { name: 'a past employer in the past tense', text: withQual('At Globex I led the move from cron jobs to Flink.') },
    { name: '"I’ve" with a curly apostrophe', text: withQual('I’ve run streaming pipelines in production for four years.') },
    { name: '"my background"', text: withQual('My background in clinical data fits that work well.') },
    { name: '"I am certified"', text: withQual('I am certified in Kafka administration.') },
  ],
  invalid: [
    {
      name: 'nothing ties experience to the role',
      text: withQual('It sounds like a big project.'),
      errors: [{ messageId: 'none', severity: 'hint', text: 'Thank you for taking the time to talk with me yesterday about the Senior Data Engineer role at Northwind Health.' }],
    },
    {
      name: 'experience only inside an HTML comment',
      text: withQual('It sounds like a big project. <!-- I led a similar migration -->'),
      errors: [{ messageId: 'none' }],
    },
  ],
});
