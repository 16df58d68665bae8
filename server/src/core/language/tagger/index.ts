// The part-of-speech tagger of the analysis core, created on first use. Its packed lexicon is a data
// file made at build time (scripts/tagger-lexicon.ts): server/out/dict/tagger-lexicon.txt next to the
// bundles, found from the sources (tests run with tsx) by walking up to server/out/dict.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePackedLexicon } from './lexicon';
import { CompactTagger } from './tagger';

export { CompactTagger } from './tagger';
export * from './tags';

const FILE = 'tagger-lexicon.txt';
let instance: CompactTagger | undefined;

function locate(): string {
  const bundled = path.join(__dirname, 'dict', FILE);
  if (fs.existsSync(bundled)) return bundled;
  for (let dir = __dirname; ; ) {
    const built = path.join(dir, 'server', 'out', 'dict', FILE);
    if (fs.existsSync(built)) return built;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`Part-of-speech lexicon not found: looked for ${bundled} (run "npm run build" to make it)`);
}

/** The tagger; reads its lexicon (about 0.7 MB, ~2 ms) on the first call. */
export function getTagger(): CompactTagger {
  instance ??= new CompactTagger(parsePackedLexicon(fs.readFileSync(locate(), 'latin1')));
  return instance;
}
