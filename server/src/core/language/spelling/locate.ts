// Where a dialect's packed word set is. The build writes server/out/dict/<dialect>.tws next to the
// bundles (scripts/dictionary/word-sets.mjs) and caches it in node_modules/.cache/thanks/dict.
// Search order: THANKS_DICT_DIR; <__dirname>/dict (the bundled server and CLI); then, walking up
// from __dirname (tests and benches running from source or from another bundle), server/out/dict.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Dialect } from '../dialect';

/** The path of `<dialect>.tws`; throws with the places searched when none is found. */
export function locateWordSet(dialect: Dialect): string {
  const file = `${dialect}.tws`;
  const tried: string[] = [];
  const at = (dir: string): string | undefined => {
    const p = path.join(dir, file);
    tried.push(p);
    return fs.existsSync(p) ? p : undefined;
  };
  const env = process.env.THANKS_DICT_DIR;
  const found = (env ? at(env) : undefined) ?? at(path.join(__dirname, 'dict'));
  if (found) return found;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const p = at(path.join(dir, 'server', 'out', 'dict'));
    if (p) return p;
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(`Spelling dictionary ${file} not found (run npm run build); looked in ${tried.slice(0, 3).join(', ')} and server/out/dict above ${__dirname}`);
}
