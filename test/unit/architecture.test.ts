// The architecture check (npm run check:architecture) fails on what it is meant to catch: it is run
// here on a small scratch tree with one violation at a time.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

function cruise(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'thanks-arch-'));
  try {
    cpSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', strict: true } }));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const r = spawnSync(process.execPath, [DEPCRUISE, 'server/src', 'client/src', '--config', '.dependency-cruiser.cjs'], { cwd: dir, encoding: 'utf8', timeout: 30000 });
    return { status: r.status, output: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const base = {
  'server/src/core/document/model.ts': 'export interface Note { text: string }\n',
  'server/src/core/rules/types.ts': "import type { Note } from '../document/model';\nexport type Check = (n: Note) => void;\n",
  'server/src/protocol/index.ts': 'export const METHOD = "thanks/render";\n',
  'client/src/extension.ts': "import { METHOD } from '../../server/src/protocol';\nexport const m = METHOD;\n",
};

describe('architecture check', function () {
  this.timeout(60000);

  it('passes a tree whose imports point one way', () => {
    const r = cruise(base);
    assert.equal(r.status, 0, r.output);
  });

  it('fails when the client imports the core', () => {
    const r = cruise({ ...base, 'client/src/extension.ts': "import type { Note } from '../../server/src/core/document/model';\nexport type N = Note;\n" });
    assert.notEqual(r.status, 0);
    assert.match(r.output, /client-only-through-protocol/);
  });

  it('fails on an upward import (the document model importing a rule)', () => {
    const r = cruise({ ...base, 'server/src/core/document/model.ts': "import type { Check } from '../rules/types';\nexport interface Note { text: string; check?: Check }\n" });
    assert.notEqual(r.status, 0);
    assert.match(r.output, /document-is-the-bottom/);
  });

  it('fails when the workspace index imports the lint pipeline', () => {
    const r = cruise({
      ...base,
      'server/src/core/lint/check.ts': 'export const checkNote = () => [];\n',
      'server/src/core/workspace/index.ts': "import { checkNote } from '../lint/check';\nexport const index = () => checkNote();\n",
    });
    assert.notEqual(r.status, 0);
    assert.match(r.output, /workspace-below-rules/);
  });

  it('fails on an import cycle', () => {
    const r = cruise({
      ...base,
      'server/src/core/document/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'server/src/core/document/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    assert.notEqual(r.status, 0);
    assert.match(r.output, /no-circular/);
  });
});
