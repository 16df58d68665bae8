#!/usr/bin/env node
// Builds the packed English word set (a "TWS1" file) from a Hunspell dictionary package.
//
// The build (scripts/build.mjs via word-sets.mjs) calls buildWordSet() for each dialect. As a command,
// npm packages are resolved from the current directory's node_modules: dictionary-en (and, per
// dialect, dictionary-en-gb, dictionary-en-ca, dictionary-en-au); cspell-trie-lib only for --format
// cspell. Node >= 20. Example:
//   node scripts/dictionary/build-wordset.mjs --dialect en-gb --out /tmp/en-gb.tws
//   node build-wordset.mjs --aff path/index.aff --dic path/index.dic --out en.tws   (explicit files)
// Options: --dialect en|en-gb|en-ca|en-au (default en)   --format dawg|list|cspell (default dawg;
// list and cspell exist for the bake-off only)   --out FILE   --quiet
//
// File: "TWS1" | uint32 LE header length | header (ASCII JSON) | zero padding to 4 | payload.
// The header carries what is code-like but dictionary-specific: the compiled COMPOUNDRULE regexes
// (ordinals), ICONV and the REP table; the payload carries the records (see expand.mjs):
//   dawg    the automaton of dawg.mjs (what wordset.ts reads)
//   list    the records joined with "\n" (candidates a and b of the bake-off)
//   cspell  cspell-trie-lib's binary trie (encodeITrieToBTrie) of the same records
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { buildModel } from './expand.mjs';
import { buildDawg } from './dawg.mjs';

export const DIALECTS = { en: 'dictionary-en', 'en-gb': 'dictionary-en-gb', 'en-ca': 'dictionary-en-ca', 'en-au': 'dictionary-en-au' };

/** The directory of an installed package, looked up from `from` (default: the current directory) upwards. */
export function packageDir(name, from = process.cwd()) {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const p = join(dir, 'node_modules', name);
    if (existsSync(join(p, 'package.json'))) return p;
    if (dirname(dir) === dir) throw new Error(`package ${name} not found from ${from} (npm install it there)`);
  }
}

export function readDialect(dialect, from = process.cwd()) {
  const pkg = DIALECTS[dialect];
  if (!pkg) throw new Error(`unknown dialect ${dialect}`);
  const dir = packageDir(pkg, from);
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  return {
    aff: readFileSync(join(dir, 'index.aff'), 'utf8'),
    dic: readFileSync(join(dir, 'index.dic'), 'utf8'),
    source: `${pkg}@${version}`,
  };
}

const asciiJson = (v) => JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));

/** Wraps a payload into the TWS1 container. */
export function container(header, kind, payload) {
  // the header's payload offset depends on the header's own length: iterate until stable
  let offset = 0;
  let json;
  for (;;) {
    json = asciiJson({ ...header, payload: { kind, offset, length: payload.byteLength } });
    const start = (8 + json.length + 3) & ~3;
    if (start === offset) break;
    offset = start;
  }
  const out = new Uint8Array(offset + payload.byteLength);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, 0x31535754, true);
  dv.setUint32(4, json.length, true);
  for (let i = 0; i < json.length; i++) out[8 + i] = json.charCodeAt(i);
  out.set(payload, offset);
  return out;
}

let cspell;
async function cspellLib() {
  cspell ??= await import(pathToFileURL(join(packageDir('cspell-trie-lib'), 'dist', 'index.js')).href);
  return cspell;
}

/** Builds one file. Returns the bytes, the model and the time of each step (ms). */
export async function buildWordSet({ aff, dic, dialect = 'en', source = '', format = 'dawg', model }) {
  const t0 = performance.now();
  model ??= buildModel(aff, dic, { dialect, source });
  const t1 = performance.now();
  let payload;
  let extra = {};
  if (format === 'dawg') {
    const d = buildDawg(model.records);
    payload = d.bytes;
    extra = { states: d.states, arcs: d.arcs, nextArcs: d.nextArcs };
  } else if (format === 'list') {
    payload = new TextEncoder().encode(model.records.join('\n'));
  } else if (format === 'cspell') {
    const lib = await cspellLib();
    // optimize: merges duplicate sub-tries (2.4 MB -> 0.55 MB). useStringTable is NOT used: in
    // 10.4.1 it drops words (1,492 of 142,810 records missing, plus false positives)
    const trie = lib.buildITrieFromWords(model.records, undefined, { optimize: true });
    payload = lib.encodeITrieToBTrie(trie, { optimize: true });
  } else throw new Error(`unknown format ${format}`);
  const t2 = performance.now();
  const bytes = container(model.header, format, payload);
  return { bytes, model, extra, ms: { expand: t1 - t0, pack: t2 - t1, total: performance.now() - t0 } };
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const dialect = opt('dialect', 'en');
  const format = opt('format', 'dawg');
  const out = opt('out', `${dialect}.${format === 'dawg' ? 'tws' : format}`);
  const t0 = performance.now();
  const src = opt('aff')
    ? { aff: readFileSync(opt('aff'), 'utf8'), dic: readFileSync(opt('dic'), 'utf8'), source: opt('dic') }
    : readDialect(dialect);
  const r = await buildWordSet({ ...src, dialect, format });
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, r.bytes);
  if (!args.includes('--quiet')) {
    const s = r.model.stats;
    console.log(
      `${out}: ${r.bytes.byteLength} bytes (${format}) from ${src.source}; ${s.forms} forms ` +
        `(${s.lowerForms} lower, ${s.capForms} Capitalised, ${s.upperForms} ALL CAPS, ${s.mixedForms} mixed), ` +
        `${s.displayRecords} display records, ${s.noSuggest} NOSUGGEST; ` +
        `expand ${r.ms.expand.toFixed(0)} ms, pack ${r.ms.pack.toFixed(0)} ms, total with reading ${(performance.now() - t0).toFixed(0)} ms` +
        (r.extra.states ? `; ${r.extra.states} states, ${r.extra.arcs} arcs (${r.extra.nextArcs} NEXT)` : ''),
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
