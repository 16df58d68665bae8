// Every registered rule is complete: id matches its file, metadata is filled in, and it has a
// test table and a doc page (ESLint's and markdownlint's meta-tests). Also: no rule file is left
// out of the registry.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rules } from '../../../server/src/core/rules';
import { CATEGORIES } from '../../../server/src/core/rules/types';

const ROOT = resolve(__dirname, '../../..');
const RULES_DIR = join(ROOT, 'server/src/core/rules');
const TESTS_DIR = join(ROOT, 'test/unit/rules');
const DOCS_DIR = join(ROOT, 'docs/rules');

describe('rule registry (meta)', () => {
  it('has rules, with unique ids', () => {
    assert.ok(rules.length > 0);
    const ids = rules.map((r) => r.meta.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  });

  it('registers every rule file', () => {
    const registered = new Set(rules.map((r) => r.meta.id));
    const files: string[] = [];
    for (const category of readdirSync(RULES_DIR, { withFileTypes: true })) {
      if (!category.isDirectory() || !(CATEGORIES as readonly string[]).includes(category.name)) continue;
      for (const f of readdirSync(join(RULES_DIR, category.name))) if (f.endsWith('.ts')) files.push(`${category.name}/${f.replace(/\.ts$/, '')}`);
    }
    assert.deepEqual(files.filter((f) => !registered.has(f)), [], 'rule files missing from rules/index.ts');
  });

  for (const rule of rules) {
    const { meta } = rule;
    describe(meta.id, () => {
      const [category, name, ...rest] = meta.id.split('/');
      it('has an id category/name that matches its file and exports it', () => {
        assert.match(meta.id, /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
        assert.equal(rest.length, 0);
        assert.equal(category, meta.category);
        const file = join(RULES_DIR, category, `${name}.ts`);
        assert.ok(existsSync(file), `${file} does not exist`);
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        assert.equal(require(file).rule, rule, `${file} does not export this rule as \`rule\``);
      });
      it('has a category from CATEGORIES', () => assert.ok((CATEGORIES as readonly string[]).includes(meta.category), meta.category));
      it('has a description, why, advice and messages', () => {
        for (const field of ['description', 'why', 'advice'] as const) assert.ok(meta[field]?.trim(), `empty ${field}`);
        assert.ok(Object.keys(meta.messages).length > 0, 'no messages');
        for (const [id, text] of Object.entries(meta.messages)) assert.ok(text.trim(), `empty message ${id}`);
        assert.ok(['error', 'warning', 'information', 'hint'].includes(meta.defaultSeverity));
      });
      const testFile = join(TESTS_DIR, category, `${name}.test.ts`);
      it('has a test file that uses only its message ids', () => {
        assert.ok(existsSync(testFile), `missing ${testFile}`);
        const source = readFileSync(testFile, 'utf8');
        const used = [...source.matchAll(/messageId: '([^']+)'/g)].map((m) => m[1]);
        assert.ok(used.length > 0, 'the test file has no must-flag case');
        assert.deepEqual([...new Set(used)].filter((id) => !(id in meta.messages)), [], 'message ids not in meta.messages');
      });
      if (meta.fixable) {
        it('is fixable, so its test file has an output case', () => {
          assert.ok(existsSync(testFile) && /\boutput:/.test(readFileSync(testFile, 'utf8')), `${testFile} has no \`output:\` case`);
        });
      }
      it('has a doc page', () => {
        const doc = join(DOCS_DIR, category, `${name}.md`);
        assert.ok(existsSync(doc), `missing ${doc} (run npm run generate)`);
      });
    });
  }
});
