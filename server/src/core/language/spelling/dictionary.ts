// Locates and reads the Hunspell files of dictionary-en (en_US, SCOWL-based).
//
// dictionary-en's index.js is ESM with top-level await, so it is never imported: its index.aff /
// index.dic are read directly. Search order:
//   1. <__dirname>/dict/en.aff + en.dic — the bundled server (scripts/build.mjs copies them to
//      server/out/dict/ next to server.js and cli.js);
//   2. the installed package: dictionary-en's package.json only exports "./index.js", so
//      `require.resolve('dictionary-en/index.aff')` throws ERR_PACKAGE_PATH_NOT_EXPORTED; it is tried
//      first anyway, then the directory of `require.resolve('dictionary-en')` is used;
//   3. node_modules/dictionary-en found by walking up from __dirname (tests run from source with tsx,
//      where __dirname is server/src/core/spelling).
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface DictionaryPaths {
  aff: string;
  dic: string;
}

export interface DictionaryData {
  aff: string;
  dic: string;
}

let located: DictionaryPaths | undefined;

function pair(dir: string, base: string): DictionaryPaths | undefined {
  const aff = path.join(dir, `${base}.aff`);
  const dic = path.join(dir, `${base}.dic`);
  return fs.existsSync(aff) && fs.existsSync(dic) ? { aff, dic } : undefined;
}

function fromPackage(): DictionaryPaths | undefined {
  try {
    const aff = require.resolve('dictionary-en/index.aff');
    const found = pair(path.dirname(aff), 'index');
    if (found) return found;
  } catch {
    // not exported by the package: fall through
  }
  try {
    const found = pair(path.dirname(require.resolve('dictionary-en')), 'index');
    if (found) return found;
  } catch {
    // not resolvable from here (e.g. a bundle moved away from node_modules)
  }
  return undefined;
}

function walkUp(): DictionaryPaths | undefined {
  let dir = __dirname;
  for (;;) {
    const found = pair(path.join(dir, 'node_modules', 'dictionary-en'), 'index');
    if (found) return found;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Paths of the .aff/.dic pair; throws with the places searched when none is found. */
export function locateDictionary(): DictionaryPaths {
  if (located) return located;
  const found = pair(path.join(__dirname, 'dict'), 'en') ?? fromPackage() ?? walkUp();
  if (!found) {
    throw new Error(
      `English dictionary not found: looked for ${path.join(__dirname, 'dict', 'en.aff')} and the dictionary-en package`,
    );
  }
  located = found;
  return found;
}

export function readDictionarySync(): DictionaryData {
  const p = locateDictionary();
  return { aff: fs.readFileSync(p.aff, 'utf8'), dic: fs.readFileSync(p.dic, 'utf8') };
}

export async function readDictionary(): Promise<DictionaryData> {
  const p = locateDictionary();
  const [aff, dic] = await Promise.all([fs.promises.readFile(p.aff, 'utf8'), fs.promises.readFile(p.dic, 'utf8')]);
  return { aff, dic };
}
