import { ruleTester, GOOD_BODY } from '../../../helpers/rule-tester';

const P = 'I enjoyed hearing how your team supports clinicians with timely data.';
const withSentence = (s: string) => GOOD_BODY.replace(P, s);

ruleTester('tone/cliche', {
  valid: [
    GOOD_BODY,
    { name: 'a box that is a real box', text: withSentence('I packed the lab samples in the box outside the freezer.') },
    { name: 'concrete evidence', text: withSentence('At Harbor Clinic I rebuilt the intake schedule and cut wait times by a third.') },
  ],
  invalid: [
    { name: 'think outside the box', text: withSentence('I like to think outside the box.'), errors: [{ messageId: 'flag', text: 'think outside the box', severity: 'information' }] },
    { name: 'a string of buzzwords', text: withSentence("I'm a hard-working, detail-oriented team player."), errors: [{ messageId: 'flag', text: 'hard-working' }, { messageId: 'flag', text: 'detail-oriented' }, { messageId: 'flag', text: 'team player' }] },
    { name: 'hit the ground running', text: withSentence('I can hit the ground running.'), errors: [{ messageId: 'flag', text: 'hit the ground running' }] },
    { name: 'synergy has a plainer word', text: withSentence('I see real synergy with your team.'), errors: [{ messageId: 'replace', text: 'synergy' }], output: withSentence('I see real collaboration with your team.') },
    { name: 'valuable asset', text: withSentence('I would be a valuable asset.'), errors: [{ messageId: 'flag', text: 'valuable asset' }] },
    { name: 'go-getter', text: withSentence('I am a go-getter.'), errors: [{ messageId: 'flag', text: 'go-getter' }] },
  ],
});
