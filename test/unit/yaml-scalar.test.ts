import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { yamlScalar } from '../../server/src/core/document/frontmatter/writer';

describe('yamlScalar (front-matter values written by New Thank-You Note…)', () => {
  const values = [
    'Dana Whitfield', "Siobhan O'Connell", 'Hélène Marchetti', 'Dr. Karin Lindqvist', 'Halvorsen & Sons Electric',
    'Clinical Laboratory Scientist: Microbiology', '2026-11-24 15:30', '2026', '3.5', '1e5', 'true', 'no', '~',
    'a@b.example', '[Company Name]', '{{role}}', '#hash', 'x "quoted"', '12-hour rotating shifts', 'C++ dev', ' lead', 'trail ',
    'line\nbreak', '- dash', '? question', '* star', '!tag', '%percent', '`tick`', 'a # comment',
  ];
  for (const v of values) {
    it(`round-trips ${JSON.stringify(v)}`, () => assert.equal(parse(`k: ${yamlScalar(v)}`).k, v));
  }
  it('keeps ordinary values plain', () => {
    assert.equal(yamlScalar('Dana Whitfield'), 'Dana Whitfield');
    assert.equal(yamlScalar('2026-11-24 15:30'), '2026-11-24 15:30');
  });
});
