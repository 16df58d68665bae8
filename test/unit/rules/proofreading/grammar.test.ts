import { ruleTester } from '../../../helpers/rule-tester';

// Sentences written for these tests (the test set in test/fixtures/grammar judges recall and false alarms).
ruleTester('proofreading/grammar', {
  valid: [
    'The team are meeting on Friday to decide.',
    'If it were up to me, I would start tomorrow.',
    'I suggest that he attend the second interview.',
    'The project had had three managers before I joined.',
    'I will follow up next week, and I can log in to the portal today.',
    'Thank you for the follow-up call and the login details.',
    'Not only did I enjoy the tour, but I also learned a lot.',
    'It was kind of you to stay after the interview.',
    'Ms. van der Berg and Mr. ap Rhys showed me the lab.',
    'Thank you for the information and the advice about the exam.',
    'I look forward to hearing from you.',
  ],
  invalid: [
    { text: 'She have a clear vision for the unit.', errors: [{ messageId: 'agreement', text: 'have' }], output: 'She has a clear vision for the unit.' },
    { text: 'I can helps your team reduce errors.', errors: [{ messageId: 'verb-form', text: 'helps' }], output: 'I can help your team reduce errors.' },
    { text: 'I really enjoyed to meet the whole crew.', errors: [{ messageId: 'verb-pattern', text: 'enjoyed to meet' }], output: 'I really enjoyed meeting the whole crew.' },
    { text: 'I am very interesting in the role.', errors: [{ messageId: 'word-form', text: 'interesting' }], output: 'I am very interested in the role.' },
    { text: 'Thank you for a information about the shifts.', errors: [{ messageId: 'article', text: 'a information' }], output: 'Thank you for information about the shifts.' },
    { text: 'I am very interested for the position.', errors: [{ messageId: 'preposition', text: 'interested for' }], output: 'I am very interested in the position.' },
    { text: 'I have two year of experience in billing.', errors: [{ messageId: 'noun-number', text: 'year' }], output: 'I have two years of experience in billing.' },
    { text: 'I will follow-up next week.', errors: [{ messageId: 'hyphen-verb', text: 'follow-up' }], output: 'I will follow up next week.' },
    { text: 'The new system is more easier to use.', errors: [{ messageId: 'comparison', text: 'more easier' }], output: 'The new system is easier to use.' },
    { text: "I don't have no doubts about the schedule.", errors: [{ messageId: 'negation', text: 'no' }], output: "I don't have any doubts about the schedule." },
    { text: 'I admire the companys mission.', errors: [{ messageId: 'possessive', text: 'companys' }], output: "I admire the company's mission." },
    { text: 'I hope the weather is fine, and I would be glad to except an offer.', errors: [{ messageId: 'confusion', text: 'except' }], output: 'I hope the weather is fine, and I would be glad to accept an offer.' },
  ],
});
