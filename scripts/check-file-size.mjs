// No source file over 400 lines (house style: a file that size does several jobs). Data files
// (lexicon word lists, fixtures) are not source. Run by `npm run check:architecture`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_LINES = 400;
const root = join(fileURLToPath(import.meta.url), '../..');
const roots = ['server/src', 'client/src', 'scripts', 'test'];
const skip = new Set(['node_modules', 'out', 'fixtures']);
const tooLong = [];
function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!skip.has(e.name) && !e.name.startsWith('.')) walk(p);
    } else if (/\.(ts|mts|cts|js|mjs|cjs)$/.test(e.name)) {
      const lines = readFileSync(p, 'utf8').split('\n').length;
      if (lines > MAX_LINES) tooLong.push(`${relative(root, p)}: ${lines} lines`);
    }
  }
}
for (const r of roots) walk(join(root, r));
if (tooLong.length) {
  console.error(`Source files over ${MAX_LINES} lines (split them by responsibility):\n  ${tooLong.join('\n  ')}`);
  process.exit(1);
}
console.log(`no source file over ${MAX_LINES} lines`);
