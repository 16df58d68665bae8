import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
const withSentence = (s: string) => GOOD_BODY.replace(P, s);

ruleTester('proofreading/sentence-case', {
  valid: [
    GOOD_BODY,
    { name: 'after e.g. and i.e.', text: withSentence('We used tools, e.g. dbt and Airflow, i.e. the usual stack.') },
    { name: 'a brand with a lower-case first letter', text: withSentence('iPhone support was part of the role. eBay was a client.') },
    { name: 'a list item', text: GOOD_BODY.replace(P, 'I liked:\n\n- reducing alert noise\n- the on-call rotation') },
    { name: 'after a title abbreviation', text: withSentence('I met Dr. smith-Jones, who runs the lab.') },
    { name: 'after an ellipsis', text: withSentence('It was a long day... but a good one.') },
    { name: 'a sentence that starts with code', text: withSentence('`kubectl` commands were part of the exercise.') },
    { name: 'after a.m.', text: withSentence('We met at 9 a.m. on Tuesday.') },
    { name: 'after a quoted question the sentence goes on', text: withSentence('You asked, "Why this clinic?" and I told you about my mentor.') },
    { name: 'after a quoted exclamation in curly quotes', text: withSentence('The lead said “Welcome aboard!” and everyone laughed.') },
    { name: 'a tool written in lower case', text: withSentence('npm packages I maintain are listed on my profile.') },
  ],
  invalid: [
    { name: 'paragraph start', text: GOOD_BODY.replace('Our conversation', 'also, our conversation'), errors: [{ messageId: 'lowerStart', text: 'also', severity: 'warning' }], output: GOOD_BODY.replace('Our conversation', 'Also, our conversation') },
    { name: 'after a period', text: withSentence('We met on the review date. since then, our team has grown.'), errors: [{ messageId: 'lowerStart', text: 'since' }], output: withSentence('We met on the review date. Since then, our team has grown.') },
    { name: 'after a quoted statement a new sentence still starts with a capital', text: withSentence('You said "We move fast." then you showed me the board.'), errors: [{ messageId: 'lowerStart', text: 'then' }], output: withSentence('You said "We move fast." Then you showed me the board.') },
    { name: 'lower-case i', text: withSentence('Since then i have grown.'), errors: [{ messageId: 'lowerI', text: 'i' }], output: withSentence('Since then I have grown.') },
    { name: "lower-case i'm at the start", text: withSentence("i'm glad we met."), errors: [{ messageId: 'lowerStart', text: "i'm" }], output: withSentence("I'm glad we met.") },
  ],
});
