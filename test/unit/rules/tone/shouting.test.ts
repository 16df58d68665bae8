import { note } from '../../../helpers/note';
import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
const withSentence = (s: string) => GOOD_BODY.replace(P, s);

ruleTester('tone/shouting', {
  valid: [
    GOOD_BODY,
    { name: 'acronyms', text: withSentence('I have worked on HVAC controls, IFRS 16 leases, NASA grant reports and OSHA 30 training.') },
    { name: 'certifications with a slash', text: withSentence('I hold BLS/ACLS and an RN license, and I work in the ICU and the OR.') },
    { name: 'acronyms that are also words', text: withSentence('I taught STEM classes and wrote IDEA-compliant plans with SMART goals.') },
    { name: 'a program name from the front matter', text: `---\ninterviewer: Dana Whitfield\nrole: Case Manager\ncompany: BRIDGE Housing\n---\n${GOOD_BODY.replace(P, 'I admire the BRIDGE model.')}` },
  ],
  invalid: [
    { name: 'a subject line in capitals', text: note({ subject: 'THANK YOU FOR THE INTERVIEW TODAY' }), errors: [{ messageId: 'shouting', text: 'THANK YOU FOR THE INTERVIEW TODAY' }], output: note({ subject: 'Thank you for the interview today' }) },
    { name: 'two shouted words', text: withSentence('I am EXTREMELY PASSIONATE about this role.'), errors: [{ messageId: 'shouting', text: 'EXTREMELY PASSIONATE', severity: 'warning' }], output: withSentence('I am extremely passionate about this role.') },
    { name: 'one shouted word', text: withSentence('I would be VERY glad to help.'), errors: [{ messageId: 'shouting', text: 'VERY' }], output: withSentence('I would be very glad to help.') },
    { name: 'a shouted sentence keeps its capital and its acronym', text: withSentence('THANK YOU FOR THE HVAC TOUR.'), errors: [{ messageId: 'shouting', text: 'THANK YOU FOR THE HVAC TOUR' }], output: withSentence('Thank you for the HVAC tour.') },
  ],
});
