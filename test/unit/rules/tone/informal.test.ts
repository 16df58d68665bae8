import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
const withSentence = (s: string) => GOOD_BODY.replace(P, s);

ruleTester('tone/informal', {
  valid: [
    GOOD_BODY,
    { name: '"cool" as a temperature word', text: withSentence('We kept the server room cool during the heat wave.') },
    { name: '"Hi" is a fine greeting', text: GOOD_BODY.replace('Dear Dana,', 'Hi Dana,') },
    { name: 'U.S. and R&D are not text-speak', text: withSentence('I led R&D work for U.S. hospitals and the U.K. office.') },
    { name: 'units after a number', text: withSentence('I titrated 4 u of insulin under supervision.') },
    { name: 'a slang word inside code is not prose', text: withSentence('I fixed the `gonna` typo in our docs.') },
    { name: 'a slang word inside an HTML comment', text: GOOD_BODY + '<!-- gonna send tomorrow -->\n' },
    { name: '"Ty" as a name', text: withSentence('Ty Henderson from your team showed me the dashboards.') },
    { name: 'pumped water is not slang', text: withSentence('We pumped water out of the basement after the flood.') },
  ],
  invalid: [
    { name: 'a one-word exclamation', text: GOOD_BODY.replace('to your team.', 'to your team. Enjoy!'), errors: [{ messageId: 'interjection', text: 'Enjoy!' }], output: GOOD_BODY },
    { name: 'gonna', text: withSentence("I'm gonna follow up next week."), errors: [{ messageId: 'replace', text: 'gonna', severity: 'warning' }], output: withSentence("I'm going to follow up next week.") },
    { name: 'Gonna keeps its capital', text: withSentence('Gonna be a great team.'), errors: [{ messageId: 'replace', text: 'Gonna' }], output: withSentence('Going to be a great team.') },
    { name: 'wanna', text: withSentence('I wanna help.'), errors: [{ messageId: 'replace', text: 'wanna' }], output: withSentence('I want to help.') },
    { name: 'super excited', text: withSentence("I'm super excited about the role."), errors: [{ messageId: 'replace', text: 'super excited' }], output: withSentence("I'm very excited about the role.") },
    { name: 'awesome', text: withSentence('Your platform is awesome.'), errors: [{ messageId: 'replace', text: 'awesome' }], output: withSentence('Your platform is excellent.') },
    { name: 'pretty awesome is one finding', text: withSentence('The demo was pretty awesome.'), errors: [{ messageId: 'replace', text: 'pretty awesome' }], output: withSentence('The demo was excellent.') },
    { name: 'really cool', text: withSentence('The dashboard was really cool.'), errors: [{ messageId: 'replace', text: 'really cool' }] },
    { name: 'stuff is coaching', text: withSentence('I liked the data stuff.'), errors: [{ messageId: 'replace', text: 'stuff', severity: 'information' }] },
    { name: 'thx is text-speak (error)', text: withSentence('thx for the tour.'), errors: [{ messageId: 'replace', text: 'thx', severity: 'error' }], output: withSentence('thank you for the tour.') },
    { name: 'u is text-speak', text: withSentence('I hope u had a good weekend.'), errors: [{ messageId: 'replace', text: 'u', severity: 'error' }], output: withSentence('I hope you had a good weekend.') },
    { name: 'lol', text: withSentence('The printer jam was funny lol.'), errors: [{ messageId: 'flag', text: 'lol', severity: 'error' }], output: withSentence('The printer jam was funny.') },
    { name: 'btw at the start', text: withSentence('btw, I loved the office.'), errors: [{ messageId: 'replace', text: 'btw' }] },
    { name: 'kinda', text: withSentence('It was kinda hard.'), errors: [{ messageId: 'replace', text: 'kinda' }], output: withSentence('It was somewhat hard.') },
    { name: 'gotta', text: withSentence('I gotta say it was fun.'), errors: [{ messageId: 'replace', text: 'gotta' }] },
    { name: 'yeah', text: withSentence('Yeah, the team was great.'), errors: [{ messageId: 'replace', text: 'Yeah' }], output: withSentence('Yes, the team was great.') },
    { name: 'curly apostrophe y’all', text: withSentence('Y’all were kind.'), errors: [{ messageId: 'replace', text: 'Y’all' }] },
    { name: 'across a line break', text: withSentence('I am super\nexcited to join.'), errors: [{ messageId: 'replace', text: 'super\nexcited' }] },
    { name: 'Hey as a greeting', text: GOOD_BODY.replace('Dear Dana,', 'Hey Dana,'), errors: [{ messageId: 'greeting', text: 'Hey' }], output: GOOD_BODY },
    { name: 'profanity is an error', text: withSentence('The old system was a damn mess.'), errors: [{ messageId: 'flag', text: 'damn', severity: 'error' }] },
    { name: 'stretched words', text: withSentence('I am sooo glad we met.'), errors: [{ messageId: 'elongated', text: 'sooo' }] },
  ],
});
