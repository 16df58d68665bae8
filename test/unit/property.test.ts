// Property tests of the core (fast-check): random notes built from realistic fragments and random
// unicode (emoji, combining marks, CRLF, BOM, tabs, NUL, lone surrogates), and random edit sequences.
// Properties: lint never throws; every diagnostic lies inside the note; every fix edits only its own
// ranges (in bounds, non-overlapping) and leaves the rest of the text as it was; fix-all is idempotent.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseNote } from '../../server/src/core/document/parse';
import { lint } from '../../server/src/core/lint/engine';
import { fixAll } from '../../server/src/core/lint/fixes';
import { applyRandomEdit, checkDiagnostics, editArb, noteArb } from '../helpers/random-notes';
import { report } from '../helpers/report';

const NOW = new Date(2026, 10, 25, 9, 0);
export const CORE_RUNS = Number(process.env.THANKS_PROPERTY_RUNS ?? 300);

describe('property: the core on random notes', function () {
  this.timeout(120_000);
  before(() => report(`core property runs: ${CORE_RUNS} notes, ${Math.ceil(CORE_RUNS / 3)} edit sequences, ${Math.ceil(CORE_RUNS / 3)} fix-all checks`));

  it('lint never throws; diagnostics and fixes stay inside the note and their own ranges', () => {
    fc.assert(
      fc.property(noteArb, (text) => {
        const errors: string[] = [];
        const diags = lint(parseNote(text), { now: NOW, onRuleError: (id, e) => errors.push(`${id}: ${(e as Error).stack}`) });
        assert.deepEqual(errors, []);
        checkDiagnostics(text, diags);
      }),
      { numRuns: CORE_RUNS },
    );
  });

  it('random edit sequences: every intermediate note is checked cleanly', () => {
    fc.assert(
      fc.property(noteArb, fc.array(editArb, { minLength: 1, maxLength: 15 }), (start, edits) => {
        let text = start;
        for (const e of edits) {
          text = applyRandomEdit(text, e).text;
          const errors: string[] = [];
          const diags = lint(parseNote(text), { now: NOW, onRuleError: (id, err) => errors.push(`${id}: ${(err as Error).message}`) });
          assert.deepEqual(errors, []);
          for (const d of diags) assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `${d.ruleId} ${d.start}-${d.end}`);
        }
      }),
      { numRuns: Math.ceil(CORE_RUNS / 3) },
    );
  });

  it('fix-all is idempotent', () => {
    fc.assert(
      fc.property(noteArb, (text) => {
        const once = fixAll(text, { now: NOW });
        const twice = fixAll(once.text, { now: NOW });
        if (once.passes < 10) {
          assert.equal(twice.text, once.text, `fix-all changed its own result (${once.applied} fixes, ${once.passes} passes)`);
          assert.equal(twice.applied, 0);
        }
      }),
      { numRuns: Math.ceil(CORE_RUNS / 3) },
    );
  });
});
