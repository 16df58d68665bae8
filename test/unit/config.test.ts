// Configuration precedence (inline directive > .thanksrc.json > settings > defaults), .thanksrc.json
// reading and the upward search for it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { disabledAt, findRcFile, readRcFile, resolveSeverity, settingsFrom, type ConfigLayer } from '../../server/src/core/lint/config';
import { parseNote } from '../../server/src/core/document/parse';
import { lint } from '../../server/src/core/lint/engine';
import { rulesById } from '../../server/src/core/rules';
import { GOOD_BODY, FRONT_MATTER, NOW } from '../helpers/rule-tester';

const slot = rulesById.get('placeholder/slot')!.meta; // default error, category placeholder
const late = rulesById.get('timing/late')!.meta; // default warning, category timing

describe('config: severity precedence', () => {
  it('uses the rule default without configuration, and a finding’s own default before it', () => {
    assert.equal(resolveSeverity(slot, []), 'error');
    assert.equal(resolveSeverity(slot, [], 'information'), 'information');
  });

  it('lets settings change a rule or a category', () => {
    assert.equal(resolveSeverity(slot, [{ rules: { 'placeholder/slot': 'warning' } }]), 'warning');
    assert.equal(resolveSeverity(slot, [{ categories: { placeholder: 'off' } }]), 'off');
    assert.equal(resolveSeverity(late, [{ categories: { placeholder: 'off' } }]), 'warning', 'another category is untouched');
  });

  it('lets .thanksrc.json (stronger, listed first) beat settings', () => {
    const rc: ConfigLayer = { rules: { 'placeholder/slot': 'hint' } };
    const settings: ConfigLayer = { rules: { 'placeholder/slot': 'error' } };
    assert.equal(resolveSeverity(slot, [rc, settings]), 'hint');
    assert.equal(resolveSeverity(slot, [settings, rc]), 'error');
  });

  it('lets a rule beat its category within one layer', () => {
    const layer: ConfigLayer = { rules: { 'placeholder/slot': 'warning' }, categories: { placeholder: 'off' } };
    assert.equal(resolveSeverity(slot, [layer]), 'warning');
  });

  it('lets a stronger layer’s category beat a weaker layer’s rule', () => {
    const rc: ConfigLayer = { categories: { placeholder: 'off' } };
    const settings: ConfigLayer = { rules: { 'placeholder/slot': 'error' } };
    assert.equal(resolveSeverity(slot, [rc, settings]), 'off');
  });

  it('passes "default" on to the next layer', () => {
    const rc: ConfigLayer = { rules: { 'placeholder/slot': 'default' }, categories: { placeholder: 'default' } };
    assert.equal(resolveSeverity(slot, [rc, { rules: { 'placeholder/slot': 'hint' } }]), 'hint');
    assert.equal(resolveSeverity(slot, [rc]), 'error');
  });
});

describe('config: a rule that leaves a mistake to another takes it back when that rule is off', () => {
  const withSlot = FRONT_MATTER + GOOD_BODY.replace('at Northwind Health', 'at [Company Name]');
  const codes = (layers: ConfigLayer[]) => lint(parseNote(withSlot), { now: NOW, layers }).map((d) => d.ruleId).filter((id) => /placeholder|company/.test(id));

  it('company-missing is silent over [Company Name] while placeholder/slot reports it', () => {
    assert.deepEqual(codes([]), ['placeholder/slot']);
  });

  it('reports the unnamed company when the placeholder category or the slot rule is off', () => {
    assert.deepEqual(codes([{ categories: { placeholder: 'off' } }]), ['personalization/company-missing']);
    assert.deepEqual(codes([{ rules: { 'placeholder/slot': 'off' } }]), ['personalization/company-missing']);
    assert.deepEqual(codes([{ rules: { 'placeholder/slot': 'hint' } }]), ['placeholder/slot'], 'a hint still reports it');
  });
});

describe('config: inline directives beat every layer', () => {
  const body = GOOD_BODY.replace('at Northwind Health', 'at [Company Name]');
  const slotFindings = (text: string, layers: ConfigLayer[] = []) =>
    lint(parseNote(FRONT_MATTER + text), { now: NOW, layers, only: ['placeholder/slot', 'timing/late'] }).filter((d) => d.ruleId === 'placeholder/slot');
  const rcError: ConfigLayer[] = [{ rules: { 'placeholder/slot': 'error' } }];

  it('applies the layers when there is no directive', () => {
    assert.deepEqual(slotFindings(body, [{ rules: { 'placeholder/slot': 'warning' } }]).map((d) => d.severity), ['warning']);
    assert.deepEqual(slotFindings(body, [{ categories: { placeholder: 'off' } }]), []);
  });

  it('disable-next-line switches the rule off on the next line only', () => {
    const disabled = body.replace('Thank you for taking', '<!-- thanks-disable-next-line placeholder/slot -->\nThank you for taking');
    assert.deepEqual(slotFindings(disabled, rcError), []);
    const elsewhere = disabled.replace('stayed with me.', 'stayed with me. [Project Name]');
    assert.equal(slotFindings(elsewhere, rcError).length, 1);
  });

  it('disable-line and a category target', () => {
    const disabled = body.replace('at [Company Name].', 'at [Company Name]. <!-- thanks-disable-line placeholder -->');
    assert.deepEqual(slotFindings(disabled, rcError), []);
  });

  it('disable … enable blocks', () => {
    const blocked = body
      .replace('Dear Dana,', '<!-- thanks-disable placeholder/slot -->\nDear Dana,')
      .replace('I remain', '<!-- thanks-enable placeholder/slot -->\nI remain [Closing Line]. I remain');
    const found = slotFindings(blocked, rcError);
    assert.deepEqual(found.map((d) => d.message.includes('[Closing Line]')), [true]);
  });

  it('a bare thanks-disable switches everything off from there on', () => {
    assert.deepEqual(slotFindings('<!-- thanks-disable -->\n' + body, rcError), []);
  });

  it('# thanks-disable in the front matter switches a rule off for the whole note', () => {
    const text = FRONT_MATTER.replace('role: Senior Data Engineer', 'role: Senior Data Engineer  # thanks-disable placeholder/slot') + body;
    assert.deepEqual(lint(parseNote(text), { now: NOW, layers: rcError, only: ['placeholder/slot'] }), []);
  });

  it('disabledAt reads directives in order', () => {
    const lineOf = (o: number) => Math.floor(o / 100);
    const d = (kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line', line: number, targets: string[]) => ({ kind, targets, line, start: line * 100, end: line * 100 + 10 });
    const directives = [d('disable', 2, ['tone']), d('enable', 5, ['tone']), d('disable-next-line', 7, ['tone/informal'])];
    assert.equal(disabledAt(directives, 'tone/informal', 'tone', 1, lineOf), false);
    assert.equal(disabledAt(directives, 'tone/informal', 'tone', 3, lineOf), true);
    assert.equal(disabledAt(directives, 'tone/informal', 'tone', 6, lineOf), false);
    assert.equal(disabledAt(directives, 'tone/informal', 'tone', 8, lineOf), true);
    assert.equal(disabledAt(directives, 'tone/hedging', 'tone', 8, lineOf), false);
    assert.equal(disabledAt(directives, 'timing/late', 'timing', 3, lineOf), false);
  });
});

describe('config: .thanksrc.json', () => {
  it('reads rules, categories and words, normalising "info"', () => {
    const rc = readRcFile('/x/.thanksrc.json', JSON.stringify({ rules: { 'tone/informal': 'off' }, categories: { timing: 'info' }, words: ['Kubernetes', 3] }));
    assert.deepEqual(rc.problems, []);
    assert.deepEqual(rc.layer, { rules: { 'tone/informal': 'off' }, categories: { timing: 'information' }, words: ['Kubernetes'] });
  });

  it('reports malformed JSON with a line and column and does not throw', () => {
    const text = '{\n  "rules": {\n    "tone/informal": "off",\n  }\n}\n';
    const rc = readRcFile('/x/.thanksrc.json', text);
    assert.deepEqual(rc.layer, {});
    assert.equal(rc.problems.length, 1);
    const p = rc.problems[0];
    assert.match(p.message, /not valid JSON/);
    assert.equal(p.file, '/x/.thanksrc.json');
    assert.equal(p.line, 3, 'the line of the stray "}" (0-based)');
    assert.equal(p.column, 2);
  });

  it('reports bad values, unknown keys and unknown categories, and keeps the good parts', () => {
    const rc = readRcFile('/x/.thanksrc.json', JSON.stringify({ rules: { 'tone/informal': 'loud', 'timing/late': 'error' }, categories: { spelling: 'off' }, colour: 'blue' }));
    assert.deepEqual(rc.layer.rules, { 'timing/late': 'error' });
    assert.deepEqual(rc.layer.categories, {});
    assert.equal(rc.problems.length, 3);
    assert.ok(rc.problems.some((p) => /rules\.tone\/informal/.test(p.message)));
    assert.ok(rc.problems.some((p) => /unknown category "spelling"/.test(p.message)));
    assert.ok(rc.problems.some((p) => /unknown key "colour"/.test(p.message)));
  });

  it('rejects a non-object and an unreadable file without throwing', () => {
    assert.equal(readRcFile('/x/.thanksrc.json', '["off"]').problems.length, 1);
    const missing = readRcFile(join(tmpdir(), 'no-such-dir-thanks', '.thanksrc.json'));
    assert.match(missing.problems[0].message, /cannot read/);
  });

  it('accepts a byte-order mark', () => {
    assert.deepEqual(readRcFile('/x/.thanksrc.json', '\uFEFF{"rules": {"timing/late": "off"}}').problems, []);
  });

  it('settingsFrom drops bad values and keeps enable', () => {
    const problems: string[] = [];
    const s = settingsFrom({ enable: false, rules: { 'timing/late': 'hint', 'tone/informal': 7 } }, problems);
    assert.equal(s.enable, false);
    assert.deepEqual(s.rules, { 'timing/late': 'hint' });
    assert.equal(problems.length, 1);
    assert.equal(settingsFrom(null).enable, true);
  });
});

describe('config: findRcFile searches upwards', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'thanks-rc-'));
    mkdirSync(join(root, 'a/b/c'), { recursive: true });
    mkdirSync(join(root, 'a/b/.thanksrc.json'), { recursive: true }); // a folder of that name is not the file
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('finds nothing up to the stop folder', () => {
    assert.equal(findRcFile(join(root, 'a/b/c/note.thanks'), root), undefined);
  });

  it('finds the file in a folder above, and the nearest one first', () => {
    writeFileSync(join(root, 'a/.thanksrc.json'), '{}');
    assert.equal(findRcFile(join(root, 'a/b/c/note.thanks'), root), join(root, 'a/.thanksrc.json'));
    writeFileSync(join(root, 'a/b/c/.thanksrc.json'), '{}');
    assert.equal(findRcFile(join(root, 'a/b/c/note.thanks'), root), join(root, 'a/b/c/.thanksrc.json'));
    assert.equal(findRcFile(join(root, 'a/b/other.thanks'), root), join(root, 'a/.thanksrc.json'));
  });
});
