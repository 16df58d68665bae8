// The VS Code client's texts that need no editor: the New Thank-You Note steps and defaults, the
// situation list, and the status bar's tooltip.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCandidate, situationDetail, stepCounter, stepsFor, TEMPLATE_PARTS } from '../../../client/src/newNoteSteps';
import { statusText } from '../../../client/src/statusText';
import { plural, type Readiness } from '../../../server/src/protocol';

function render(readiness: Partial<Readiness>): Readiness {
  return { errors: 0, warnings: 0, infos: 0, words: 120, readingMinutes: 1, ready: true, ...readiness };
}

describe('client texts', () => {
  it('plural: one and many', () => {
    assert.equal(plural(0, 'error'), '0 errors');
    assert.equal(plural(1, 'error'), '1 error');
    assert.equal(plural(2, 'warning'), '2 warnings');
  });

  it('status bar tooltip: counts with their plurals, no "(s)", no zero counts', () => {
    const t = statusText(render({ errors: 0, warnings: 1, words: 1, ready: false })).tooltip;
    assert.match(t, /^1 warning to fix before sending\.\n1 word\./);
    assert.doesNotMatch(t, /\(s\)|0 error/);
    assert.match(statusText(render({ errors: 2, warnings: 3, ready: false })).tooltip, /^2 errors and 3 warnings to fix before sending\./);
    assert.match(statusText(render({ errors: 1, ready: false })).tooltip, /^1 error to fix before sending\./);
    assert.match(statusText(render({})).tooltip, /^No errors or warnings: ready to send\.\n120 words\./);
  });

  it('status bar: a sent note says so, not "ready to send", and keeps its counts', () => {
    assert.equal(statusText(render({ sent: '2026-11-24 18:05' })).text, '$(mail) Sent');
    assert.match(statusText(render({ sent: '2026-11-24 18:05' })).tooltip, /^Sent 2026-11-24 18:05\.\n/);
    const withProblems = statusText(render({ sent: '2026-11-24 18:05', errors: 1, ready: false }));
    assert.equal(withProblems.text, '$(mail) Sent $(error) 1');
    assert.match(withProblems.tooltip, /^Sent 2026-11-24 18:05\. 1 error in it\./);
    assert.doesNotMatch(withProblems.tooltip, /before sending/);
  });

  it('New Thank-You Note: every step has a counter; the panel question only for several interviewers', () => {
    assert.equal(stepsFor(1).length, 8);
    assert.deepEqual(stepCounter('interviewers', undefined), { step: 1, totalSteps: 8 });
    assert.deepEqual(stepCounter('candidate', 1), { step: 8, totalSteps: 8 });
    assert.deepEqual(stepCounter('candidate', 3), { step: 8, totalSteps: 9 });
    assert.deepEqual(stepCounter('panel', 3), { step: 9, totalSteps: 9 });
    assert.ok(stepsFor(1).includes('candidate'), 'asks for your name');
  });

  it('your name: the setting, else git config user.name, else empty', () => {
    assert.equal(defaultCandidate('Alex Rivera', 'alex'), 'Alex Rivera');
    assert.equal(defaultCandidate('  ', 'Tom Becker\n'), 'Tom Becker');
    assert.equal(defaultCandidate(undefined, undefined), '');
  });

  it('situations: the description never repeats the label, and every template has one', () => {
    const snippets = JSON.parse(readFileSync(join(__dirname, '../../../snippets/thanks.code-snippets'), 'utf8')) as Record<string, { prefix: string | string[]; description: string }>;
    const letters = Object.entries(snippets).filter(([, s]) => !TEMPLATE_PARTS.has([s.prefix].flat()[0]));
    assert.ok(!letters.some(([name]) => /front matter|sign-off/i.test(name)), `parts listed as situations: ${letters.map(([n]) => n).join(', ')}`);
    for (const [name, s] of letters) {
      const label = name.replace(/^Thank-you note: /, '').toLowerCase();
      const detail = situationDetail(s.description);
      assert.ok(detail.length > 10, name);
      assert.ok(!detail.toLowerCase().startsWith(label), `${name}: "${detail}" repeats the label`);
      assert.ok(detail.length <= 85, `${name}: "${detail}" is too long for one line of the quick pick`);
    }
    assert.equal(situationDetail('After a first interview: thanks, one detail from the conversation.'), 'Thanks, one detail from the conversation.');
  });
});
