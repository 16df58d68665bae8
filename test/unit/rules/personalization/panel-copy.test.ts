import assert from 'node:assert/strict';
import { ruleTester, run } from '../../../helpers/rule-tester';
import { PANELS } from '../../../fixtures/job-search/panels';
import { report } from '../../../helpers/report';

const panel = (name: string) => PANELS.find((p) => p.name.startsWith(name))!;
const hospital = panel('Harbourview');
const freight = panel('Cobalt');
const others = (p: (typeof PANELS)[number], self: string) => Object.fromEntries(Object.entries(p.notes).filter(([n]) => n !== self));

ruleTester('personalization/panel-copy', {
  valid: [
    { name: 'no other notes in the workspace', text: hospital.notes['priya.thanks'] },
    { name: 'two real notes from one template', text: freight.notes['marek.thanks'], peers: others(freight, 'marek.thanks') },
    { name: 'a different note to the same panel', text: hospital.notes['grace.thanks'], peers: others(hospital, 'grace.thanks') },
  ],
  invalid: [
    {
      name: 'the copy names the other note and marks the shared sentences',
      text: hospital.notes['tom.thanks'],
      peers: { 'priya.thanks': hospital.notes['priya.thanks'] },
      errors: [
        { messageId: 'copy', severity: 'warning', message: 'Priya Raman (priya.thanks)', text: 'Thank you for interviewing me on Tuesday for the Charge Nurse position on the cardiac step-down unit at Harbourview Hospital.' },
        { messageId: 'shared', severity: 'information' },
        { messageId: 'shared', severity: 'information' },
        { messageId: 'shared', severity: 'information' },
        { messageId: 'shared', severity: 'information' },
        { messageId: 'shared', severity: 'information' },
      ],
    },
  ],
});

describe('personalization/panel-copy on every pair of every panel', () => {
  let pairs = 0;
  let flaggedRight = 0;
  let falseAlarms = 0;
  for (const p of PANELS) {
    const names = Object.keys(p.notes);
    for (const a of names) {
      for (const b of names) {
        if (a === b) continue;
        const copy = p.copies.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
        it(`${p.name}: ${a} vs ${b} ${copy ? 'is' : 'is not'} a copy`, () => {
          const found = run('personalization/panel-copy', p.notes[a], undefined, { [b]: p.notes[b] }).filter((d) => d.messageId === 'copy');
          pairs++;
          if (copy && found.length === 1) flaggedRight++;
          if (!copy && found.length > 0) falseAlarms++;
          assert.equal(found.length, copy ? 1 : 0, found.map((d) => d.message).join('; '));
          if (copy) assert.ok(found[0].message.includes(`(${b})`), found[0].message);
        });
      }
    }
  }
  after(() => {
    const copies = PANELS.reduce((n, p) => n + p.copies.length * 2, 0);
    report(`panel-copy: ${pairs} ordered pairs in ${PANELS.length} panels; ${flaggedRight}/${copies} copies flagged, ${falseAlarms} false alarms`);
  });
});
