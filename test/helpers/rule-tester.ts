// Table-driven rule tests, in the manner of ESLint's RuleTester: each case is a whole note (or a
// body, wrapped in a default front matter); invalid cases name the message id and the flagged text;
// fixes are applied and the fixed text re-linted to show the finding is gone.
import assert from 'node:assert/strict';
import { parseNote } from '../../server/src/core/document/parse';
import { lint } from '../../server/src/core/lint/engine';
import { applyEdits } from '../../server/src/core/document/span';
import { rulesById } from '../../server/src/core/rules';
import type { Diagnostic, Severity } from '../../server/src/core/rules/types';
import type { Dialect } from '../../server/src/core/language/dialect';
import { recordOf, type NoteRecord } from '../../server/src/core/workspace/record';

/** 2026-11-25 09:00 local time: the pinned clock of every rule test. */
export const NOW = new Date(2026, 10, 25, 9, 0);

export const FRONT_MATTER = `---
interviewer: Dana Whitfield
role: Senior Data Engineer
company: Northwind Health
email: dana.whitfield@northwind.example
interview_date: 2026-11-24 15:30
topics:
  - moving nightly batch jobs to streaming
  - the on-call rotation
subject: Thank you for the Senior Data Engineer interview
candidate: Alex Rivera
---
`;

/** A clean body that every rule accepts with FRONT_MATTER. */
export const GOOD_BODY = `Dear Dana,

Thank you for taking the time to talk with me yesterday about the Senior Data Engineer role at Northwind Health. I enjoyed hearing how your team supports clinicians with timely data.

Our conversation about moving nightly batch jobs to streaming stayed with me. At my current company I led a similar migration to Kafka, and we cut report delays from twelve hours to ten minutes without losing a record.

I remain very interested in the role and would welcome the chance to bring that experience to your team.

Best regards,
Alex Rivera
`;

export const GOOD_NOTE = FRONT_MATTER + GOOD_BODY;

export interface ValidCase {
  name?: string;
  /** A whole note (starting with ---) or a body (FRONT_MATTER is prepended). */
  text: string;
  now?: Date;
  /** Other notes of the workspace, by file name (for the cross-note rules). */
  peers?: Record<string, string>;
  /** The note's English (setting thanks.dialect); en-US when not given. */
  dialect?: Dialect;
}

export interface InvalidCase extends ValidCase {
  errors: {
    messageId: string;
    /** The exact text the finding covers (first occurrence in the note unless `occurrence`). */
    text?: string;
    severity?: Severity;
    /** Substring expected in the message. */
    message?: string;
  }[];
  /** The text after applying the first (preferred) fix of each finding, when the rule fixes. */
  output?: string;
}

function noteOf(text: string): string {
  return text.startsWith('---') || text.startsWith('\uFEFF---') ? text : FRONT_MATTER + text;
}

/** Records of other notes, as a host's workspace index holds them. */
export function peerRecords(peers: Record<string, string> = {}): NoteRecord[] {
  return Object.entries(peers).map(([name, text]) => recordOf(`file:///notes/${name}`, parseNote(text)));
}

export function run(ruleId: string, text: string, now = NOW, peers?: Record<string, string>, dialect?: Dialect): Diagnostic[] {
  const doc = parseNote(text);
  return lint(doc, { now, only: [ruleId], peers: peerRecords(peers), dialect, onRuleError: (_id, e) => { throw e; } });
}

export function ruleTester(ruleId: string, cases: { valid: (ValidCase | string)[]; invalid: InvalidCase[] }): void {
  const rule = rulesById.get(ruleId);
  describe(ruleId, () => {
    it('is registered', () => assert.ok(rule, `${ruleId} is not in the registry`));
    for (const [i, c0] of cases.valid.entries()) {
      const c = typeof c0 === 'string' ? { text: c0 } : c0;
      it(`valid: ${c.name ?? JSON.stringify(c.text.slice(-60)).slice(0, 70) + ` #${i}`}`, () => {
        const found = run(ruleId, noteOf(c.text), c.now, c.peers, c.dialect);
        assert.deepEqual(found.map((d) => `${d.messageId}: ${d.message}`), []);
      });
    }
    for (const [i, c] of cases.invalid.entries()) {
      it(`invalid: ${c.name ?? JSON.stringify(c.text.slice(-60)).slice(0, 70) + ` #${i}`}`, () => {
        const note = noteOf(c.text);
        const found = run(ruleId, note, c.now, c.peers, c.dialect);
        assert.equal(found.length, c.errors.length, `expected ${c.errors.length} finding(s), got: ${found.map((d) => `${d.messageId} [${note.slice(d.start, d.end)}]`).join('; ')}`);
        c.errors.forEach((e, k) => {
          const d = found[k];
          assert.equal(d.messageId, e.messageId);
          if (e.text !== undefined) assert.equal(note.slice(d.start, d.end), e.text);
          if (e.severity) assert.equal(d.severity, e.severity);
          if (e.message) assert.ok(d.message.includes(e.message), `message "${d.message}" lacks "${e.message}"`);
          assert.ok(d.start >= 0 && d.end <= note.length && d.start <= d.end, 'range inside the note');
        });
        if (c.output !== undefined) {
          const edits = found.flatMap((d) => {
            const fixes = [...(d.fixes ?? []), ...(d.lazyFixes?.() ?? [])];
            const fix = fixes.find((f) => f.preferred) ?? fixes[0];
            return fix ? fix.edits : [];
          });
          assert.ok(edits.length > 0, 'expected a fix');
          const fixed = applyEdits(note, edits);
          assert.equal(fixed, noteOf(c.output));
          const after = run(ruleId, fixed, c.now, c.peers, c.dialect);
          for (const e of c.errors) assert.ok(!after.some((d) => d.messageId === e.messageId && (e.text === undefined || fixed.slice(d.start, d.end) === e.text)), `still flagged after the fix: ${after.map((d) => d.message).join('; ')}`);
        }
      });
    }
  });
}
