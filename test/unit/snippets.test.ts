// Every template, expanded with its defaults, shows placeholder findings; filled in with realistic
// values (one row per snippet below) under a clean front matter, it lints without errors or warnings.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNote } from '../../server/src/core/document/parse';
import { lint } from '../../server/src/core/lint/engine';
import { dateVariables, expandSnippet, prefillSnippet, tabStops } from '../../server/src/core/compose/snippet';
import { frontMatter, type FmValue } from '../helpers/note';

const NOW = new Date(2026, 10, 25, 9, 0);
const SNIPPETS = JSON.parse(readFileSync(join(__dirname, '../../snippets/thanks.code-snippets'), 'utf8')) as Record<string, { prefix: string[]; body: string[]; description: string }>;

/** A letter without its sign-off, for the sign-off snippets. */
const LETTER = `Dear Dana,

Thank you for meeting with me on Tuesday about the Senior Data Engineer role at Northwind Health. I enjoyed hearing how your team supports clinicians with timely data.

Our conversation about moving nightly batch jobs to streaming stayed with me. At my current company I led a similar migration to Kafka, and we cut report delays from twelve hours to ten minutes without losing a record.

I remain very interested in the role and would welcome the chance to bring that experience to your team.

`;

interface Row {
  /** Front-matter keys changed from the helper's default (null removes a key). */
  fm?: Record<string, FmValue>;
  /** Tab stop -> what the writer types. */
  fill: Record<number, string>;
  /** How the expanded snippet sits in a note. */
  wrap?: (expanded: string) => string;
}

const DANA = { 1: 'Dana', 2: 'Tuesday' };

const ROWS: Record<string, Row> = {
  'thanks-first-interview': {
    fill: { ...DANA, 3: 'Senior Data Engineer', 4: 'Northwind Health', 5: 'supports clinicians with timely data', 6: 'moving nightly batch jobs to streaming', 7: 'led a migration to Kafka that cut report delays from twelve hours to ten minutes', 8: 'your reporting backlog', 9: 'Best regards', 10: 'Alex Rivera' },
  },
  'thanks-phone-screen': {
    fm: { role: 'Payroll Specialist', company: 'Harbor Freight Lines', interviewer: 'Priya Natarajan', email: 'priya.natarajan@harbor.example', topics: ['the move to a new payroll system'], subject: 'Thank you for the Payroll Specialist call', candidate: 'Marcus Bell' },
    fill: { 1: 'Priya', 2: 'Tuesday', 3: 'Payroll Specialist', 4: 'Harbor Freight Lines', 5: 'that the team pays drivers in four states', 6: 'the move to a new payroll system', 7: 'six years of payroll work and led our own system change last spring', 8: 'Kind regards', 9: 'Marcus Bell' },
  },
  'thanks-panel-member': {
    fm: { interviewer: 'Kofi Osei', email: 'kofi.osei@northwind.example', topics: ['the on-call rotation'] },
    fill: { 1: 'Kofi', 2: 'Tuesday', 3: 'Senior Data Engineer', 4: 'Northwind Health', 5: 'the on-call rotation', 6: 'quiet nights come from good alerts, not heroics', 7: 'rewrote our alert rules and cut pages by half in three months', 8: 'Best regards', 9: 'Alex Rivera' },
  },
  'thanks-final-round': {
    fill: { ...DANA, 3: 'Senior Data Engineer', 4: 'Northwind Health', 5: 'the analytics and platform teams', 6: 'moving nightly batch jobs to streaming', 7: 'moved forty nightly jobs to streaming without a single missed report', 8: 'With thanks', 9: 'Alex Rivera' },
    wrap: (body) => frontMatter() + body.replace('Thank you for Tuesday and', 'Thank you for Tuesday and'),
  },
  'thanks-internal-role': {
    fm: { interviewer: 'Sofia Lindqvist', email: 'sofia.lindqvist@northwind.example', role: 'Analytics Lead', topics: ['the new patient dashboard'], subject: 'Thank you for the Analytics Lead conversation' },
    fill: { 1: 'Sofia', 2: 'Tuesday', 3: 'Analytics Lead', 4: 'Northwind Health', 5: 'the new patient dashboard', 6: 'billing', 7: 'built the monthly revenue reports that finance now uses every week', 8: 'Thank you', 9: 'Alex Rivera' },
  },
  'thanks-informational': {
    fm: { interviewer: 'Grace Adeyemi', email: 'grace.adeyemi@lumen.example', role: 'UX Researcher', company: 'Lumen Labs', topics: ['building a research portfolio'], subject: 'Thank you for the UX Researcher conversation', candidate: 'Jordan Lee' },
    fill: { 1: 'Grace', 2: 'Tuesday', 3: 'UX Researcher', 4: 'Lumen Labs', 5: 'building a research portfolio', 6: 'started a portfolio with two usability studies from my library job', 7: 'library services', 8: 'With thanks', 9: 'Jordan Lee' },
  },
  'thanks-turned-down': {
    fm: { interview_date: null, topics: ['moving nightly batch jobs to streaming'], subject: 'Thank you, and the Senior Data Engineer role' },
    fill: { 1: 'Dana', 2: 'Senior Data Engineer', 3: 'Northwind Health', 4: 'moving nightly batch jobs to streaming', 5: 'five years of building data pipelines, and I am now finishing a streaming certification', 6: 'the streaming project', 7: 'Kind regards', 8: 'Alex Rivera' },
  },
  'thanks-follow-up': {
    fm: { type: 'follow-up', interview_date: '2026-11-10 10:00', decision_date: '2026-11-20', subject: 'Following up on the Senior Data Engineer role' },
    fill: { 1: 'Dana', 2: 'November 10', 3: 'Senior Data Engineer', 4: 'Northwind Health', 5: 'November 20', 6: 'finished a course on stream processing', 7: 'moving nightly batch jobs to streaming', 8: 'Best regards', 9: 'Alex Rivera' },
  },
  'thanks-frontmatter': {
    fill: { 1: 'Dana Whitfield', 2: 'Senior Data Engineer', 3: 'Northwind Health', 4: 'dana.whitfield@northwind.example', 5: '2026-11-24 15:30', 6: 'moving nightly batch jobs to streaming', 7: 'Thank you for the Senior Data Engineer interview', 8: 'Alex Rivera' },
    wrap: (fm) => fm + LETTER + 'Best regards,\nAlex Rivera\n',
  },
  'thanks-follow-up-frontmatter': {
    fill: { 1: 'Dana Whitfield', 2: 'Senior Data Engineer', 3: 'Northwind Health', 4: 'dana.whitfield@northwind.example', 5: '2026-11-10 10:00', 6: '2026-11-20', 7: 'Following up on the Senior Data Engineer role', 8: 'Alex Rivera' },
    wrap: (fm) => fm + 'Dear Dana,\n\nThank you again for meeting with me on November 10 about the Senior Data Engineer role at Northwind Health. You mentioned a decision by November 20, so I am writing to ask whether there is an update on the timeline.\n\nI am still very interested in the role. Since we spoke, I finished a course on stream processing, which ties in with our conversation about moving nightly batch jobs to streaming.\n\nBest regards,\nAlex Rivera\n',
  },
  'thanks-signoff': {
    fill: { 1: 'Best regards', 2: 'Alex Rivera' },
    wrap: (s) => frontMatter() + LETTER + s,
  },
  'thanks-signoff-contact': {
    fill: { 1: 'Kind regards', 2: 'Alex Rivera', 3: '(415) 555-0142', 4: 'alex.rivera@example.com' },
    wrap: (s) => frontMatter() + LETTER + s,
  },
};

function note(prefix: string, body: string): string {
  const row = ROWS[prefix];
  return row.wrap ? row.wrap(body) : frontMatter(row.fm ?? {}) + body;
}

function problems(text: string): string[] {
  return lint(parseNote(text), { now: NOW, onRuleError: (_id, e) => { throw e; } })
    .filter((d) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => `${d.severity} ${d.ruleId}: ${d.message} [${text.slice(d.start, d.end)}]`);
}

describe('snippets: the templates', () => {
  const variables = dateVariables(NOW);
  const entries = Object.entries(SNIPPETS);

  it('cover every situation, each with a prefix and a description', () => {
    const prefixes = entries.map(([, s]) => s.prefix[0]);
    assert.deepEqual(prefixes.sort(), Object.keys(ROWS).sort());
    for (const [name, s] of entries) assert.ok(s.description.length > 20, name);
  });

  for (const [name, snippet] of entries) {
    const prefix = snippet.prefix[0];
    describe(`${prefix} (${name})`, () => {
      it('expanded with its defaults shows placeholder findings at every tab stop left to write', () => {
        const text = note(prefix, expandSnippet(snippet.body, { variables }));
        const errors = lint(parseNote(text), { now: NOW }).filter((d) => d.severity === 'error');
        // A `[Topic]` list item is YAML (a list in a list): frontmatter/value-type flags it; elsewhere placeholder rules do.
        const covered = (label: string) => errors.some((d) => (d.ruleId.startsWith('placeholder/') || d.ruleId === 'frontmatter/value-type') && text.slice(d.start, d.end).includes(label));
        for (const stop of tabStops(snippet.body)) {
          if (!/^\[.*\]$/.test(stop.label)) continue; // choices and prefilled defaults (sign-off, date) are real text
          assert.ok(covered(stop.label), `no error finding for ${stop.label} in:\n${text}`);
        }
        assert.ok(errors.some((d) => d.ruleId.startsWith('placeholder/')), 'at least one placeholder finding');
      });

      it('filled in lints clean (no error or warning)', () => {
        const row = ROWS[prefix];
        for (const stop of tabStops(snippet.body)) assert.ok(row.fill[stop.index] !== undefined, `the fill table lacks tab stop ${stop.index} (${stop.label})`);
        const text = note(prefix, expandSnippet(snippet.body, { fill: row.fill, variables }));
        assert.doesNotMatch(text, /\[[^\]]*\]|\$\{/);
        assert.deepEqual(problems(text), [], text);
      });
    });
  }
});

describe('snippets: the body expander', () => {
  it('expands tab stops, defaults, nested defaults, mirrors, choices, variables and escapes', () => {
    const body = ['${1:Dear} ${2:[Name ${3:x}]}, $1 \\$5 ${4|a,b\\,c|} $CURRENT_YEAR ${UNKNOWN} ${TM_X:fallback}\\}', '$0'];
    assert.equal(expandSnippet(body, { variables: { CURRENT_YEAR: '2026' } }), 'Dear [Name x], Dear $5 a 2026 UNKNOWN fallback}\n');
    assert.equal(expandSnippet(body, { fill: { 1: 'Hi', 2: 'Dana', 4: 'b,c' }, variables: { CURRENT_YEAR: '2026' } }), 'Hi Dana, Hi $5 b,c 2026 UNKNOWN fallback}\n');
    assert.deepEqual(tabStops(body), [{ index: 1, label: 'Dear' }, { index: 2, label: '[Name x]' }, { index: 3, label: 'x' }, { index: 4, label: 'a' }]);
  });

  it('prefills known slots and keeps the tab stops', () => {
    const body = 'Dear ${1:[First Name]}, the ${2:[Job Title]} role at ${3:[Company Name]} and ${4:[other]} $0';
    const pre = prefillSnippet(body, (d) => ({ '[First Name]': 'Dana', '[Job Title]': 'Data $ Engineer}' } as Record<string, string>)[d]);
    assert.equal(pre, 'Dear ${1:Dana}, the ${2:Data \\$ Engineer\\}} role at ${3:[Company Name]} and ${4:[other]} ${0}');
    assert.equal(expandSnippet(pre), 'Dear Dana, the Data $ Engineer} role at [Company Name] and [other] ');
  });
});
