import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';
import { note } from '../../../helpers/note';

const HP = { company: 'Harbor Point Distribution', role: 'Warehouse Operations Supervisor' };
const BODY = `Dear Dana,

Thank you for walking me through the cross-dock floor on Tuesday. Seeing how your shifts hand over pallets at the dock doors made the Warehouse Operations Supervisor role very concrete.

PARAGRAPH

I remain very interested and would welcome the chance to contribute.

Respectfully,
Alex Rivera
`;
const hp = (paragraph: string, company = HP.company) => note({ ...HP, company }, BODY.replace('PARAGRAPH', paragraph));

ruleTester('personalization/other-company', {
  valid: [
    GOOD_BODY,
    { name: 'a shorter form of the company', text: hp('I would love to bring that experience to Harbor Point.') },
    { name: 'the possessive of the company', text: hp('Harbor Point’s team impressed me with how calmly they handled the holiday peak.') },
    { name: 'a straight-apostrophe possessive', text: hp("I admire Harbor Point's commitment to safety on the floor.") },
    { name: 'a previous employer in the past tense', text: hp('At Globex I led a night shift of twenty pickers and cut mis-picks by a third.') },
    { name: 'a previous employer with "worked at"', text: hp('I worked at Initech Logistics for six years before moving into supervision.') },
    { name: 'my team at a previous employer', text: hp('My team at Globex ran the night shift for three years.') },
    { name: '"before joining" a previous employer', text: hp('Before joining Globex, I drove a forklift at a lumber yard.') },
    { name: 'a past-tense verb right before the context', text: hp('In my last role I served Initech’s customers across three states.') },
    { name: 'a past membership', text: hp('I was a member of Globex’s safety committee for two years.') },
    { name: 'what I learned elsewhere, brought here', text: hp('I hope to bring what I learned at Globex to Harbor Point.') },
    { name: 'an interviewer’s team by possessive', text: hp('I enjoyed hearing about Dana’s team and its weekly safety huddles.') },
    { name: 'the company as a Markdown link', text: hp('I would be glad to join [Harbor Point](https://harborpoint.example) and help the night shift.') },
    { name: 'the company in emphasis', text: hp('I would be proud to contribute to *Harbor Point* during the peak season.') },
    { name: 'a company name with an ampersand and accents', text: hp('I would love to bring my pastry work to Boulangerie Lumière & Fils.', 'Boulangerie Lumière & Fils') },
    { name: 'accents dropped in the body', text: hp('I would love to bring my pastry work to Boulangerie Lumiere.', 'Boulangerie Lumière & Fils') },
    { name: 'an HTML comment naming another company is invisible', text: hp('<!-- copied from the Globex note -->\nI would love to bring that experience to Harbor Point.') },
    { name: 'a code span', text: hp('I would love to bring my `Globex` scripts to Harbor Point.') },
    { name: 'sentence-start words after "to"', text: hp('I would like to add one thing to what I said: I have a forklift certification.') },
  ],
  invalid: [
    {
      name: 'another company left over from the last note',
      text: hp('I would love to bring that experience to Brightline.'),
      errors: [{ messageId: 'other', text: 'Brightline', message: 'Harbor Point Distribution' }],
      output: hp('I would love to bring that experience to Harbor Point Distribution.'),
    },
    {
      name: '"join" another company',
      text: hp('I would be thrilled to join Initech and grow with the team.'),
      errors: [{ messageId: 'other', text: 'Initech' }],
      output: hp('I would be thrilled to join Harbor Point Distribution and grow with the team.'),
    },
    {
      name: 'the role at another company',
      text: hp('The role at Acme Freight would let me grow as a leader.'),
      errors: [{ messageId: 'other', text: 'Acme Freight' }],
    },
    {
      name: 'another company’s mission',
      text: hp('I share Globex’s mission of getting every order out on time.'),
      errors: [{ messageId: 'other', text: 'Globex' }],
    },
    {
      name: 'a past tense far from the context does not excuse a leftover name',
      text: hp('I was thrilled to learn more about joining Brightline.'),
      errors: [{ messageId: 'other', text: 'Brightline' }],
    },
    {
      name: 'the possessive ending stays when the name is replaced',
      text: hp('I would love to be part of Initech Freight’s growth.'),
      errors: [{ messageId: 'other', text: 'Initech Freight' }],
      output: hp('I would love to be part of Harbor Point Distribution’s growth.'),
    },
  ],
});
