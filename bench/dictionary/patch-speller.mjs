// The integration sketch, applied to SNAPSHOTS of the project (never to its own files): exports
// HEAD with `git archive` (read-only) twice, into out/srv/nspell and out/srv/wordset, links the
// project's node_modules, and rewrites the wordset copy's spelling engine to run on the packed
// word set. suggest.ts, british.ts, frequency.ts, word-lists.ts and the vocabulary stay as they
// are. Used by suggest-eval.mjs and server-compare.mjs. No npm packages needed.
//
// What changes (in whichever file of the spelling directory holds each piece; the tree is being
// restructured, so each replacement is looked up across the directory's .ts files):
//   - SpellerImpl takes a WordSet instead of nspell: sp.correct(w) -> ws.has(w);
//     suggestible(form) -> ws.isPlain(form); known(lower) -> ws.display(lower) ?? vocabulary;
//     replacements -> ws.replacements; the NOSUGGEST/ONLYINCOMPOUND flags, the proper-noun index
//     and warmSuggestions() go away
//   - loading: loadWordSet(THANKS_WORDSET or <bundle dir>/dict/en.tws) on first use (~2 ms);
//     preload() just loads; isLoaded() is true from the start, so that the server's first publish
//     (resources: 'defer') already runs the spelling rule
import { execFileSync, execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The directory holding suggest.ts with rankSuggestions (the spelling engine). */
export function findSpellingDir(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules' && e.name !== 'out') {
      const f = findSpellingDir(p);
      if (f) return f;
    } else if (e.name === 'suggest.ts' && readFileSync(p, 'utf8').includes('export function rankSuggestions')) return dir;
  }
  return undefined;
}

const LOADING = `/** The packed word set: THANKS_WORDSET, else dict/en.tws next to the bundle (build-wordset.mjs writes it). */
function loadSync(): SpellerImpl {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const path = process.env.THANKS_WORDSET ?? require('node:path').join(__dirname, 'dict', 'en.tws');
  return new SpellerImpl(loadWordSet(path), parseVocabulary(VOCABULARY));
}

/** The speller; the word set loads in ~2 ms, so the first call simply loads it. */
export function getSpeller(): Speller {
  instance ??= loadSync();
  return instance;
}

/** Always true: the speller loads synchronously in a few ms on first use, so no rule waits for it. */
export function isLoaded(): boolean {
  return true;
}

/** Kept for callers: loads now (a few ms); nothing to chunk any more. */
export function preload(): Promise<void> {
  getSpeller();
  return Promise.resolve();
}

`;

/** Rewrites the spelling engine in `dir` (a copy) to use ./wordset; copies wordset.ts there. */
export function patchSpellingDir(dir) {
  const files = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const where = (needle) => {
    const hits = Object.keys(files).filter((f) => files[f].includes(needle));
    if (hits.length !== 1) throw new Error(`spelling engine changed: ${JSON.stringify(needle.slice(0, 70))} found in ${hits.length} files`);
    return hits[0];
  };
  const patch = (from, to) => {
    const f = where(from);
    files[f] = files[f].split(from).join(to);
    return f;
  };
  const cls = patch(
    `  private readonly noSuggest: string | undefined;
  private readonly onlyInCompound: string | undefined;
  private readonly replacements: readonly (readonly [string, string])[];

  constructor(
    private readonly sp: NSpell,
    private readonly vocab: WordList,
  ) {
    const flag = (k: string): string | undefined => (typeof sp.flags[k] === 'string' ? (sp.flags[k] as string) : undefined);
    this.noSuggest = flag('NOSUGGEST');
    this.onlyInCompound = flag('ONLYINCOMPOUND');
    this.replacements = (sp.replacementTable ?? []).filter((r) => typeof r[0] === 'string' && typeof r[1] === 'string');
  }`,
    `  private readonly replacements: readonly (readonly [string, string])[];

  constructor(
    private readonly ws: WordSet,
    private readonly vocab: WordList,
  ) {
    this.replacements = ws.replacements;
  }`,
  );
  files[cls] = files[cls].split('this.sp.correct(').join('this.ws.has(');
  patch(
    `    if (this.suggestible(lower)) return lower;
    return this.properNouns().get(lower) ?? this.vocab.words.get(lower);`,
    `    return this.ws.display(lower) ?? this.vocab.words.get(lower);`,
  );
  patch(
    `  private suggestible(form: string): boolean {
    const codes = this.sp.data[form];
    if (!codes) return false;
    if (this.noSuggest !== undefined && codes.includes(this.noSuggest)) return false;
    if (this.onlyInCompound !== undefined && codes.includes(this.onlyInCompound)) return false;
    return true;
  }`,
    `  private suggestible(form: string): boolean {
    return this.ws.isPlain(form);
  }`,
  );
  {
    const marker = '  /** lower-case -> dictionary form, for words the dictionary has only capitalised';
    const f = where(marker);
    const s = files[f];
    const a = s.indexOf(marker);
    const b = s.indexOf('\n}\n', a);
    files[f] = s.slice(0, a).replace(/\n+$/, '\n') + s.slice(b + 1);
  }
  files[cls] = `import type { WordSet } from './wordset';\n` + files[cls];
  {
    const f = where('function factory(): NSpellFactory {');
    let s = files[f];
    const a = s.indexOf('function factory(): NSpellFactory {');
    const b = s.indexOf('/** `getSpeller().isCorrect(word, extraWords)`');
    if (b < 0) throw new Error('spelling engine changed: checkWord not found after the loading section');
    s = s.slice(0, a) + LOADING + s.slice(b);
    s = s.replace(`import { readDictionary, readDictionarySync } from './dictionary';`, `import { loadWordSet } from './wordset';`);
    s = s.replace('let pending: Promise<void> | undefined;\n', '');
    if (!s.includes(`import { loadWordSet } from './wordset';`)) throw new Error('spelling engine changed: dictionary import not found');
    files[f] = s;
  }
  for (const [f, s] of Object.entries(files)) writeFileSync(join(dir, f), s);
  copyFileSync(join(here, '../../server/src/core/language/spelling/wordset.ts'), join(dir, 'wordset.ts'));
}

/**
 * Two snapshots of the project's HEAD under `out`/srv: { nspell, wordset } directories (the
 * second patched), each with the project's node_modules linked. Returns the dirs, the spelling
 * directory relative to a snapshot, and the commit.
 */
export function snapshots(root, out) {
  const commit = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirs = { nspell: join(out, 'srv', 'nspell'), wordset: join(out, 'srv', 'wordset') };
  let rel;
  for (const [name, dir] of Object.entries(dirs)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execSync(`git -C ${JSON.stringify(root)} archive --format=tar HEAD | tar -x -C ${JSON.stringify(dir)}`);
    if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const sd = findSpellingDir(join(dir, 'server', 'src'));
    if (!sd) throw new Error('spelling engine not found in the snapshot');
    rel = sd.slice(dir.length + 1);
    if (name === 'wordset') patchSpellingDir(sd);
  }
  writeFileSync(join(out, 'srv', 'COMMIT'), commit + '\n');
  let diff = '';
  try {
    diff = execFileSync('diff', ['-ru', '-x', 'wordset.ts', join(dirs.nspell, rel), join(dirs.wordset, rel)], { encoding: 'utf8' });
  } catch (e) {
    diff = e.stdout;
  }
  writeFileSync(join(out, 'speller-integration.diff'), diff.split(out + '/srv/').join(''));
  return { dirs, spellingRel: rel, commit };
}
