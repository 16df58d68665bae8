// Runtime of the packed English word set: a drop-in for the parts of nspell that the Speller uses
// (`correct()`, the data/flags behind `known()`/`plain()`, and the REP table).
//
// Self-contained: no npm dependencies, only node:fs (for loadWordSet); CommonJS-friendly (esbuild
// bundles it into the server like any other module). The file it reads is written by
// build-wordset.mjs from dictionary-en (or -gb, -ca, -au).
//
// API
//   loadWordSet(path): WordSet            reads the file once (readFileSync) and wraps it
//   wordSetFromBytes(bytes): WordSet      the same over bytes already in memory
//   WordSet.has(word)        what nspell's correct(word) returns: trims, applies ICONV (’ -> '),
//                            then the exact form, then (ALL CAPS only) the "Capitalised" form, then the
//                            lower-case form; so "interview", "Interview", "INTERVIEW" (and any other
//                            casing of a lower-case word) pass, "Monday"/"MONDAY" pass and "monday"
//                            does not, and mixed-case entries ("iPod", "McDonald") pass only as listed.
//                            Ordinals (1st, 22nd, 113th) come from the dictionary's COMPOUNDRULEs,
//                            compiled like nspell does (unanchored, case-insensitive).
//   WordSet.display(lower)   the form the suggester may offer for a lower-case string: the string
//                            itself when it is a plain word; "February"/"NASA"/"iPod" for "february",
//                            "nasa", "ipod"; undefined when it is no word or marked NOSUGGEST
//   WordSet.isPlain(lower)   an ordinary lower-case dictionary word that may be suggested
//   WordSet.replacements     the REP table, as nspell's replacementTable
//   WordSet.size             number of surface forms accepted exactly as listed
//
// Storage: a minimal acyclic automaton (DAWG) over "records" (see dawg.mjs for the byte layout):
//   "interview"           the lower-case form is listed
//   "monday\x01C"         the Capitalised form is listed (\x01U: ALL CAPS; \x01 + form: mixed case)
//   "february\x02C"       display form of a lower-case string that is not listed itself
//   "fuck\x03"            the lower-case form is listed but NOSUGGEST
// Lookups walk the bytes in place: nothing is unpacked at load.

export interface WordSet {
  readonly dialect: string;
  readonly size: number;
  has(word: string): boolean;
  display(lower: string): string | undefined;
  isPlain(lower: string): boolean;
  readonly replacements: readonly (readonly [string, string])[];
}

/** What a storage backend provides (the DAWG here; the bench plugs in other backends). */
export interface RecordStore {
  /** The record is present. Keys never contain characters below U+0020 other than the separators. */
  has(record: string): boolean;
  /** The remainder of the only record that starts with `prefix`, if any. */
  completion(prefix: string): string | undefined;
}

export interface WordSetHeader {
  format: string;
  version: number;
  dialect?: string;
  forms: number;
  compoundMin: number;
  compound: string[];
  iconv: [string, string][];
  rep: [string, string][];
  payload?: { kind: string; offset: number; length: number };
}

import { readFileSync } from 'node:fs';

const SEP_CASE = '\x01';
const SEP_DISPLAY = '\x02';
const MARK_NOSUGGEST = '\x03';
const CONTROL = /[\x00-\x1f]/;
const DIGIT = /\d/;

const capOf = (l: string): string => l.charAt(0).toUpperCase() + l.slice(1);

/** Record of a surface form (the builder's formRecord; see expand.mjs). */
function formRecord(form: string): string {
  const l = form.toLowerCase();
  if (form === l) return l;
  if (form === capOf(l)) return l + SEP_CASE + 'C';
  if (form === l.toUpperCase()) return l + SEP_CASE + 'U';
  return l + SEP_CASE + form;
}

export function wordSetFromStore(header: WordSetHeader, store: RecordStore): WordSet {
  const compound = header.compound.map((s) => new RegExp(s, 'i'));
  const iconv = header.iconv;
  const compoundMin = header.compoundMin;
  /** nspell's exact(): the form is listed (and not ONLYINCOMPOUND), or a compound rule matches. */
  const exact = (x: string): boolean => {
    if (!CONTROL.test(x) && store.has(formRecord(x))) return true;
    if (x.length >= compoundMin && DIGIT.test(x)) for (const re of compound) if (re.test(x)) return true;
    return false;
  };
  const isPlain = (lower: string): boolean =>
    !CONTROL.test(lower) && store.has(lower) && !store.has(lower + MARK_NOSUGGEST);
  return {
    dialect: header.dialect ?? '',
    size: header.forms,
    replacements: header.rep,
    has(word: string): boolean {
      let s = word.trim();
      if (!s) return false;
      for (const [from, to] of iconv) if (s.includes(from)) s = s.split(from).join(to);
      if (exact(s)) return true;
      if (s.toUpperCase() === s) {
        const alt = s.charAt(0) + s.slice(1).toLowerCase();
        if (exact(alt)) return true;
      }
      const lower = s.toLowerCase();
      return lower !== s && exact(lower);
    },
    isPlain,
    display(lower: string): string | undefined {
      if (CONTROL.test(lower)) return undefined;
      if (store.has(lower)) return store.has(lower + MARK_NOSUGGEST) ? undefined : lower;
      const code = store.completion(lower + SEP_DISPLAY);
      if (code === undefined) return undefined;
      if (code === 'C') return capOf(lower);
      if (code === 'U') return lower.toUpperCase();
      return code;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// DAWG store

function dawgStore(buf: Uint8Array): RecordStore {
  const end = buf.length;
  let final = false;
  /** Offset of the state reached by `key`, -1 for the sink, -2 when there is no path. */
  const walk = (key: string): number => {
    let p = 0;
    final = false;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (p < 0 || c > 127) return -2;
      for (;;) {
        const b0 = buf[p++];
        let v = buf[p++];
        if (v > 127) {
          v &= 127;
          let shift = 128;
          let b: number;
          do {
            b = buf[p++];
            v += (b & 127) * shift;
            shift *= 128;
          } while (b > 127);
        }
        const label = b0 & 127;
        if (label === c) {
          final = (v & 1) === 1;
          // NEXT (only ever on a last arc): the target's arcs start right here
          if ((v & 2) === 0) p = v < 4 ? -1 : end - (v >>> 2);
          break;
        }
        if (label > c || b0 > 127) return -2;
      }
    }
    return p;
  };
  return {
    has(record: string): boolean {
      return walk(record) !== -2 && final;
    },
    completion(prefix: string): string | undefined {
      let p = walk(prefix);
      if (p < 0) return undefined;
      let out = '';
      for (;;) {
        const b0 = buf[p++];
        let v = buf[p++];
        if (v > 127) {
          v &= 127;
          let shift = 128;
          let b: number;
          do {
            b = buf[p++];
            v += (b & 127) * shift;
            shift *= 128;
          } while (b > 127);
        }
        out += String.fromCharCode(b0 & 127);
        if (v & 1) return out; // the only record with this prefix ends here
        if (v & 2) continue;
        if (v < 4) return undefined;
        p = end - (v >>> 2);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// File

const MAGIC = 0x31535754; // "TWS1" little-endian

/** Splits a packed file into its JSON header and payload. */
export function readContainer(bytes: Uint8Array): { header: WordSetHeader; payload: Uint8Array } {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || dv.getUint32(0, true) !== MAGIC) throw new Error('not a Thanks word set (bad magic)');
  const len = dv.getUint32(4, true);
  let json = '';
  for (let i = 8; i < 8 + len; i++) json += String.fromCharCode(bytes[i]); // the header is ASCII (JSON with \u escapes)
  const header = JSON.parse(json) as WordSetHeader;
  if (header.format !== 'thanks-wordset' || header.version !== 1) throw new Error(`unsupported word set ${header.format} ${header.version}`);
  const pl = header.payload ?? { kind: 'dawg', offset: 8 + len, length: bytes.byteLength - 8 - len };
  return { header, payload: bytes.subarray(pl.offset, pl.offset + pl.length) };
}

export function wordSetFromBytes(bytes: Uint8Array): WordSet {
  const { header, payload } = readContainer(bytes);
  if (header.payload && header.payload.kind !== 'dawg') throw new Error(`wordset.ts reads DAWG payloads, not ${header.payload.kind}`);
  return wordSetFromStore(header, dawgStore(payload));
}

export function loadWordSet(path: string): WordSet {
  return wordSetFromBytes(readFileSync(path));
}
