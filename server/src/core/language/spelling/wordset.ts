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
import { readFileSync } from 'node:fs';

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
  /**
   * The surface form with this lower-case key is listed: code '' = the lower-case form itself,
   * 'C' Capitalised, 'U' ALL CAPS, otherwise the mixed-case form itself. Keys with characters
   * below U+0020 are never listed.
   */
  has(lower: string, code: string): boolean;
  /** Bits: 1 the lower-case form is listed, 2 it is NOSUGGEST, 4 a display record exists. */
  probe(lower: string): number;
  /** The display record's code ('C', 'U' or the form), if any. */
  displayCode(lower: string): string | undefined;
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

const CONTROL = /[\x00-\x1f]/;
const DIGIT = /\d/;

const capOf = (l: string): string => l.charAt(0).toUpperCase() + l.slice(1);

export function wordSetFromStore(header: WordSetHeader, store: RecordStore): WordSet {
  const compound = header.compound.map((s) => new RegExp(s, 'i'));
  const iconv = header.iconv;
  const compoundMin = header.compoundMin;
  /** nspell's exact(): the form is listed (and not ONLYINCOMPOUND), or a compound rule matches. */
  const exact = (x: string): boolean => {
    const l = x.toLowerCase();
    // the same case classes as the builder's formRecord() (expand.mjs)
    const code = x === l ? '' : x === capOf(l) ? 'C' : x === l.toUpperCase() ? 'U' : x;
    if (store.has(l, code)) return true;
    if (x.length >= compoundMin && DIGIT.test(x)) for (const re of compound) if (re.test(x)) return true;
    return false;
  };
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
    isPlain(lower: string): boolean {
      return (store.probe(lower) & 3) === 1;
    },
    display(lower: string): string | undefined {
      const bits = store.probe(lower);
      if (bits & 1) return bits & 2 ? undefined : lower;
      if (!(bits & 4)) return undefined;
      const code = store.displayCode(lower);
      if (code === undefined) return undefined;
      if (code === 'C') return capOf(lower);
      if (code === 'U') return lower.toUpperCase();
      return code;
    },
  };
}

/** For stores that look records up as strings: the record of (lower, code). */
export function recordOf(lower: string, code: string): string | undefined {
  if (CONTROL.test(lower)) return undefined;
  return code ? lower + '\x01' + code : lower;
}

// ---------------------------------------------------------------------------------------------
// DAWG store (byte layout: dawg.mjs). Walks the bytes in place; the root's arcs get a 128-entry
// jump table at load, and the last key walked is remembered (has() often asks for the same
// lower-case key twice: "The" -> "the"+C, then "the").

function dawgStore(buf: Uint8Array): RecordStore {
  const end = buf.length;
  let fin = false; // FINAL flag of the last arc followed

  /** Offset of the arc labelled c in the state at p, or -1. */
  const findArc = (p: number, c: number): number => {
    for (;;) {
      const b0 = buf[p];
      const label = b0 & 127;
      if (label === c) return p;
      if (label > c || b0 > 127) return -1;
      p++;
      while (buf[p++] > 127);
    }
  };
  /** Follows the arc at a: sets fin, returns the target state (-1: the sink). */
  const follow = (a: number): number => {
    let p = a + 1;
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
    fin = (v & 1) === 1;
    if (v & 2) return p; // NEXT (only on a last arc): the target's arcs start right here
    return v < 4 ? -1 : end - (v >>> 2);
  };
  const rootArc = new Int32Array(128).fill(-1);
  for (let p = 0; ; ) {
    const b0 = buf[p];
    rootArc[b0 & 127] = p;
    if (b0 > 127) break;
    p++;
    while (buf[p++] > 127);
  }

  let lastKey = '';
  let lastState = -2;
  let lastFinal = false;
  /** State reached by the lower-case key (-1 sink, -2 no path); lastFinal: the key itself is a record. */
  const walk = (key: string): number => {
    if (key === lastKey) return lastState;
    let p = -2;
    let f = false;
    const n = key.length;
    if (n > 0) {
      const c0 = key.charCodeAt(0);
      const a0 = c0 < 32 || c0 > 127 ? -1 : rootArc[c0];
      if (a0 >= 0) {
        p = follow(a0);
        f = fin;
        for (let i = 1; i < n; i++) {
          const c = key.charCodeAt(i);
          const a = c < 32 || c > 127 || p < 0 ? -1 : findArc(p, c);
          if (a < 0) {
            p = -2;
            break;
          }
          p = follow(a);
          f = fin;
        }
      }
    }
    lastKey = key;
    lastState = p;
    lastFinal = p !== -2 && f;
    return p;
  };

  return {
    has(lower: string, code: string): boolean {
      const p = walk(lower);
      if (p === -2) return false;
      if (code === '') return lastFinal;
      if (p < 0) return false;
      let a = findArc(p, 1);
      if (a < 0) return false;
      let q = follow(a);
      for (let i = 0; i < code.length; i++) {
        const c = code.charCodeAt(i);
        if (q < 0 || c > 127) return false;
        a = findArc(q, c);
        if (a < 0) return false;
        q = follow(a);
      }
      return fin;
    },
    probe(lower: string): number {
      const p = walk(lower);
      if (p === -2) return 0;
      let bits = lastFinal ? 1 : 0;
      // the separators are the smallest labels, so they come first among the state's arcs
      for (let q = p; q >= 0; ) {
        const b0 = buf[q];
        const label = b0 & 127;
        if (label > 3) break;
        if (label === 2) bits |= 4;
        else if (label === 3) bits |= 2;
        if (b0 > 127) break;
        q++;
        while (buf[q++] > 127);
      }
      return bits;
    },
    displayCode(lower: string): string | undefined {
      const p = walk(lower);
      if (p < 0) return undefined;
      const a = findArc(p, 2);
      if (a < 0) return undefined;
      let q = follow(a);
      let out = '';
      while (q >= 0) {
        out += String.fromCharCode(buf[q] & 127);
        q = follow(q); // one record per prefix: each state on the way has exactly one arc
        if (fin) return out;
      }
      return undefined;
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
